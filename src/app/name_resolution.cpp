#include "app/name_resolution.hpp"

#include "app/error_line.hpp"
#include "text/terminal_escape.hpp"

#include <ostream>

namespace plancheck {
namespace {

// Say `message`, then list `candidates`, one "  id  name" a line.
void say_candidates(std::ostream& err, const Message& message,
                    const std::vector<NamedId>& candidates, Lang lang) {
  print_error(err, message, lang, ErrorAbout::input);
  for (const NamedId& c : candidates) {
    err << "  " << terminal_text(c.id) << "  " << terminal_text(c.name) << '\n';
  }
}

} // namespace

std::optional<std::string> resolve_name(const std::string& written,
                                        const std::vector<NamedId>& known, MsgId none,
                                        MsgId several, Lang lang, std::ostream& err) {
  NameLookup lookup = look_up_name(written, known);
  if (lookup.id) {
    return lookup.id;
  }
  if (lookup.matches.empty()) {
    say_candidates(err, {none, {written}}, known, lang);
  } else {
    say_candidates(err, {several, {written}}, lookup.matches, lang);
  }
  return std::nullopt;
}

} // namespace plancheck
