// What `plancheck calendar` holds: every obligation instance, selected and
// ordered here, with a uid that depends on the plan alone.

#include "check/calendar_events.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

// a ends and passes its work to c; b goes on.
const std::string k_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A", until: 2025-06-30, successor: so-c}
  so-b: {name: "Sở B"}
  so-c: {name: "Sở C", since: 2025-07-01}
tasks:
  - {id: T1, title: "Một lần", owners: [so-b], due: {within: 2024-Q1}}
duties:
  - {id: yearly, title: "Hằng năm", from: [so-a, so-b], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
)",
                                     "2024-01-01", "2026-12-31");

// "2024-12-09 duty/yearly/2024/so-a …", in calendar order.
std::string listed(const CalendarResult& result) {
  std::vector<std::string> out;
  for (const CalendarEvent& e : result.events) {
    std::string uid = e.uid;
    uid = uid.substr(uid.find('/') + 1); // drop the plan
    uid = uid.substr(0, uid.find("@plancheck"));
    out.push_back(format_iso(e.obligation.due) + " " + uid);
  }
  return joined(out);
}

} // namespace

TEST_CASE("calendar_uid") {
  const Fixture fx(k_plan);
  const CalendarResult all = calendar_events({&fx.plan()}, {{}, {}, {}, day("2025-01-01")});
  REQUIRE(!all.events.empty());
  CHECK(all.events.front().uid == "test-plan/task/T1/once/so-b@plancheck");
  CHECK(all.events.back().uid == "test-plan/duty/yearly/2026/so-c@plancheck");
  // The day the calendar is made changes no uid.
  const CalendarResult later = calendar_events({&fx.plan()}, {{}, {}, {}, day("2026-06-01")});
  CHECK(listed(later) == listed(all));
  CHECK(later.stamp == day("2026-06-01"));
}

TEST_CASE("calendar_events") {
  const Fixture fx(k_plan);
  const Day stamp = day("2025-01-01");
  SUBCASE("every instance of every agency, by day then agency") {
    CHECK(listed(calendar_events({&fx.plan()}, {{}, {}, {}, stamp})) ==
          "2024-03-31 task/T1/once/so-b 2024-12-09 duty/yearly/2024/so-a "
          "2024-12-09 duty/yearly/2024/so-b 2025-12-09 duty/yearly/2025/so-b "
          "2025-12-09 duty/yearly/2025/so-c 2026-12-09 duty/yearly/2026/so-b "
          "2026-12-09 duty/yearly/2026/so-c");
  }
  SUBCASE("an all-day event ends the day after") {
    const CalendarResult result = calendar_events({&fx.plan()}, {{}, {}, {}, stamp});
    CHECK(result.events.front().end == day("2024-04-01"));
  }
  SUBCASE("an ended agency's calendar holds what its successor owes in its place") {
    CHECK(listed(calendar_events({&fx.plan()}, {"so-a", {}, {}, stamp})) ==
          "2024-12-09 duty/yearly/2024/so-a 2025-12-09 duty/yearly/2025/so-c "
          "2026-12-09 duty/yearly/2026/so-c");
    CHECK(listed(calendar_events({&fx.plan()}, {"so-c", {}, {}, stamp})) ==
          "2025-12-09 duty/yearly/2025/so-c 2026-12-09 duty/yearly/2026/so-c");
  }
  SUBCASE("the range holds its first and last day") {
    CHECK(listed(calendar_events({&fx.plan()},
                                 {"so-b", day("2024-12-09"), day("2025-12-09"), stamp})) ==
          "2024-12-09 duty/yearly/2024/so-b 2025-12-09 duty/yearly/2025/so-b");
    CHECK(listed(calendar_events({&fx.plan()},
                                 {"so-b", day("2024-12-10"), day("2025-12-08"), stamp})) == "");
  }
  SUBCASE("an agency the plan does not name owes nothing in it") {
    CHECK(calendar_events({&fx.plan()}, {"so-z", {}, {}, stamp}).events.empty());
  }
}
