#pragma once

#include "model/rule.hpp"

#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>

namespace plancheck {

// Where an obligation stands on the as-of date. Declared most severe first:
// the order is the order of output and of --fail-on.
// `waived` and `lapsed` rank below `pending`: neither is a failure unless
// --fail-on reaches down to it.
enum class Status { overdue, incomplete, late, due_soon, pending, waived, lapsed, ok };

inline constexpr Status k_all_statuses[] = {Status::overdue,  Status::incomplete, Status::late,
                                            Status::due_soon, Status::pending,    Status::waived,
                                            Status::lapsed,   Status::ok};

// How many statuses there are: the size of a table with one entry each.
inline constexpr std::size_t k_status_count = std::size(k_all_statuses);

// Return the name used in options and JSON: "overdue", "due-soon", ...
std::string_view status_id(Status status);

// Return the status named `name`, if it names one.
std::optional<Status> parse_status(std::string_view name);

// Whether `status` is at least as severe as `threshold`.
inline bool at_least(Status status, Status threshold) {
  return status <= threshold;
}

// Return the rule a finding of `status` is reported under: "deadline.overdue", ...
Rule status_rule(Status status);

} // namespace plancheck
