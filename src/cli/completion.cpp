#include "cli/completion.hpp"

#include "cli/completion_values.hpp"

#include <array>
#include <set>
#include <string_view>
#include <utility>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// The options whose values are the ids of a plan, by their long name: the
// same names mean the same ids in every command.
constexpr std::array<std::pair<std::string_view, ListKind>, 5> k_id_options{{
    {"agency", ListKind::agencies},
    {"by", ListKind::agencies},
    {"duty", ListKind::duties},
    {"task", ListKind::tasks},
    {"group", ListKind::groups},
}};

std::optional<ListKind> id_kind(const CLI::Option& option) {
  for (const auto& [name, kind] : k_id_options) {
    for (const std::string& long_name : option.get_lnames()) {
      if (long_name == name) {
        return kind;
      }
    }
  }
  return std::nullopt;
}

// Where the walk over the complete words has got to.
struct Position {
  CLI::App* command = nullptr;
  CLI::Option* awaiting = nullptr; // the option whose value comes next
  std::size_t positionals = 0;     // arguments of `command` seen so far
  bool only_arguments = false;     // after "--"
  std::vector<std::string> plans;
};

// Whether `option` is shown: the hidden ones have no group.
bool shown(const CLI::Option& option) {
  return !option.get_group().empty();
}

// The option `word` ("--name" or "-n", without "=value") names in `command`
// or the commands it falls through to, or nullptr.
CLI::Option* find_option(CLI::App* command, std::string_view word) {
  const std::string name(word.substr(0, word.find('=')));
  for (CLI::App* app = command; app != nullptr; app = app->get_parent()) {
    if (CLI::Option* option = app->get_option_no_throw(name)) {
      return option;
    }
  }
  return nullptr;
}

// The subcommand of `command` called `name`, or nullptr.
CLI::App* find_command(CLI::App* command, const std::string& name) {
  const auto found =
      command->get_subcommands([&](CLI::App* sub) { return sub->get_name() == name; });
  return found.empty() ? nullptr : found.front();
}

// The `index`th positional argument of `command`, counting a vector argument
// as taking every word that follows, or nullptr.
CLI::Option* positional(CLI::App* command, std::size_t index) {
  const auto positionals =
      command->get_options([](CLI::Option* option) { return option->get_positional(); });
  if (positionals.empty()) {
    return nullptr;
  }
  return index < positionals.size() ? positionals[index] : positionals.back();
}

// Move past the complete word `word`.
void step(Position& at, const std::string& word) {
  if (at.awaiting != nullptr) {
    at.awaiting = nullptr;
    return;
  }
  if (!at.only_arguments && word == "--") {
    at.only_arguments = true;
    return;
  }
  if (!at.only_arguments && word.starts_with('-')) {
    CLI::Option* option = find_option(at.command, word);
    if (option != nullptr && option->get_expected_min() > 0 &&
        word.find('=') == std::string::npos) {
      at.awaiting = option;
    }
    return;
  }
  if (!at.only_arguments) {
    if (CLI::App* sub = find_command(at.command, word)) {
      at.command = sub;
      at.positionals = 0;
      return;
    }
  }
  CLI::Option* argument = positional(at.command, at.positionals++);
  if (argument != nullptr && enumerated_values(*argument).empty()) {
    at.plans.push_back(word); // an argument that is not one of a set is a path
  }
}

// Add to `out` each of `values` that begins with `partial`.
void offer(std::vector<Candidate>& out, const std::vector<std::string>& values,
           const std::string& description, std::string_view partial) {
  for (const std::string& value : values) {
    if (value.starts_with(partial)) {
      out.push_back({value, description});
    }
  }
}

// The shown options of `command` (and of the commands it falls through to)
// whose long name begins with `partial`.
void offer_options(std::vector<Candidate>& out, CLI::App* command, std::string_view partial) {
  std::set<std::string> seen; // --help, which each command has
  for (CLI::App* app = command; app != nullptr; app = app->get_parent()) {
    for (const CLI::Option* option : app->get_options()) {
      if (option->get_positional() || !shown(*option)) {
        continue;
      }
      for (const std::string& name : option->get_lnames()) {
        if (seen.insert(name).second) {
          offer(out, {"--" + name}, option->get_description(), partial);
        }
      }
    }
  }
}

// The shown subcommands of `command` whose name begins with `partial`.
void offer_commands(std::vector<Candidate>& out, CLI::App* command, std::string_view partial) {
  for (const CLI::App* sub : command->get_subcommands([](CLI::App*) { return true; })) {
    if (!sub->get_group().empty()) {
      offer(out, {sub->get_name()}, sub->get_description(), partial);
    }
  }
}

} // namespace

Completion complete_words(CLI::App& root, const std::vector<std::string>& words) {
  Position at;
  at.command = &root;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    step(at, words[i]);
  }
  const std::string partial = words.empty() ? std::string() : words.back();
  Completion completion;
  completion.plans = at.plans;
  if (at.awaiting != nullptr) {
    offer(completion.candidates, enumerated_values(*at.awaiting), "", partial);
    completion.ids = id_kind(*at.awaiting);
    return completion;
  }
  if (!at.only_arguments && partial.starts_with('-')) {
    offer_options(completion.candidates, at.command, partial);
    return completion;
  }
  if (!at.only_arguments) {
    offer_commands(completion.candidates, at.command, partial);
  }
  if (CLI::Option* argument = positional(at.command, at.positionals)) {
    offer(completion.candidates, enumerated_values(*argument), "", partial);
  }
  return completion;
}

} // namespace plancheck
