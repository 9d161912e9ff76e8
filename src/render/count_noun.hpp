#pragma once

#include "model/lang.hpp"

#include <string>

namespace plancheck {

enum class Noun { day, file, error, warning };

// Return "1 file", "3 files", "3 tệp": a count with its noun, in `lang`.
std::string count_noun(std::size_t count, Noun noun, Lang lang);

} // namespace plancheck
