// Grouping a day's reminder items by the agency that answers for them.

#include "notify/agency_items.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

TEST_CASE("group_by_agency: items due today by agency id, stale ones apart") {
  // On 2025-06-23: so-z has T1 due in 7 days and T2 overdue 106 days on a
  // repeat day; so-b, without an address, T3 due in 3 days; so-c T4, due in
  // 17 days, not a lead time.
  const Fixture fx(plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-z: {name: "Sở Z", email: z@example.gov.vn}
  so-b: {name: "Sở B"}
  so-c: {name: "Sở C", email: c@example.gov.vn}
tasks:
  - {id: T1, title: "Một", owners: [so-z], due: {by: 2025-06-30}}
  - {id: T2, title: "Hai", owners: [so-z], due: {by: 2025-03-09}}
  - {id: T3, title: "Ba", owners: [so-b], due: {by: 2025-06-26}}
  - {id: T4, title: "Bốn", owners: [so-c], due: {by: 2025-07-10}}
)"));
  const CheckResult result = fx.check(day("2025-06-23"));
  const std::vector<AgencyItems> groups = group_by_agency(result, ReminderPolicy{});

  REQUIRE(groups.size() == 2);
  CHECK(groups[0].agency->id.value == "so-b");
  CHECK_FALSE(groups[0].has_address);
  CHECK(groups[0].exists);
  REQUIRE(groups[0].items.size() == 1);
  CHECK(groups[0].items[0]->obligation.id() == "T3");

  CHECK(groups[1].agency->id.value == "so-z");
  CHECK(groups[1].has_address);
  REQUIRE(groups[1].items.size() == 1);
  CHECK(groups[1].items[0]->obligation.id() == "T1");
  REQUIRE(groups[1].stale.size() == 1);
  CHECK(groups[1].stale[0]->obligation.id() == "T2");
  CHECK(groups[1].plan == &fx.plan());
}
