// What happens to an obligation once the agency that owed it has ended:
// who may still answer it, who answers for it now, and when it lapses; and
// the instances nobody owes because they would be sent to oneself.

#include "check_support.hpp"

using namespace plancheck;
using namespace plancheck::check_test;

namespace {

// so-t passes to so-k on 2025-03-01, so-k to so-k2 on 2025-07-01; the
// district so-h ends on 2025-06-30 with no successor; so-y goes on.
const std::string k_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh", until: 2025-06-30, successor: ubnd-2}
  ubnd-2: {name: "UBND tỉnh mới", since: 2025-07-01}
  so-k: {name: "Sở K", short: "Sở K", until: 2025-06-30, successor: so-k2}
  so-k2: {name: "Sở K mới", short: "Sở K2", since: 2025-07-01}
  so-t: {name: "Sở T", short: "Sở T", until: 2025-02-28, successor: so-k}
  so-h: {name: "Huyện H", until: 2025-06-30}
  so-y: {name: "Sở Y"}
tasks:
  - {id: T1, title: "Của T", owners: [so-t], due: {by: 2024-12-31}}
  - {id: T2, title: "Của H", owners: [so-h], due: {by: 2024-12-31}}
  - {id: T3, title: "Của K", owners: [so-k]}
duties:
  - {id: dept, title: "Qua K", from: [so-t, so-y], to: [ubnd], via: so-k, due: {every: year, before: {month: 12, day: 10}}}
  - {id: to-k, title: "Gửi K2", from: [so-t], to: [so-k2], due: {every: year, by: {month: 12, day: 31}}}
  - {id: summary, title: "Tổng hợp", from: [so-k], to: [ubnd], due: {every: year, by: {month: 12, day: 30}}}
)",
                                     "2024-01-01", "2026-12-31");

std::string t1_done(std::string_view agency, std::string_view submitted) {
  return report_text(agency, submitted, "tasks:\n  T1: {status: done}\n");
}

} // namespace

TEST_CASE("decide_status: one status from the facts, in the contract's order") {
  const Day due = day("2025-06-30");
  const auto status = [&](StatusFacts facts, std::string_view as_of, int within = 30) {
    facts.due = due;
    return std::string(status_id(decide_status(facts, day(as_of), within)));
  };
  SUBCASE("fulfilled is ok or late whatever else applies") {
    CHECK(status({day("2025-06-30"), true, {}, true, true}, "2026-01-01") == "ok");
    CHECK(status({day("2025-07-01"), true, {}, true, true}, "2026-01-01") == "late");
  }
  SUBCASE("waived comes before lapsed, both before every unfulfilled status") {
    CHECK(status({std::nullopt, true, {}, true, true}, "2026-01-01") == "waived");
    CHECK(status({std::nullopt, true, {}, false, true}, "2026-01-01") == "lapsed");
    CHECK(status({std::nullopt, false, {}, true, false}, "2025-06-01") == "waived");
  }
  SUBCASE("otherwise incomplete, overdue, due-soon or pending") {
    CHECK(status({std::nullopt, true, {}, false, false}, "2026-01-01") == "incomplete");
    CHECK(status({std::nullopt, false, {}, false, false}, "2025-07-01") == "overdue");
    CHECK(status({std::nullopt, false, {}, false, false}, "2025-06-30") == "due-soon");
    CHECK(status({std::nullopt, false, {}, false, false}, "2025-05-31") == "due-soon");
    CHECK(status({std::nullopt, false, {}, false, false}, "2025-05-30") == "pending");
    CHECK(status({std::nullopt, false, {}, false, false}, "2025-06-25", 4) == "pending");
  }
}

TEST_CASE("check ended agencies: nobody reports to or through itself") {
  const Fixture fx(k_plan);
  const std::vector<Obligation> all = build_obligations(fx.plan());
  SUBCASE("before the succession the predecessor owes it") {
    CHECK(joined(owing_agencies(all, "dept", 2024)) == "so-t so-y");
    CHECK(joined(owing_agencies(all, "to-k", 2024)) == "so-t");
  }
  SUBCASE("through itself: the successor of the sender is the `via`") {
    // so-t's work is so-k2's by 2025-12-09, and so-k's (the via) too.
    CHECK(joined(owing_agencies(all, "dept", 2025)) == "so-y");
    CHECK(joined(owing_agencies(all, "dept", 2026)) == "so-y");
  }
  SUBCASE("to itself: the successor of the sender is a recipient") {
    CHECK(owing_agencies(all, "to-k", 2025).empty());
  }
  SUBCASE("a sender that only becomes a recipient's successor still owes") {
    // so-k reports to ubnd; both pass on, to different successors.
    CHECK(joined(owing_agencies(all, "summary", 2025)) == "so-k2");
  }
}

TEST_CASE("check ended agencies: a successor answers a task completion") {
  SUBCASE("unanswered: passed on, with the successor and the day it took over") {
    const Fixture fx(k_plan);
    Finding f = find_one(fx.check(day("2025-02-28")), "T1", "so-t");
    CHECK(status_of(f) == "overdue");
    CHECK(f.answerable_by == nullptr);
    CHECK_FALSE(f.agency_ended);
    f = find_one(fx.check(day("2025-03-01")), "T1", "so-t");
    CHECK(status_of(f) == "overdue");
    CHECK(f.agency_ended);
    REQUIRE(f.answerable_by != nullptr);
    CHECK(f.answerable_by->id.value == "so-k");
    CHECK(iso(f.passed_on) == "2025-03-01");
    f = find_one(fx.check(day("2025-07-01")), "T1", "so-t");
    REQUIRE(f.answerable_by != nullptr);
    CHECK(f.answerable_by->id.value == "so-k2");
    CHECK(iso(f.passed_on) == "2025-07-01");
  }
  SUBCASE("the holder's report, once the owner ended, fulfils it") {
    Fixture fx(k_plan);
    fx.report("so-k.yaml", t1_done("so-k", "2025-04-01"));
    const Finding before = find_one(fx.check(day("2025-03-31")), "T1", "so-t");
    CHECK(status_of(before) == "overdue");
    const Finding f = find_one(fx.check(day("2025-04-01")), "T1", "so-t");
    CHECK(status_of(f) == "late");
    CHECK(iso(f.fulfilled) == "2025-04-01");
    CHECK(joined(f.reports) == "plans/test-plan/reports/so-k.yaml");
    CHECK(f.answerable_by == nullptr); // fulfilled: nobody needs to answer for it
  }
  SUBCASE("the holder after a second succession answers too") {
    Fixture fx(k_plan);
    fx.report("so-k2.yaml", t1_done("so-k2", "2025-08-01"));
    CHECK(status_of(find_one(fx.check(day("2025-08-01")), "T1", "so-t")) == "late");
  }
  SUBCASE("the successor's report while the owner still existed does not") {
    Fixture fx(k_plan);
    fx.report("so-k.yaml", t1_done("so-k", "2024-12-20"));
    const Finding f = find_one(fx.check(day("2025-04-01")), "T1", "so-t");
    CHECK(status_of(f) == "overdue");
    CHECK(f.reports.empty());
  }
  SUBCASE("a report from an agency that never held the work does not") {
    Fixture fx(k_plan);
    fx.report("so-y.yaml", t1_done("so-y", "2025-04-01"));
    CHECK(status_of(find_one(fx.check(day("2025-04-01")), "T1", "so-t")) == "overdue");
  }
}

TEST_CASE("check ended agencies: the holder answers a duty instance") {
  SUBCASE("after the sender ended") {
    Fixture fx(k_plan);
    fx.report("so-k-dept.yaml", report_text("so-k", "2025-03-10", R"(duty: dept
period: 2024
tasks:
  T1: {status: in-progress}
)"));
    const Finding f = find_one(fx.check(day("2025-03-10")), "dept", "so-t", 2024);
    CHECK(status_of(f) == "late");
    CHECK(joined(f.reports) == "plans/test-plan/reports/so-k-dept.yaml");
  }
  SUBCASE("not while the sender existed") {
    Fixture fx(k_plan);
    fx.report("so-k-dept.yaml", report_text("so-k", "2024-12-01", R"(duty: dept
period: 2024
tasks:
  T1: {status: in-progress}
)"));
    const Finding f = find_one(fx.check(day("2025-03-10")), "dept", "so-t", 2024);
    CHECK(status_of(f) == "overdue");
    REQUIRE(f.answerable_by != nullptr);
    CHECK(f.answerable_by->id.value == "so-k");
  }
}

TEST_CASE("check ended agencies: lapsed when nobody is left") {
  SUBCASE("overdue while the agency exists, lapsed from the day after it ended") {
    const Fixture fx(k_plan);
    CHECK(status_of(find_one(fx.check(day("2025-06-30")), "T2", "so-h")) == "overdue");
    const CheckResult after = fx.check(day("2025-07-01"));
    const Finding f = find_one(after, "T2", "so-h");
    CHECK(status_of(f) == "lapsed");
    CHECK(f.agency_ended);
    CHECK(f.answerable_by == nullptr);
    CHECK(f.days == 182);
    CHECK(after.counts[static_cast<std::size_t>(Status::lapsed)] == 1);
  }
  SUBCASE("not listed by default, listed when asked for") {
    const Fixture fx(k_plan);
    CHECK(find_all(fx.check(day("2025-07-01"), {}, Listing{}), "T2", "so-h").empty());
    CHECK(find_all(fx.check(day("2025-07-01"), {}, Listing{false, {Status::lapsed}}), "T2", "so-h")
              .size() == 1);
  }
  SUBCASE("done before the agency ended: late, not lapsed") {
    Fixture fx(k_plan);
    fx.report("so-h.yaml", report_text("so-h", "2025-01-10", "tasks:\n  T2: {status: done}\n"));
    CHECK(status_of(find_one(fx.check(day("2025-07-01")), "T2", "so-h")) == "late");
  }
}
