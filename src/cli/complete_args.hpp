#pragma once

#include "app/plan_ids.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace plancheck {

// The hidden command the shell completions call:
//   plancheck complete -- WORD...
// with the words after "plancheck", the last the one being completed. It
// prints what may take that word's place, one a line, as "word<TAB>what it
// is"; nothing means a path, for the shell to complete.

// Print `completion` of the partial word `partial` on `out`, the ids of the
// plans (`ids`) after the other candidates.
void print_completion(const Completion& completion, const std::vector<PlanId>& ids,
                      const std::string& partial, std::ostream& out);

// Add the hidden `complete` to `app` (`lang` unused: it has no help), which it completes with the
// commands `app` has when it runs.
Command add_complete(CLI::App& app, Lang lang);

} // namespace plancheck
