#include "app/rules_command.hpp"

#include "render/rules_list.hpp"

namespace plancheck {

ExitCode run_rules(bool json, Lang lang, std::ostream& out) {
  if (json) {
    render_rules_json(lang, out);
  } else {
    render_rules_text(lang, out);
  }
  return ExitCode::ok;
}

} // namespace plancheck
