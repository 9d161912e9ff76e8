#pragma once

#include "model/plan.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace plancheck {

// What `plancheck list` shows of a plan on one day: which ids exist and what
// the plan and its obligations say of each then. Computed here, once, so
// that every rendering of a listing says the same thing.

// The four things a plan names, in the order help lists them.
enum class ListKind { agencies, groups, tasks, duties };

// Return the kind called `name` ("agencies", …), or nullopt.
std::optional<ListKind> parse_list_kind(std::string_view name);

// Return the name of `kind`: "agencies", "groups", "tasks" or "duties".
std::string_view list_kind_name(ListKind kind);

// Where an agency stands on the listing's day.
enum class AgencyState { active, not_begun, ended };

// Return the id of `state`: "active", "not-begun" or "ended".
std::string_view agency_state_id(AgencyState state);

// A duty instance that an agency owes, as `check` counts it.
struct OwedDuty {
  const Duty* duty = nullptr;
  std::optional<int> period; // the year of a yearly instance
  Day due{};                 // its last on-time day
};

struct ListedAgency {
  const Agency* agency = nullptr;
  AgencyState state = AgencyState::active;
  const Agency* successor = nullptr; // the one the plan names, or nullptr
  const Agency* held_by = nullptr;   // ended: who holds its work on the day, nullptr: nobody
  std::vector<OwedDuty> owes;        // the instances it owes for the day's year, in plan order
};

struct ListedGroup {
  const Group* group = nullptr;
  std::vector<const Agency*> members; // on the day: groups expanded, successors followed
};

struct ListedTask {
  const Task* task = nullptr;
  std::optional<Day> due; // its last on-time day; nullopt: ongoing
};

struct ListedDuty {
  const Duty* duty = nullptr;
  std::optional<int> period; // yearly: the day's year, when it has an instance then
  std::optional<Day> due;    // the last on-time day of that instance, or of the one-off duty
};

// One plan's ids on one day.
struct PlanListing {
  const Plan* plan = nullptr;
  std::vector<ListedAgency> agencies; // active, then not begun, then ended; plan order within
  std::vector<ListedGroup> groups;    // plan order
  std::vector<ListedTask> tasks;      // plan order
  std::vector<ListedDuty> duties;     // plan order
};

// What a `list` run shows: one kind, of each plan, as of one day.
struct ListResult {
  ListKind kind = ListKind::agencies;
  Day as_of{};
  std::vector<PlanListing> plans;
};

// Return every agency, group, task and duty of `plan` as they stand on
// `as_of`: agencies with what they owe that year (the obligations `check`
// builds), groups with the agencies they mean that day (as `check` expands
// them), deadlines resolved.
PlanListing list_plan(const Plan& plan, Day as_of);

} // namespace plancheck
