#pragma once

#include "model/suggest.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// What a name or id given on the command line stands for among the known ones.
struct NameLookup {
  std::optional<std::string> id; // set when exactly one matches
  std::vector<NamedId> matches;  // when `id` is unset: every one that matches (none, or several)
};

// Return the one entry of `known` that `written` names: its id (exactly, or
// but for case and '_' for '-'); else the one whose name or short name it
// is, compared without diacritics or case; else the one whose name or short
// name begins with it. Unset `id` when none does (`matches` empty) or
// several do (`matches` lists them, in the order of `known`).
NameLookup look_up_name(std::string_view written, const std::vector<NamedId>& known);

} // namespace plancheck
