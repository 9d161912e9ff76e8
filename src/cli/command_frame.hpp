#pragma once

#include "cli/cli11_fwd.hpp"
#include "model/lang.hpp"
#include "model/message.hpp"

#include <string>
#include <vector>

namespace plancheck {

// The frame every command's --help shares, in the user's language: CLI11's
// labels, the help flag and the group names.

// Make `app`'s help speak `lang`: its labels, its option group and its help
// flag. Call it before adding any option or command.
void set_help_language(CLI::App& app, Lang lang);

// Add the command `name` to `app`, with `description` and a help flag in `lang`.
CLI::App* add_command(CLI::App& app, const std::string& name, MsgId description, Lang lang);

// Add a command that reads plans: `name` with its `plan...` arguments, filling `plans`.
CLI::App* add_plans_command(CLI::App& app, const std::string& name, MsgId description,
                            std::vector<std::string>& plans, Lang lang);

} // namespace plancheck
