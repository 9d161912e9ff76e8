// What `plancheck list` shows of a plan on a day: computed once, here.

#include "check/plan_listing.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

// "so-x:active so-c:active …", in listing order.
std::string states(const PlanListing& listing) {
  std::vector<std::string> out;
  for (const ListedAgency& entry : listing.agencies) {
    out.push_back(entry.agency->id.value + ":" + std::string(agency_state_id(entry.state)));
  }
  return joined(out);
}

const ListedAgency& entry_of(const PlanListing& listing, std::string_view id) {
  const auto it = std::find_if(listing.agencies.begin(), listing.agencies.end(),
                               [&](const ListedAgency& e) { return e.agency->id.value == id; });
  REQUIRE(it != listing.agencies.end());
  return *it;
}

// "annual/2025/2025-12-09 …".
std::string owed(const ListedAgency& entry) {
  std::vector<std::string> out;
  for (const OwedDuty& o : entry.owes) {
    out.push_back(
        fmt::format("{}/{}/{}", o.duty->id.value, o.period ? *o.period : 0, format_iso(o.due)));
  }
  return joined(out);
}

// a ends and passes its work to b, which ends in turn and passes it to c.
const std::string k_chain = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A", short: "A", until: 2025-02-28, successor: so-b}
  so-b: {name: "Sở B", since: 2025-03-01, until: 2025-06-30, successor: so-c}
  so-c: {name: "Sở C", since: 2025-07-01, email: [c@example.gov.vn]}
tasks:
  - {id: T1, title: "Một lần", owners: [so-a], due: {within: 2024-Q1}}
  - {id: T2, title: "Thường xuyên", owners: [so-a], partners: [ubnd]}
duties:
  - {id: once, title: "Một lần", from: [so-a], to: [ubnd], due: {by: 2026-05-31}, covers: [T2]}
  - {id: yearly, title: "Hằng năm", from: [so-a], to: [ubnd], via: ubnd, due: {every: year, before: {month: 12, day: 10}}, covers: all-tasks}
)");

} // namespace

TEST_CASE("parse_list_kind and list_kind_name") {
  for (ListKind kind : {ListKind::agencies, ListKind::groups, ListKind::tasks, ListKind::duties}) {
    CHECK(parse_list_kind(list_kind_name(kind)) == kind);
  }
  CHECK(list_kind_name(ListKind::duties) == "duties");
  SUBCASE("not a kind") {
    CHECK_FALSE(parse_list_kind("agency").has_value());
    CHECK_FALSE(parse_list_kind("Agencies").has_value());
    CHECK_FALSE(parse_list_kind("").has_value());
  }
}

TEST_CASE("list_plan: agencies") {
  const Fixture fx(k_merger);
  SUBCASE("active first, then not begun, then ended, each in plan order") {
    CHECK(states(list_plan(fx.plan(), day("2025-01-15"))) ==
          "ubnd:active so-a:active so-b:active so-c:active so-d:active so-x:not-begun");
    CHECK(states(list_plan(fx.plan(), day("2025-06-15"))) ==
          "ubnd:active so-x:active so-c:active so-d:active so-a:ended so-b:ended");
    // An agency exists through its `until`: it ends the day after.
    CHECK(entry_of(list_plan(fx.plan(), day("2025-06-30")), "so-d").state == AgencyState::active);
    CHECK(entry_of(list_plan(fx.plan(), day("2025-07-01")), "so-d").state == AgencyState::ended);
  }
  SUBCASE("what each owes in the day's year, as check counts it") {
    const PlanListing listing = list_plan(fx.plan(), day("2025-06-15"));
    CHECK(owed(entry_of(listing, "so-x")) ==
          "annual/2025/2025-12-09 with-x/2025/2025-12-09 grouped/2025/2025-12-09 "
          "small-group/2025/2025-12-09");
    CHECK(owed(entry_of(listing, "so-c")) == "grouped/2025/2025-12-09 small-group/2025/2025-12-09");
    CHECK(owed(entry_of(listing, "so-d")) == "dissolved/2025/2025-06-30");
    CHECK(owed(entry_of(listing, "so-a")).empty());
    CHECK(owed(entry_of(listing, "ubnd")).empty());
  }
  SUBCASE("an agency ended with no successor owes nothing and nobody holds its work") {
    const PlanListing listing = list_plan(fx.plan(), day("2026-03-01"));
    const ListedAgency& so_d = entry_of(listing, "so-d");
    CHECK(so_d.state == AgencyState::ended);
    CHECK(so_d.successor == nullptr);
    CHECK(so_d.held_by == nullptr);
    CHECK(so_d.owes.empty());
  }
  SUBCASE("an ended agency names its successor and who holds its work on the day") {
    const Fixture chain(k_chain);
    const PlanListing listing = list_plan(chain.plan(), day("2026-11-30"));
    CHECK(states(listing) == "ubnd:active so-c:active so-a:ended so-b:ended");
    const ListedAgency& so_a = entry_of(listing, "so-a");
    CHECK(so_a.successor->id.value == "so-b");
    CHECK(so_a.held_by->id.value == "so-c");
    const ListedAgency& so_b = entry_of(listing, "so-b");
    CHECK(so_b.successor->id.value == "so-c");
    CHECK(so_b.held_by->id.value == "so-c");
    CHECK(entry_of(listing, "so-c").held_by == nullptr); // active: it holds its own
    CHECK(owed(entry_of(listing, "so-c")) == "once/0/2026-05-31 yearly/2026/2026-12-09");
  }
}

TEST_CASE("list_plan: groups") {
  const Fixture fx(k_merger);
  SUBCASE("members on the day: groups expanded, successors followed, each once") {
    const PlanListing listing = list_plan(fx.plan(), day("2025-06-15"));
    REQUIRE(listing.groups.size() == 2);
    CHECK(listing.groups[0].group->id.value == "all-four");
    CHECK(joined(agency_ids(listing.groups[0].members)) == "so-x so-c");
    CHECK(joined(agency_ids(listing.groups[1].members)) == "so-x so-c");
  }
  SUBCASE("before a member begins, it is not yet a member") {
    const PlanListing listing = list_plan(fx.plan(), day("2025-01-15"));
    CHECK(joined(agency_ids(listing.groups[0].members)) == "so-a so-b so-c");
  }
}

TEST_CASE("list_plan: tasks and duties") {
  const Fixture fx(k_chain);
  SUBCASE("a task's deadline resolved; none for an ongoing task") {
    const PlanListing listing = list_plan(fx.plan(), day("2026-11-30"));
    REQUIRE(listing.tasks.size() == 2);
    CHECK(iso(listing.tasks[0].due) == "2024-03-31");
    CHECK_FALSE(listing.tasks[1].due.has_value());
  }
  SUBCASE("a yearly duty's instance of the day's year; a one-off duty's only one") {
    const PlanListing listing = list_plan(fx.plan(), day("2026-11-30"));
    REQUIRE(listing.duties.size() == 2);
    CHECK_FALSE(listing.duties[0].period.has_value());
    CHECK(iso(listing.duties[0].due) == "2026-05-31");
    CHECK(listing.duties[1].period == 2026);
    CHECK(iso(listing.duties[1].due) == "2026-12-09");
  }
  SUBCASE("a year outside the plan's period has no instance") {
    const PlanListing listing = list_plan(fx.plan(), day("2031-01-02"));
    CHECK_FALSE(listing.duties[1].period.has_value());
    CHECK_FALSE(listing.duties[1].due.has_value());
  }
}
