#pragma once

#include "check/finding.hpp"
#include "model/decision.hpp"
#include "model/message.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// Which obligations to consider. Empty lists select everything.
struct Selection {
  std::vector<std::string> agencies; // agency or group ids
  std::vector<std::string> duties;
  std::vector<std::string> tasks;
  std::vector<int> years;
};

// Which considered obligations to list.
struct Listing {
  bool all = false;
  std::vector<Status> statuses; // empty: the default (overdue, incomplete, late, due-soon)
};

// A plan with the reports and decisions read for it.
struct PlanInput {
  const Plan* plan = nullptr;
  std::vector<const Report*> reports;
  std::vector<const Decision*> decisions;
};

struct CheckResult {
  Day as_of{};
  std::string timezone;
  std::vector<const Plan*> plans;
  std::vector<Finding> findings;                    // listed ones, in output order
  std::array<std::size_t, k_status_count> counts{}; // every considered obligation, by Status
  std::vector<std::array<std::size_t, k_status_count>> plan_counts; // counts, plan by plan
  std::size_t failures = 0; // listed findings whose verdict fails the run
};

// Return the selection ids that name nothing in any plan, as messages.
std::vector<Message> unknown_selection(const std::vector<PlanInput>& plans,
                                       const Selection& selection);

// Find where every selected obligation of `plans` stands on `as_of`, and
// give each listed finding its verdict: the run fails on statuses at least
// as severe as `fail_on` (nullopt: on none).
CheckResult check_plans(const std::vector<PlanInput>& plans, Day as_of, int within_days,
                        const Selection& selection, const Listing& listing,
                        std::optional<Status> fail_on = std::nullopt);

// Whether `status` is listed by `listing`.
bool is_listed(Status status, const Listing& listing);

} // namespace plancheck
