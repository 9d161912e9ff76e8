#include "model/succession.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::plan_of;
using plancheck::test::ymd;

namespace {

// so-nnptnt and so-tnmt merged into so-nnmt on 2025-03-01, which passed to
// dn-so-nnmt on 2025-07-01; the districts ended on 2025-06-30 with no
// successor; dn-so-yt began on 2025-07-01 as so-yt's successor.
constexpr std::string_view k_plan =
    "plancheck: 1\n"
    "id: p\n"
    "title: \"P\"\n"
    "issuer: ubnd\n"
    "period: {from: 2024-01-01, to: 2030-12-31}\n"
    "agencies:\n"
    "  ubnd: {name: U}\n"
    "  so-nnptnt: {name: A, until: 2025-02-28, successor: so-nnmt}\n"
    "  so-tnmt: {name: B, until: 2025-02-28, successor: so-nnmt}\n"
    "  so-nnmt: {name: C, since: 2025-03-01, until: 2025-06-30, successor: dn-so-nnmt}\n"
    "  dn-so-nnmt: {name: D, since: 2025-07-01}\n"
    "  huyen-a: {name: H, until: 2025-06-30}\n"
    "  so-yt: {name: Y, until: 2025-06-30, successor: dn-so-yt}\n"
    "  dn-so-yt: {name: DY, since: 2025-07-02}\n"
    "groups:\n"
    "  nganh: {name: N, members: [so-nnptnt, so-tnmt, cap-huyen]}\n"
    "  cap-huyen: {name: CH, members: [huyen-a, nganh]}\n"
    "tasks:\n"
    "  - {id: T1, title: t, owners: [nganh]}\n";

std::string id_of(const Agency* agency) {
  return agency == nullptr ? "(none)" : agency->id.value;
}

std::string ids_of(const std::vector<const Agency*>& agencies) {
  std::string out;
  for (const Agency* agency : agencies) {
    out += (out.empty() ? "" : " ") + agency->id.value;
  }
  return out;
}

std::vector<Id> refs(std::initializer_list<const char*> ids) {
  std::vector<Id> out;
  for (const char* id : ids) {
    out.push_back(Id{id, {}});
  }
  return out;
}

} // namespace

TEST_CASE("owner_on") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("an active agency owes its own work") {
    CHECK(id_of(owner_on(plan, "so-nnptnt", ymd(2025, 2, 28))) == "so-nnptnt");
    CHECK(id_of(owner_on(plan, "ubnd", ymd(2030, 12, 31))) == "ubnd");
  }
  SUBCASE("the successor owes from the day after until") {
    CHECK(id_of(owner_on(plan, "so-nnptnt", ymd(2025, 3, 1))) == "so-nnmt");
  }
  SUBCASE("successors are followed on") {
    CHECK(id_of(owner_on(plan, "so-nnptnt", ymd(2025, 12, 9))) == "dn-so-nnmt");
    CHECK(id_of(owner_on(plan, "so-tnmt", ymd(2025, 12, 9))) == "dn-so-nnmt");
  }
  SUBCASE("ended with no successor") {
    CHECK(id_of(owner_on(plan, "huyen-a", ymd(2025, 6, 30))) == "huyen-a");
    CHECK(id_of(owner_on(plan, "huyen-a", ymd(2025, 7, 1))) == "(none)");
  }
  SUBCASE("before it began") {
    CHECK(id_of(owner_on(plan, "so-nnmt", ymd(2025, 2, 28))) == "(none)");
  }
  SUBCASE("a gap between an agency and its successor") {
    CHECK(id_of(owner_on(plan, "so-yt", ymd(2025, 7, 1))) == "(none)");
    CHECK(id_of(owner_on(plan, "so-yt", ymd(2025, 7, 2))) == "dn-so-yt");
  }
  SUBCASE("unknown id") {
    CHECK(owner_on(plan, "so-x", ymd(2025, 1, 1)) == nullptr);
  }
}

TEST_CASE("owner_on ends on a successor loop") {
  const Plan plan = plan_of("plancheck: 1\n"
                            "id: p\n"
                            "title: \"P\"\n"
                            "issuer: a\n"
                            "period: {from: 2024-01-01, to: 2030-12-31}\n"
                            "agencies:\n"
                            "  a: {name: A, until: 2025-06-30, successor: b}\n"
                            "  b: {name: B, until: 2025-06-30, successor: a}\n"
                            "tasks: [{id: T1, title: t, owners: [a]}]\n");
  CHECK(owner_on(plan, "a", ymd(2025, 7, 1)) == nullptr);
  CHECK(id_of(owner_on(plan, "b", ymd(2025, 6, 1))) == "b");
}

TEST_CASE("expand_groups") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("nested groups, each agency once, in order of first mention") {
    CHECK(ids_of(expand_groups(plan, refs({"nganh"}))) == "so-nnptnt so-tnmt huyen-a");
    CHECK(ids_of(expand_groups(plan, refs({"huyen-a", "nganh", "ubnd"}))) ==
          "huyen-a so-nnptnt so-tnmt ubnd");
  }
  SUBCASE("groups that contain each other end") {
    CHECK(ids_of(expand_groups(plan, refs({"cap-huyen"}))) == "huyen-a so-nnptnt so-tnmt");
  }
  SUBCASE("unknown ids are skipped") {
    CHECK(ids_of(expand_groups(plan, refs({"so-x", "ubnd"}))) == "ubnd");
  }
}

TEST_CASE("owners_on") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("before the mergers") {
    CHECK(ids_of(owners_on(plan, refs({"nganh"}), ymd(2024, 12, 9))) ==
          "so-nnptnt so-tnmt huyen-a");
  }
  SUBCASE("merged agencies owe once") {
    CHECK(ids_of(owners_on(plan, refs({"nganh"}), ymd(2025, 3, 1))) == "so-nnmt huyen-a");
  }
  SUBCASE("ended agencies owe nothing") {
    CHECK(ids_of(owners_on(plan, refs({"nganh"}), ymd(2025, 12, 9))) == "dn-so-nnmt");
  }
  SUBCASE("a successor named as well owes once") {
    CHECK(ids_of(owners_on(plan, refs({"dn-so-nnmt", "so-tnmt"}), ymd(2025, 12, 9))) ==
          "dn-so-nnmt");
  }
}

TEST_CASE("passes_to") {
  const Plan plan = plan_of(std::string(k_plan));
  const Agency& nnptnt = *plan.find_agency("so-nnptnt");
  const Agency& nnmt = *plan.find_agency("so-nnmt");
  const Agency& dn_nnmt = *plan.find_agency("dn-so-nnmt");
  const Agency& huyen = *plan.find_agency("huyen-a");
  SUBCASE("an agency to itself") {
    CHECK(passes_to(plan, nnptnt, nnptnt, ymd(2024, 1, 1)));
    CHECK(passes_to(plan, nnptnt, nnptnt, ymd(2026, 1, 1)));
  }
  SUBCASE("to a successor after until") {
    CHECK_FALSE(passes_to(plan, nnptnt, nnmt, ymd(2025, 2, 28)));
    CHECK(passes_to(plan, nnptnt, nnmt, ymd(2025, 3, 1)));
    CHECK(passes_to(plan, nnptnt, dn_nnmt, ymd(2025, 12, 9)));
  }
  SUBCASE("never backwards or sideways") {
    CHECK_FALSE(passes_to(plan, nnmt, nnptnt, ymd(2025, 12, 9)));
    CHECK_FALSE(passes_to(plan, huyen, nnmt, ymd(2025, 12, 9)));
  }
}

TEST_CASE("holder_on") {
  const Plan plan = plan_of(std::string(k_plan));
  const auto holder = [&](const char* id, Day day) {
    return id_of(holder_on(plan, *plan.find_agency(id), day));
  };
  SUBCASE("the agency itself until its last day") {
    CHECK(holder("so-nnptnt", ymd(2025, 2, 28)) == "so-nnptnt");
    CHECK(holder("ubnd", ymd(2030, 12, 31)) == "ubnd");
  }
  SUBCASE("then its successors, followed on") {
    CHECK(holder("so-nnptnt", ymd(2025, 3, 1)) == "so-nnmt");
    CHECK(holder("so-nnptnt", ymd(2025, 7, 1)) == "dn-so-nnmt");
  }
  SUBCASE("a successor that has not begun yet already holds it") {
    CHECK(holder("so-yt", ymd(2025, 7, 1)) == "dn-so-yt");
  }
  SUBCASE("nobody once the chain ends with no successor") {
    CHECK(holder("huyen-a", ymd(2025, 6, 30)) == "huyen-a");
    CHECK(holder("huyen-a", ymd(2025, 7, 1)) == "(none)");
  }
}

TEST_CASE("reports_to_itself") {
  const Plan plan = plan_of("plancheck: 1\n"
                            "id: p\n"
                            "title: \"P\"\n"
                            "issuer: ubnd\n"
                            "period: {from: 2024-01-01, to: 2030-12-31}\n"
                            "agencies:\n"
                            "  ubnd: {name: U}\n"
                            "  k: {name: K}\n"
                            "  t: {name: T, until: 2025-02-28, successor: k}\n"
                            "  y: {name: Y, until: 2025-02-28, successor: ubnd}\n"
                            "tasks: [{id: T1, title: t, owners: [t]}]\n"
                            "duties:\n"
                            "  - {id: d, title: D, from: [t, y], to: [ubnd], via: k,\n"
                            "     due: {every: year, by: {month: 12, day: 31}}}\n");
  const Duty& duty = *plan.find_duty("d");
  const auto self = [&](const char* id, Day due) {
    return reports_to_itself(plan, duty, *plan.find_agency(id), due);
  };
  CHECK_FALSE(self("t", ymd(2024, 12, 31)));
  CHECK(self("k", ymd(2025, 12, 31)));    // the via
  CHECK(self("ubnd", ymd(2025, 12, 31))); // a recipient
  CHECK_FALSE(self("y", ymd(2024, 12, 31)));
}

// owner_on on whole plans, read as check reads them.
namespace {
namespace through_plans {

using namespace plancheck::test;

TEST_CASE("check succession: owner_on follows successors") {
  const Fixture fx(k_merger);
  const Plan& plan = fx.plan();
  const auto owner = [&](std::string_view id, std::string_view on) {
    const Agency* a = owner_on(plan, id, day(on));
    return a == nullptr ? std::string("none") : a->id.value;
  };
  CHECK(owner("so-a", "2025-02-28") == "so-a");
  CHECK(owner("so-a", "2025-03-01") == "so-x");
  CHECK(owner("so-x", "2025-02-28") == "none"); // not yet
  CHECK(owner("so-d", "2025-06-30") == "so-d");
  CHECK(owner("so-d", "2025-07-01") == "none"); // no successor
  CHECK(owner("so-c", "2030-01-01") == "so-c");
}

TEST_CASE("check succession: successors are followed transitively") {
  const Fixture fx(plan_text(R"(agencies:
  ubnd: {name: "UBND"}
  so-a: {name: "A", until: 2024-12-31, successor: so-b}
  so-b: {name: "B", since: 2025-01-01, until: 2025-12-31, successor: so-c}
  so-c: {name: "C", since: 2026-01-01}
tasks:
  - {id: T1, title: "Của A", owners: [so-a], due: {by: 2026-06-30}}
duties:
  - {id: d, title: "D", from: [so-a], to: [ubnd], due: {every: year, by: {month: 6, day: 30}}}
)",
                             "2024-01-01", "2026-12-31"));
  const std::vector<Obligation> all = build_obligations(fx.plan());
  CHECK(joined(owing_agencies(all, "d", 2024)) == "so-a");
  CHECK(joined(owing_agencies(all, "d", 2025)) == "so-b");
  CHECK(joined(owing_agencies(all, "d", 2026)) == "so-c");
  CHECK(joined(owing_agencies(all, "T1")) == "so-c");
  const Finding f = find_one(fx.check(day("2026-01-15")), "d", "so-c", 2026);
  CHECK(joined(task_ids(f.obligation.covered)) == "T1");
  CHECK(joined(agency_ids(f.obligation.parties)) == "so-a");
  SUBCASE("selecting the agency in the middle selects what passed through it") {
    Selection middle;
    middle.agencies = {"so-b"};
    const CheckResult result = fx.check(day("2026-01-15"), middle);
    REQUIRE(result.findings.size() == 3);
    CHECK(find_all(result, "d", "so-b", 2025).size() == 1);
    CHECK(find_all(result, "d", "so-c", 2026).size() == 1);
    CHECK(find_all(result, "T1", "so-c").size() == 1);
  }
  SUBCASE("selecting the last successor selects what it answers for now") {
    Selection last;
    last.agencies = {"so-c"};
    const CheckResult result = fx.check(day("2026-01-15"), last);
    CHECK(result.findings.size() == 4); // d 2026 and T1, and the overdue d 2024 and 2025
    CHECK(find_all(result, "d", "so-a", 2024).size() == 1);
    CHECK(find_all(result, "d", "so-b", 2025).size() == 1);
    // Before the successor held the work, what was owed before it existed is left out.
    CHECK(fx.check(day("2025-12-31"), last).findings.size() == 2);
  }
}

} // namespace through_plans
} // namespace
