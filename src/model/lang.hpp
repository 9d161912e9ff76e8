#pragma once

#include <optional>
#include <string_view>

namespace plancheck {

// The language of everything the tool prints for people.
enum class Lang { en, vi };

// Return the language named by `name` ("en" or "vi"), if it is one.
std::optional<Lang> parse_lang(std::string_view name);

} // namespace plancheck
