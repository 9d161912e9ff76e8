#pragma once

#include "model/message.hpp"
#include "model/name_lookup.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// Return the id of the entry of `known` that `written` names (an id or a
// name, forgiving as model/name_lookup is); when none or several do, say so
// on `err` with the message `none` or `several` and list the candidates,
// one "  id  name" a line, and return nullopt.
std::optional<std::string> resolve_name(const std::string& written,
                                        const std::vector<NamedId>& known, MsgId none,
                                        MsgId several, Lang lang, std::ostream& err);

} // namespace plancheck
