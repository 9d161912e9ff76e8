#pragma once

#include "model/plan.hpp"

#include <string>
#include <vector>

namespace plancheck {

// Return the agency that owes, on `day`, what agency `id` was given: `id`
// itself while it exists, else its successor's owner, followed on. Return
// nullptr when the chain ends with no successor or `day` is before `since`.
const Agency* owner_on(const Plan& plan, std::string_view id, Day day);

// Return the agencies named by `refs`, groups expanded through any depth,
// each once, in order of first mention. Unknown ids are skipped.
std::vector<const Agency*> expand_groups(const Plan& plan, const std::vector<Id>& refs);

// Return who owes on `day` what `refs` name: groups expanded, every
// agency replaced by its owner on `day`, each once, in order.
std::vector<const Agency*> owners_on(const Plan& plan, const std::vector<Id>& refs, Day day);

// Whether the work of `party` passes to `agency` by `day`: `agency` is
// `party` or one of the successors `party` has by `day`.
bool passes_to(const Plan& plan, const Agency& party, const Agency& agency, Day day);

// Return who holds, on `day`, the work of `agency`: `agency` until it ends,
// then its successor, followed on (one that has not begun yet still holds
// it). Return nullptr when by `day` the chain ends in an agency with no
// successor: nobody is left who could answer for that work.
const Agency* holder_on(const Plan& plan, const Agency& agency, Day day);

// Whether `agency`, owing an instance of `duty` whose last on-time day is
// `due`, would send it to or through itself: on `due` it is the duty's `via`
// or one of its `to`, successions followed. Such an instance is not owed.
bool reports_to_itself(const Plan& plan, const Duty& duty, const Agency& agency, Day due);

} // namespace plancheck
