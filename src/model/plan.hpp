#pragma once

#include "model/calendar.hpp"
#include "model/deadline.hpp"
#include "model/request_origin.hpp"
#include "model/source_pos.hpp"
#include "model/work_calendar.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace plancheck {

using Id = Located<std::string>;

// A body that owes tasks or reports. It exists from `since` to `until`,
// both inclusive; after `until` its `successor` owes what it owed.
struct Agency {
  Id id;
  std::string name;
  std::string short_name;
  std::vector<Located<std::string>> emails;
  std::optional<Located<Day>> since;
  std::optional<Located<Day>> until;
  std::optional<Id> successor;

  // Whether the agency exists on `day`.
  bool active_on(Day day) const {
    return (!since || since->value <= day) && (!until || day <= until->value);
  }
};

// A named set of agencies and groups, so that a plan can say "all departments".
struct Group {
  Id id;
  std::string name;
  std::vector<Id> members;
};

struct Task {
  Id id;
  std::string title;
  std::vector<Id> owners;
  std::vector<Id> partners;
  std::optional<Located<Deadline>> due; // absent: ongoing
};

enum class Covers { own_tasks, all_tasks, listed };

struct Duty {
  Id id;
  std::string title;
  std::vector<Id> from;
  std::vector<Id> to;
  std::optional<Id> via;
  std::optional<Located<Deadline>> due; // required; absent only in an invalid plan
  Covers covers = Covers::own_tasks;
  std::vector<Id> covered_tasks;        // with Covers::listed
  std::optional<RequestOrigin> request; // absent: a duty of plan.yaml itself
};

struct BasisDocument {
  std::string number;
  std::optional<Day> date;
  std::string issuer;
  std::string title;
};

// Who follows the plan for the issuer and how reports reach it: what a
// reminder names as its sender, where replies go and whom to ask.
struct Contact {
  std::optional<Id> agency; // the body that follows the plan; signs the reminders
  std::string name;         // a person or office to ask
  std::string phone;
  std::optional<Located<std::string>> email; // an addr-spec; replies go there
  std::string submit; // how reports are sent: "qua Hệ thống quản lý văn bản và điều hành"
};

// Longest period a plan may have, in years; plans run for five or ten.
inline constexpr int k_max_period_years = 100;

struct Plan {
  std::string path; // plan.yaml as the user reached it
  Id id;
  std::string title;
  std::string short_title; // for subjects and tables; empty: the title
  std::string number;
  std::optional<Located<Day>> issued;
  Id issuer;
  Located<std::string> timezone{"Asia/Ho_Chi_Minh", {}};
  Located<Day> period_from;
  Located<Day> period_to;
  std::vector<BasisDocument> basis;
  std::optional<Contact> contact;
  std::vector<Agency> agencies;
  std::vector<Group> groups;
  std::vector<Task> tasks;
  std::vector<Duty> duties;
  std::optional<WorkCalendar> calendar; // absent: every day is a working day for deadlines

  // Rebuild the id lookups; call after filling the vectors.
  void index();

  // Return the agency, group, task or duty with `id`, or nullptr.
  const Agency* find_agency(std::string_view key) const;
  const Group* find_group(std::string_view key) const;
  const Task* find_task(std::string_view key) const;
  const Duty* find_duty(std::string_view key) const;

  // Lets the lookups take a string_view without building a string each time.
  struct IdHash {
    using is_transparent = void; // NOLINT(readability-identifier-naming): the standard's name
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  using IdIndex = std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>>;

private:
  IdIndex m_agency_index;
  IdIndex m_group_index;
  IdIndex m_task_index;
  IdIndex m_duty_index;
};

} // namespace plancheck
