// Who owes what when agencies merge or dissolve, and which tasks a duty covers.

#include "model/succession.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

std::vector<Obligation> obligations_of(const Fixture& fx, std::string_view id,
                                       std::optional<int> period = std::nullopt) {
  std::vector<Obligation> out;
  for (const Obligation& o : build_obligations(fx.plan())) {
    if (o.id() == id && o.period == period) {
      out.push_back(o);
    }
  }
  return out;
}

std::vector<Id> refs(std::initializer_list<const char*> ids) {
  std::vector<Id> out;
  for (const char* id : ids) {
    out.push_back({id, {}});
  }
  return out;
}

} // namespace

TEST_CASE("check succession: two predecessors merged into one successor") {
  const Fixture fx(k_merger);
  SUBCASE("before the merger: one obligation each, with its own tasks") {
    const std::vector<Obligation> os = obligations_of(fx, "annual", 2024);
    REQUIRE(os.size() == 2);
    CHECK(os[0].agency->id.value == "so-a");
    // T8 through the group a-and-c; T8 and T9 are due in 2025, after the instance's year.
    CHECK(joined(task_ids(os[0].covered)) == "T2 T5 T8 T9");
    CHECK(joined(agency_ids(os[0].parties)) == "so-a");
    CHECK(os[1].agency->id.value == "so-b");
    CHECK(joined(task_ids(os[1].covered)) == "T1 T5");
    CHECK(joined(agency_ids(os[1].parties)) == "so-b");
  }
  SUBCASE("after the merger: one obligation owed by the successor, covering the union") {
    for (int year : {2025, 2026}) {
      const std::vector<Obligation> os = obligations_of(fx, "annual", year);
      REQUIRE(os.size() == 1);
      CHECK(os[0].agency->id.value == "so-x");
      CHECK(format_iso(os[0].due) == std::to_string(year) + "-12-09");
      CHECK(joined(agency_ids(os[0].parties)) == "so-a so-b");
      // The agency that owes it decides what it covers: T3 is the
      // successor's own task, though the duty does not name the successor.
      CHECK(joined(task_ids(os[0].covered)) ==
            (year == 2025 ? "T1 T2 T3 T5 T8 T9" : "T1 T2 T3 T5"));
    }
  }
  SUBCASE("the successor's report answers the merged instance") {
    Fixture with_report(k_merger);
    with_report.report("2025/so-x.yaml", report_text("so-x", "2025-12-05", R"(duty: annual
period: 2025
tasks:
  T1: {status: done}
  T2: {status: in-progress}
)"));
    const CheckResult result =
        with_report.check(day("2025-12-20"), Selection{{}, {"annual"}, {}, {}});
    CHECK(result.findings.size() == 4); // so-a 2024, so-b 2024, so-x 2025 and 2026
    CHECK(find_all(result, "annual", "so-a", 2025).empty());
    CHECK(find_all(result, "annual", "so-b", 2025).empty());
    const Finding f = find_one(result, "annual", "so-x", 2025);
    CHECK(status_of(f) == "incomplete");
    CHECK(joined(f.missing_tasks) == "T3 T5 T8 T9");
    CHECK(f.days == 11);
  }
  SUBCASE("a successor named with a predecessor owes one obligation with both parts") {
    const std::vector<Obligation> before = obligations_of(fx, "with-x", 2024);
    REQUIRE(before.size() == 1); // so-x does not exist yet
    CHECK(before[0].agency->id.value == "so-a");
    CHECK(joined(task_ids(before[0].covered)) == "T2 T5 T8 T9");
    const std::vector<Obligation> after = obligations_of(fx, "with-x", 2025);
    REQUIRE(after.size() == 1);
    CHECK(after[0].agency->id.value == "so-x");
    CHECK(joined(agency_ids(after[0].parties)) == "so-a so-x");
    // so-x's own tasks include T1, which it took over from so-b.
    CHECK(joined(task_ids(after[0].covered)) == "T1 T2 T3 T5 T8 T9");
  }
}

TEST_CASE("check succession: an agency ended without successor") {
  const Fixture fx(k_merger);
  const std::vector<Obligation> all = build_obligations(fx.plan());
  SUBCASE("still owes what is due up to its last day") {
    CHECK(joined(owing_agencies(all, "dissolved", 2024)) == "so-d");
    CHECK(joined(owing_agencies(all, "dissolved", 2025)) == "so-d"); // due on `until` itself
    CHECK(joined(owing_agencies(all, "T6")) == "so-d");
  }
  SUBCASE("owes nothing due after it") {
    CHECK(owing_agencies(all, "dissolved", 2026).empty());
    CHECK(owing_agencies(all, "T7").empty());
    const CheckResult result = fx.check(day("2026-12-31"), Selection{{"so-d"}, {}, {}, {}});
    CHECK(result.findings.size() == 3); // dissolved 2024 and 2025, T6
    std::size_t counted = 0;
    for (std::size_t n : result.counts) {
      counted += n;
    }
    CHECK(counted == 3);
  }
}

TEST_CASE("check succession: groups with ended members") {
  const Fixture fx(k_merger);
  const Plan& plan = fx.plan();
  SUBCASE("expanded before the merger: the members that exist") {
    CHECK(joined(agency_ids(owners_on(plan, refs({"all-four"}), day("2024-12-09")))) ==
          "so-a so-b so-c");
  }
  SUBCASE("expanded after the merger: remaining members plus the successor, once") {
    CHECK(joined(agency_ids(owners_on(plan, refs({"all-four"}), day("2025-12-09")))) ==
          "so-x so-c");
    CHECK(joined(agency_ids(owners_on(plan, refs({"a-and-c"}), day("2025-12-09")))) == "so-x so-c");
  }
  SUBCASE("a duty sent by the group") {
    const std::vector<Obligation> before = obligations_of(fx, "grouped", 2024);
    CHECK(joined(owing_agencies(before, "grouped", 2024)) == "so-a so-b so-c");
    const std::vector<Obligation> after = obligations_of(fx, "grouped", 2025);
    REQUIRE(after.size() == 2);
    CHECK(after[0].agency->id.value == "so-x");
    CHECK(joined(agency_ids(after[0].parties)) == "so-a so-b so-x");
    CHECK(joined(task_ids(after[0].covered)) == "T1 T2 T3 T5 T8 T9");
    CHECK(after[1].agency->id.value == "so-c");
    CHECK(joined(task_ids(after[1].covered)) == "T4 T8");
  }
  SUBCASE("a duty sent by a group whose member passed its work to a non-member") {
    const std::vector<Obligation> after = obligations_of(fx, "small-group", 2025);
    CHECK(joined(owing_agencies(after, "small-group", 2025)) == "so-x so-c");
    REQUIRE(after.size() == 2);
    // so-x owes it for so-a, and covers everything it holds on the deadline.
    CHECK(joined(task_ids(after[0].covered)) == "T1 T2 T3 T5 T8 T9");
    CHECK(joined(task_ids(after[1].covered)) == "T4 T8");
  }
  SUBCASE("a task owned by the group") {
    CHECK(joined(owing_agencies(build_obligations(plan), "T8")) == "so-x so-c");
  }
  SUBCASE("a task due before the merger stays with the predecessor") {
    CHECK(joined(owing_agencies(build_obligations(plan), "T9")) == "so-a");
  }
}

TEST_CASE("check succession: a task passed on is fulfilled by the predecessor's or the successor's "
          "report") {
  Fixture fx(k_merger);
  SUBCASE("the successor reports it done") {
    fx.report("x.yaml", report_text("so-x", "2025-12-30", "tasks:\n  T8: {status: done}\n"));
    const Finding f = find_one(fx.check(day("2026-01-15")), "T8", "so-x");
    CHECK(status_of(f) == "ok");
    CHECK(iso(f.fulfilled) == "2025-12-30");
  }
  SUBCASE("the predecessor reported it done before it ended") {
    fx.report("a.yaml", report_text("so-a", "2025-01-20", "tasks:\n  T8: {status: done}\n"));
    const CheckResult result = fx.check(day("2026-01-15"));
    const Finding f = find_one(result, "T8", "so-x");
    CHECK(status_of(f) == "ok");
    CHECK(iso(f.fulfilled) == "2025-01-20");
    CHECK(status_of(find_one(result, "T8", "so-c")) == "overdue");
  }
}

TEST_CASE("check covers: all-tasks, listed and own-tasks, within the instance's year") {
  const Fixture fx(plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
  so-b: {name: "Sở B"}
tasks:
  - {id: T-on-b, title: "B, thường xuyên", owners: [so-b]}
  - {id: T-2024-a, title: "A, năm 2024", owners: [so-a], due: {within: 2024}}
  - {id: T-2025-a, title: "A, quý 4/2025", owners: [so-a], due: {within: 2025-Q4}}
  - {id: T-on-a, title: "A, thường xuyên", owners: [so-a]}
  - {id: T-2026-b, title: "B, 2026", owners: [so-b], due: {by: 2026-01-15}}
duties:
  - {id: all, title: "Tất cả", from: [so-a], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}, covers: all-tasks}
  - {id: listed, title: "Liệt kê", from: [so-a], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}, covers: [T-2026-b, T-2024-a, T-on-b]}
  - {id: own, title: "Của mình", from: [so-a], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}, covers: own-tasks}
  - {id: default, title: "Mặc định", from: [so-a, so-b], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}}
  - {id: once, title: "Một lần", from: [so-a], to: [ubnd], due: {before: 2025-01-01}}
)",
                             "2024-01-01", "2026-12-31"));
  const auto covered = [&](std::string_view duty, std::optional<int> year,
                           std::string_view agency = "so-a") {
    const std::vector<Obligation> all = build_obligations(fx.plan());
    for (const Obligation& o : all) {
      if (o.id() == duty && o.period == year && o.agency->id.value == agency) {
        return joined(task_ids(o.covered));
      }
    }
    FAIL("no obligation ", std::string(duty), " of ", std::string(agency));
    return std::string();
  };
  SUBCASE("all-tasks") {
    CHECK(covered("all", 2024) == "T-on-b T-2024-a T-2025-a T-on-a T-2026-b");
    CHECK(covered("all", 2025) == "T-on-b T-2025-a T-on-a T-2026-b");
    CHECK(covered("all", 2026) == "T-on-b T-on-a T-2026-b");
  }
  SUBCASE("listed, in plan order") {
    CHECK(covered("listed", 2024) == "T-on-b T-2024-a T-2026-b");
    CHECK(covered("listed", 2025) == "T-on-b T-2026-b");
    CHECK(covered("listed", 2026) == "T-on-b T-2026-b");
  }
  SUBCASE("own-tasks, explicit or by default") {
    CHECK(covered("own", 2024) == "T-2024-a T-2025-a T-on-a");
    CHECK(covered("own", 2025) == "T-2025-a T-on-a");
    CHECK(covered("own", 2026) == "T-on-a");
    CHECK(covered("default", 2025, "so-a") == "T-2025-a T-on-a");
    CHECK(covered("default", 2025, "so-b") == "T-on-b T-2026-b");
  }
  SUBCASE("a one-off duty's year is the year of its last on-time day") {
    CHECK(covered("once", std::nullopt) == "T-2024-a T-2025-a T-on-a");
  }
  SUBCASE("missing tasks follow the covered tasks, in plan order") {
    const Finding f = find_one(fx.check(day("2025-12-16")), "listed", "so-a", 2025);
    CHECK(joined(f.missing_tasks) == "T-on-b T-2026-b");
  }
}

// Yearly duties: one obligation per instance.
namespace {
namespace yearly_instances {

using namespace plancheck::test;

const std::string k_agencies = R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
tasks:
  - {id: T1, title: "Nhiệm vụ 1", owners: [so-a]}
)";

TEST_CASE("check instances: every yearly instance becomes an obligation with its period") {
  const Fixture fx(plan_text("issued: 2024-06-01\n" + k_agencies + R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
)"));
  const CheckResult result = fx.check(day("2024-01-01"));
  REQUIRE(result.findings.size() == 7);
  for (int year = 2024; year <= 2030; ++year) {
    const Finding& f = find_one(result, "d", "so-a", year);
    CHECK(format_iso(f.obligation.due) == std::to_string(year) + "-12-09");
    CHECK(status_of(f) == "pending");
  }
}

} // namespace yearly_instances
} // namespace
