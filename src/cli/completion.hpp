#pragma once

#include "check/plan_listing.hpp"
#include "cli/cli11_fwd.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// What the shell completions offer, worked out from the command table
// itself (CLI11's tree of commands and options), so that a new command or
// option is offered without touching the completion scripts.

// A word to offer, with what it is in the help's words (may be empty).
struct Candidate {
  std::string word;
  std::string description;
};

// What may follow a partial command line.
struct Completion {
  std::vector<Candidate> candidates; // the words that begin with the partial word
  std::optional<ListKind> ids;       // also the ids of this kind in `plans`
  std::vector<std::string> plans;    // the plans the line names (none: the current directory)
};

// What may take the place of the last of `words`, the words after the
// program's name, in `root`'s commands: subcommands, options, the values of
// an option or argument that takes one of a set, or the ids an option takes.
// Nothing offered means a path (or nothing known), for the shell to complete.
Completion complete_words(CLI::App& root, const std::vector<std::string>& words);

} // namespace plancheck
