// Decisions applied by check: extensions and waivers in force from their date.

#include "load/decision_loader.hpp"
#include "test_support.hpp"

#include <deque>

#include <doctest/doctest.h>

using namespace plancheck;
using namespace plancheck::test;

namespace {

// so-tttt ends on 2025-02-28 and so-khcn takes over; T1 is owed by so-yt and
// both districts, T2 by so-tttt (so so-khcn owes it), T3 by so-khcn itself.
const std::string k_plan =
    plan_text("agencies:\n"
              "  ubnd: {name: UBND}\n"
              "  so-tttt: {name: TTTT, until: 2025-02-28, successor: so-khcn}\n"
              "  so-khcn: {name: KHCN}\n"
              "  so-yt: {name: YT}\n"
              "  huyen-a: {name: A}\n"
              "  huyen-b: {name: B}\n"
              "groups:\n"
              "  cap-huyen: {name: Huyện, members: [huyen-a, huyen-b]}\n"
              "tasks:\n"
              "  - {id: T1, title: t1, owners: [so-yt, cap-huyen], "
              "due: {by: 2024-06-30}}\n"
              "  - {id: T2, title: t2, owners: [so-tttt], due: {by: 2025-06-30}}\n"
              "  - {id: T3, title: t3, owners: [so-khcn], due: {by: 2025-06-30}}\n"
              "duties:\n"
              "  - id: annual\n"
              "    title: yearly\n"
              "    from: [so-yt]\n"
              "    to: [ubnd]\n"
              "    due: {every: year, by: {month: 12, day: 10}}\n",
              "2024-01-01", "2026-12-31");

// A plan with its reports (through Fixture) and decisions, all in memory.
class DecidedFixture {
public:
  DecidedFixture() : m_fixture(k_plan) {}

  DecidedFixture& report(const std::string& path, const std::string& yaml) {
    m_fixture.report(path, yaml);
    return *this;
  }

  // Add a decision numbered `number`, dated `date`, whose lists are `body`.
  DecidedFixture& decision(std::string_view number, std::string_view date, std::string_view body) {
    const SourceFile& file = m_files.emplace_back(
        "decisions/" + std::string(number) + ".yaml",
        "plancheck: 1\nplan: test-plan\nnumber: \"" + std::string(number) +
            "\"\ndate: " + std::string(date) + "\nby: ubnd\n" + std::string(body));
    Diagnostics diagnostics;
    Reporter reporter(file, diagnostics);
    std::optional<Decision> loaded = load_decision(file, reporter);
    INFO(errors_text(diagnostics));
    REQUIRE(loaded.has_value());
    REQUIRE(count_severity(diagnostics, Severity::error) == 0);
    m_decisions.push_back(std::move(*loaded));
    return *this;
  }

  CheckResult check(Day as_of) const {
    std::vector<PlanInput> inputs = m_fixture.inputs();
    for (const Decision& d : m_decisions) {
      inputs.front().decisions.push_back(&d);
    }
    return check_plans(inputs, as_of, k_default_within_days, {}, Listing{true, {}});
  }

private:
  Fixture m_fixture;
  std::deque<SourceFile> m_files;
  std::deque<Decision> m_decisions;
};

std::string decision_of(const Finding& f) {
  return f.decision ? f.decision->number + " " + format_iso(f.decision->date) : "null";
}

} // namespace

TEST_CASE("an extension applies from its date on") {
  DecidedFixture fx;
  fx.decision("100/UBND", "2024-06-20", "extend: [{task: T1, due: {by: 2024-09-30}}]\n");
  SUBCASE("the day before its date: the plan's deadline") {
    const Finding f = find_one(fx.check(day("2024-06-19")), "T1", "huyen-a");
    CHECK(status_of(f) == "due-soon");
    CHECK(iso(f.due) == "2024-06-30");
    CHECK(iso(f.due_original) == "2024-06-30");
    CHECK(decision_of(f) == "null");
  }
  SUBCASE("on its date: the new deadline, and what follows from it") {
    const Finding f = find_one(fx.check(day("2024-06-20")), "T1", "huyen-a");
    CHECK(status_of(f) == "pending");
    CHECK(iso(f.due) == "2024-09-30");
    CHECK(iso(f.due_original) == "2024-06-30");
    CHECK(f.days == -102);
    CHECK(decision_of(f) == "100/UBND 2024-06-20");
    REQUIRE(f.decision);
    CHECK(f.decision->path == "decisions/100/UBND.yaml");
    CHECK(f.decision->reason.empty());
  }
  SUBCASE("a report after the plan's deadline is on time by the new one") {
    fx.report("a.yaml", report_text("huyen-a", "2024-09-10", "tasks: {T1: {status: done}}\n"));
    const Finding f = find_one(fx.check(day("2024-10-01")), "T1", "huyen-a");
    CHECK(status_of(f) == "ok");
    CHECK(f.days == -20);
  }
  SUBCASE("a report after the new deadline is late by it") {
    fx.report("a.yaml", report_text("huyen-a", "2024-10-03", "tasks: {T1: {status: done}}\n"));
    const Finding f = find_one(fx.check(day("2024-10-05")), "T1", "huyen-a");
    CHECK(status_of(f) == "late");
    CHECK(f.days == 3);
  }
}

TEST_CASE("a waiver: unfulfilled obligations are waived, fulfilled ones keep their status") {
  DecidedFixture fx;
  fx.report("yt.yaml", report_text("so-yt", "2024-07-02", "tasks: {T1: {status: done}}\n"));
  fx.decision("300/UBND", "2024-12-20", "waive: [{task: T1, reason: \"Đã lồng ghép\"}]\n");
  SUBCASE("before its date") {
    CHECK(status_of(find_one(fx.check(day("2024-12-19")), "T1", "huyen-b")) == "overdue");
  }
  SUBCASE("from its date") {
    const CheckResult result = fx.check(day("2024-12-20"));
    const Finding waived = find_one(result, "T1", "huyen-b");
    CHECK(status_of(waived) == "waived");
    CHECK(decision_of(waived) == "300/UBND 2024-12-20");
    CHECK(waived.decision->reason == "Đã lồng ghép");
    CHECK(waived.days == 173);
    const Finding done = find_one(result, "T1", "so-yt");
    CHECK(status_of(done) == "late");
    CHECK(decision_of(done) == "null");
  }
}

TEST_CASE("the latest-dated decision applies") {
  DecidedFixture fx;
  fx.decision("100/UBND", "2024-06-20",
              "extend: [{task: T1, agencies: [cap-huyen], due: {by: 2024-09-30}}]\n");
  fx.decision("210/UBND", "2024-09-25",
              "extend: [{task: T1, agencies: [huyen-b], due: {within: 2024-Q4}}]\n");
  fx.decision("300/UBND", "2024-12-20",
              "waive: [{task: T1, agencies: [huyen-b], reason: \"x\"}]\n");
  SUBCASE("the second extension replaces the first") {
    const CheckResult result = fx.check(day("2024-10-01"));
    CHECK(iso(find_one(result, "T1", "huyen-b").due) == "2024-12-31");
    CHECK(decision_of(find_one(result, "T1", "huyen-b")) == "210/UBND 2024-09-25");
    CHECK(iso(find_one(result, "T1", "huyen-a").due) == "2024-09-30");
    CHECK(status_of(find_one(result, "T1", "huyen-a")) == "overdue");
  }
  SUBCASE("a later waiver waives, and the plan's deadline dates it") {
    const Finding f = find_one(fx.check(day("2025-01-05")), "T1", "huyen-b");
    CHECK(status_of(f) == "waived");
    CHECK(iso(f.due) == "2024-06-30");
    CHECK(decision_of(f) == "300/UBND 2024-12-20");
  }
  SUBCASE("an audit of an earlier day sees only what was decided by then") {
    const Finding f = find_one(fx.check(day("2024-09-24")), "T1", "huyen-b");
    CHECK(iso(f.due) == "2024-09-30");
    CHECK(status_of(f) == "due-soon");
  }
}

TEST_CASE("selectors: agencies, groups, predecessors and periods") {
  SUBCASE("a group selects its members only") {
    DecidedFixture fx;
    fx.decision("1/UBND", "2024-06-20",
                "extend: [{task: T1, agencies: [cap-huyen], due: {by: 2024-09-30}}]\n");
    const CheckResult result = fx.check(day("2024-07-01"));
    CHECK(iso(find_one(result, "T1", "huyen-a").due) == "2024-09-30");
    CHECK(iso(find_one(result, "T1", "huyen-b").due) == "2024-09-30");
    CHECK(iso(find_one(result, "T1", "so-yt").due) == "2024-06-30");
  }
  SUBCASE("a predecessor's id selects what passed from it, not the successor's own") {
    DecidedFixture fx;
    fx.decision("456/UBND", "2025-06-25",
                "extend:\n"
                "  - {task: T2, agencies: [so-tttt], due: {by: 2025-12-31}}\n"
                "  - {task: T3, agencies: [so-tttt], due: {by: 2025-12-31}}\n");
    const CheckResult result = fx.check(day("2025-07-01"));
    CHECK(iso(find_one(result, "T2", "so-khcn").due) == "2025-12-31");
    CHECK(iso(find_one(result, "T3", "so-khcn").due) == "2025-06-30");
  }
  SUBCASE("the successor's id selects what it owes, taken over or its own") {
    DecidedFixture fx;
    fx.decision("457/UBND", "2025-06-25",
                "extend: [{task: T2, agencies: [so-khcn], due: {by: 2025-12-31}}]\n");
    CHECK(iso(find_one(fx.check(day("2025-07-01")), "T2", "so-khcn").due) == "2025-12-31");
  }
  SUBCASE("a period selects one yearly instance") {
    DecidedFixture fx;
    fx.decision("789/UBND", "2025-12-01",
                "extend: [{duty: annual, period: 2025, due: {by: 2025-12-31}}]\n");
    const CheckResult result = fx.check(day("2025-12-15"));
    const Finding f2025 = find_one(result, "annual", "so-yt", 2025);
    CHECK(status_of(f2025) == "due-soon");
    CHECK(iso(f2025.due) == "2025-12-31");
    CHECK(iso(f2025.due_original) == "2025-12-10");
    CHECK(iso(find_one(result, "annual", "so-yt", 2026).due) == "2026-12-10");
  }
}
