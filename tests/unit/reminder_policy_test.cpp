#include "notify/reminder_policy.hpp"

#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// The deadline of every finding below.
const Day k_due = Day{date::year{2025} / date::June / date::day{30}};

Day due_plus(int days) {
  return k_due + date::days{days};
}

// A finding due on k_due with `status`, first reported on `submitted`.
Finding finding(Status status, std::optional<Day> submitted = std::nullopt) {
  Finding f;
  f.status = status;
  f.obligation.due = k_due;
  f.due = k_due;
  f.due_original = k_due;
  f.submitted = submitted;
  return f;
}

// The days from `from` to `to` after k_due (negative: before) on which
// `f` is reminded of.
std::vector<int> reminder_days(const Finding& f, int from, int to,
                               const ReminderPolicy& policy = {}) {
  std::vector<int> days;
  for (int d = from; d <= to; ++d) {
    if (is_due_for_reminder(f, due_plus(d), policy)) {
      days.push_back(d);
    }
  }
  return days;
}

} // namespace

TEST_CASE("is_due_for_reminder: outstanding items at the lead times") {
  SUBCASE("the default lead times: 30, 14, 7, 3, 1 and 0 days before") {
    // Status follows the day as the checker sets it: due-soon within 30
    // days, pending before that.
    std::vector<int> days;
    for (int d = -60; d <= 0; ++d) {
      const Finding f = finding(d >= -30 ? Status::due_soon : Status::pending);
      if (is_due_for_reminder(f, due_plus(d), {})) {
        days.push_back(d);
      }
    }
    CHECK(days == std::vector<int>{-30, -14, -7, -3, -1, 0});
  }
  SUBCASE("hits and misses") {
    CHECK(is_due_for_reminder(finding(Status::due_soon), due_plus(-7), {}));
    CHECK_FALSE(is_due_for_reminder(finding(Status::due_soon), due_plus(-8), {}));
    CHECK_FALSE(is_due_for_reminder(finding(Status::due_soon), due_plus(-29), {}));
    CHECK_FALSE(is_due_for_reminder(finding(Status::due_soon), due_plus(-2), {}));
  }
  SUBCASE("pending items outside the lead times are left out") {
    CHECK(reminder_days(finding(Status::pending), -400, -31).empty());
  }
  SUBCASE("a pending item at a lead time beyond the due-soon window") {
    ReminderPolicy policy;
    policy.lead_days = {60, 10};
    CHECK(reminder_days(finding(Status::pending), -100, -31, policy) == std::vector<int>{-60});
    CHECK(reminder_days(finding(Status::due_soon), -30, 0, policy) == std::vector<int>{-10});
  }
  SUBCASE("no lead times: no reminder before the deadline") {
    ReminderPolicy policy;
    policy.lead_days = {};
    CHECK(reminder_days(finding(Status::due_soon), -30, 0, policy).empty());
  }
}

TEST_CASE("is_due_for_reminder: overdue items") {
  SUBCASE("the first overdue day and every 7 days after") {
    CHECK(reminder_days(finding(Status::overdue), 1, 30) == std::vector<int>{1, 8, 15, 22, 29});
  }
  SUBCASE("every N days with --repeat-overdue N") {
    ReminderPolicy policy;
    policy.repeat_days = 3;
    CHECK(reminder_days(finding(Status::overdue), 1, 12, policy) == std::vector<int>{1, 4, 7, 10});
    policy.repeat_days = 1;
    CHECK(reminder_days(finding(Status::overdue), 1, 5, policy) == std::vector<int>{1, 2, 3, 4, 5});
  }
  SUBCASE("long after the deadline") {
    CHECK(is_due_for_reminder(finding(Status::overdue), due_plus(1 + 7 * 52), {}));
    CHECK_FALSE(is_due_for_reminder(finding(Status::overdue), due_plus(2 + 7 * 52), {}));
  }
}

TEST_CASE("is_due_for_reminder: incomplete items") {
  SUBCASE("from the day of the first report and every 7 days after") {
    // First reported 40 days before the deadline: no lead time falls on a
    // repeat day until the deadline.
    const Finding f = finding(Status::incomplete, due_plus(-40));
    CHECK(reminder_days(f, -40, -31) == std::vector<int>{-40, -33});
  }
  SUBCASE("and at the lead times before the deadline") {
    const Finding f = finding(Status::incomplete, due_plus(-40));
    CHECK(reminder_days(f, -30, 0) == std::vector<int>{-30, -26, -19, -14, -12, -7, -5, -3, -1, 0});
  }
  SUBCASE("after the deadline, on the repeat days only") {
    const Finding f = finding(Status::incomplete, due_plus(-5));
    CHECK(reminder_days(f, 1, 20) == std::vector<int>{2, 9, 16});
  }
  SUBCASE("a first report after the deadline") {
    const Finding f = finding(Status::incomplete, due_plus(10));
    CHECK(reminder_days(f, 1, 24) == std::vector<int>{10, 17, 24});
  }
}

TEST_CASE("is_due_for_reminder: ok and late items never") {
  ReminderPolicy all;
  all.all_items = true;
  for (Status status : {Status::ok, Status::late}) {
    const std::string name(status_id(status));
    CAPTURE(name);
    const Finding f = finding(status, due_plus(-3));
    CHECK(reminder_days(f, -40, 40).empty());
    CHECK(reminder_days(f, -40, 40, all).empty());
  }
}

TEST_CASE("is_due_for_reminder: --all-items includes everything outstanding") {
  ReminderPolicy all;
  all.all_items = true;
  CHECK(is_due_for_reminder(finding(Status::overdue), due_plus(3), all));
  CHECK(is_due_for_reminder(finding(Status::incomplete, due_plus(-40)), due_plus(-2), all));
  CHECK(is_due_for_reminder(finding(Status::due_soon), due_plus(-2), all));
  CHECK(is_due_for_reminder(finding(Status::pending), due_plus(-45), all));
  CHECK(is_due_for_reminder(finding(Status::pending), due_plus(-4 * 365), all));
}

TEST_CASE("is_due_for_reminder: waived and lapsed items never") {
  ReminderPolicy all;
  all.all_items = true;
  for (Status status : {Status::waived, Status::lapsed}) {
    CAPTURE(status_id(status));
    CHECK(reminder_days(finding(status), -40, 400).empty());
    CHECK(reminder_days(finding(status), -40, 400, all).empty());
  }
}

TEST_CASE("is_past_max_overdue") {
  const auto past = [](Status status, int days, int max) {
    Finding f = finding(status);
    f.days = days;
    ReminderPolicy policy;
    policy.max_overdue_days = max;
    return is_past_max_overdue(f, policy);
  };
  SUBCASE("overdue or incomplete by more than the limit") {
    CHECK_FALSE(past(Status::overdue, 90, 90));
    CHECK(past(Status::overdue, 91, 90));
    CHECK(past(Status::incomplete, 91, 90));
  }
  SUBCASE("0 is no limit") {
    CHECK_FALSE(past(Status::overdue, 5000, 0));
  }
  SUBCASE("other statuses are never past it") {
    CHECK_FALSE(past(Status::late, 500, 90));
    CHECK_FALSE(past(Status::lapsed, 500, 90));
    CHECK_FALSE(past(Status::due_soon, -3, 1));
  }
}

TEST_CASE("is_due_for_reminder: with a calendar, a day off's reminders go out the working day "
          "before, and a day off sends nothing") {
  Plan plan;
  Finding f = finding(Status::pending);
  f.plan = &plan;
  // k_due is Monday 30 June 2025: 30 days before is a Saturday, 1 day before a Sunday.
  CHECK(reminder_days(f, -35, 0) == std::vector<int>{-30, -14, -7, -3, -1, 0});
  plan.calendar = WorkCalendar{};
  CHECK(reminder_days(f, -35, 0) == std::vector<int>{-31, -14, -7, -3, 0});
  SUBCASE("a holiday on the deadline's eve is a day off like a weekend") {
    plan.calendar->holidays.emplace(due_plus(-3), "");
    CHECK(reminder_days(f, -35, 0) == std::vector<int>{-31, -14, -7, -4, 0});
  }
  SUBCASE("every item, asked for on a day off: still nothing") {
    ReminderPolicy all;
    all.all_items = true;
    CHECK_FALSE(is_due_for_reminder(f, due_plus(-1), all));
    CHECK(is_due_for_reminder(f, due_plus(-3), all));
  }
}

TEST_CASE("is_due_for_reminder: with a calendar, a repeat that falls on a day off goes out the "
          "working day after, since an item is not overdue before its deadline") {
  Plan plan;
  Finding f = finding(Status::overdue);
  f.plan = &plan;
  ReminderPolicy every_five;
  every_five.repeat_days = 5;
  // k_due is Monday 30 June 2025: due + 6 is a Sunday.
  CHECK(reminder_days(f, 0, 17, every_five) == std::vector<int>{1, 6, 11, 16});
  plan.calendar = WorkCalendar{};
  plan.calendar->holidays.emplace(due_plus(1), "");
  CHECK(reminder_days(f, 0, 17, every_five) == std::vector<int>{2, 7, 11, 16});
  SUBCASE("an incomplete report that came on a Saturday: its repeats from the Monday") {
    Finding g = finding(Status::incomplete, due_plus(5));
    g.plan = &plan;
    CHECK(reminder_days(g, 1, 17, every_five) == std::vector<int>{7, 10, 15});
  }
}
