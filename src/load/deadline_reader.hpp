#pragma once

#include "load/field_reader.hpp"
#include "model/deadline.hpp"

namespace plancheck {

enum class Repeats { allowed, forbidden };

// Read a `due` mapping. Tasks take one-off deadlines only
// (`Repeats::forbidden`); duties may also repeat every year.
std::optional<Located<Deadline>> read_deadline(FieldReader& reader, const YamlNode& node,
                                               Repeats repeats);

} // namespace plancheck
