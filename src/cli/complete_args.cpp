#include "cli/complete_args.hpp"

#include "app/plan_ids.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// `text` on one line, for the shells that show it beside the word.
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\t') {
      c = ' ';
    }
  }
  return text;
}

} // namespace

void print_completion(const Completion& completion, const std::vector<PlanId>& ids,
                      const std::string& partial, std::ostream& out) {
  for (const Candidate& candidate : completion.candidates) {
    out << candidate.word << '\t' << one_line(candidate.description) << '\n';
  }
  for (const PlanId& id : ids) {
    if (id.id.starts_with(partial)) {
      out << id.id << '\t' << one_line(id.name) << '\n';
    }
  }
}

Command add_complete(CLI::App& app, Lang /*lang*/) {
  auto words = std::make_shared<std::vector<std::string>>();
  // Hidden, with no help: it is for the shells, not for people.
  CLI::App* command = app.add_subcommand("complete");
  command->group("");
  command->add_option("words", *words);
  return {command, [&app, words](const Context& context) {
            const Completion completion = complete_words(app, *words);
            std::vector<PlanId> ids;
            if (completion.ids) {
              const std::vector<std::string> here{"."};
              ids = plan_ids(completion.plans.empty() ? here : completion.plans, *completion.ids,
                             context.env.now);
            }
            print_completion(completion, ids, words->empty() ? std::string() : words->back(),
                             context.out);
            return ExitCode::ok;
          }};
}

} // namespace plancheck
