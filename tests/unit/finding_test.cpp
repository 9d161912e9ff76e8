// Where a duty instance or a task completion stands on the as-of day.

#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

// so-c owns T1 and T2 (ongoing), so-a the one-off tasks, so-b T-other.
const std::string k_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
  so-b: {name: "Sở B"}
  so-c: {name: "Sở C"}
tasks:
  - {id: T1, title: "Nhiệm vụ 1", owners: [so-c]}
  - {id: T2, title: "Nhiệm vụ 2", owners: [so-c]}
  - {id: T-by, title: "Hạn by", owners: [so-a], due: {by: 2025-06-30}}
  - {id: T-before, title: "Hạn before", owners: [so-a], due: {before: 2025-07-01}}
  - {id: T-q1, title: "Quý I", owners: [so-a], due: {within: 2024-Q1}}
  - {id: T-leap, title: "Tháng 2/2028", owners: [so-a], due: {within: 2028-02}}
  - {id: T-other, title: "Của sở B", owners: [so-b]}
duties:
  - {id: d-by, title: "Báo cáo by", from: [so-a], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}, covers: [T1]}
  - {id: d-before, title: "Báo cáo before", from: [so-a], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}, covers: [T1]}
  - {id: d-own, title: "Báo cáo own", from: [so-c], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}}
  - {id: d-none, title: "Không nhiệm vụ", from: [so-b], to: [ubnd], due: {by: 2025-12-15}, covers: [T-q1]}
)");

std::string duty_report(std::string_view duty, int period, std::string_view submitted,
                        std::string_view tasks = "", std::string_view agency = "so-a") {
  return report_text(agency, submitted,
                     "duty: " + std::string(duty) + "\nperiod: " + std::to_string(period) + "\n" +
                         (tasks.empty() ? std::string() : "tasks:\n" + std::string(tasks)));
}

std::string task_report(std::string_view agency, std::string_view submitted,
                        std::string_view tasks) {
  return report_text(agency, submitted, "tasks:\n" + std::string(tasks));
}

} // namespace

TEST_CASE("check status: a report on the `by` day is ok, on the `before` day late") {
  SUBCASE("yearly by 15/12: on the 15th ok with 0 days") {
    Fixture fx(k_plan);
    fx.report("2025/so-a.yaml", duty_report("d-by", 2025, "2025-12-15", "  T1: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2026-01-31")), "d-by", "so-a", 2025);
    CHECK(format_iso(f.obligation.due) == "2025-12-15");
    CHECK(status_of(f) == "ok");
    CHECK(f.days == 0);
    CHECK(iso(f.fulfilled) == "2025-12-15");
    CHECK(iso(f.submitted) == "2025-12-15");
  }
  SUBCASE("yearly by 15/12: on the 16th late by 1 day") {
    Fixture fx(k_plan);
    fx.report("2025/so-a.yaml", duty_report("d-by", 2025, "2025-12-16", "  T1: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2026-01-31")), "d-by", "so-a", 2025);
    CHECK(status_of(f) == "late");
    CHECK(f.days == 1);
    CHECK(iso(f.fulfilled) == "2025-12-16");
  }
  SUBCASE("yearly before 10/12: on the 9th ok with 0 days") {
    Fixture fx(k_plan);
    fx.report("2025/so-a.yaml",
              duty_report("d-before", 2025, "2025-12-09", "  T1: {status: in-progress}\n"));
    const Finding& f = find_one(fx.check(day("2026-01-31")), "d-before", "so-a", 2025);
    CHECK(format_iso(f.obligation.due) == "2025-12-09");
    CHECK(status_of(f) == "ok");
    CHECK(f.days == 0);
  }
  SUBCASE("yearly before 10/12: on the 10th late by 1 day") {
    Fixture fx(k_plan);
    fx.report("2025/so-a.yaml",
              duty_report("d-before", 2025, "2025-12-10", "  T1: {status: in-progress}\n"));
    const Finding& f = find_one(fx.check(day("2026-01-31")), "d-before", "so-a", 2025);
    CHECK(status_of(f) == "late");
    CHECK(f.days == 1);
    CHECK(iso(f.fulfilled) == "2025-12-10");
  }
  SUBCASE("task by 30/06: done on the 30th is ok") {
    Fixture fx(k_plan);
    fx.report("t.yaml", task_report("so-a", "2025-06-30", "  T-by: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2025-08-01")), "T-by", "so-a");
    CHECK(format_iso(f.obligation.due) == "2025-06-30");
    CHECK(status_of(f) == "ok");
    CHECK(f.days == 0);
  }
  SUBCASE("task before 01/07: done on 1 July is late by 1 day") {
    Fixture fx(k_plan);
    fx.report("t.yaml", task_report("so-a", "2025-07-01", "  T-before: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2025-08-01")), "T-before", "so-a");
    CHECK(format_iso(f.obligation.due) == "2025-06-30");
    CHECK(status_of(f) == "late");
    CHECK(f.days == 1);
    CHECK(iso(f.fulfilled) == "2025-07-01");
  }
}

TEST_CASE("check status: quarter and leap-month deadlines") {
  SUBCASE("within 2024-Q1: done on 31 March is ok") {
    Fixture fx(k_plan);
    fx.report("t.yaml", task_report("so-a", "2024-03-31", "  T-q1: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2024-06-01")), "T-q1", "so-a");
    CHECK(format_iso(f.obligation.due) == "2024-03-31");
    CHECK(status_of(f) == "ok");
    CHECK(f.days == 0);
  }
  SUBCASE("within 2024-Q1: done on 1 April is late by 1 day") {
    Fixture fx(k_plan);
    fx.report("t.yaml", task_report("so-a", "2024-04-01", "  T-q1: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2024-06-01")), "T-q1", "so-a");
    CHECK(format_iso(f.obligation.due) == "2024-03-31");
    CHECK(status_of(f) == "late");
    CHECK(f.days == 1);
    CHECK(iso(f.fulfilled) == "2024-04-01");
    CHECK(iso(f.submitted) == "2024-04-01");
    CHECK(joined(f.reports) == "plans/test-plan/reports/t.yaml");
    CHECK(joined(f.missing_tasks).empty());
  }
  SUBCASE("within 2028-02: due 29 February, overdue by 1 day on 1 March") {
    const Fixture fx(k_plan);
    const Finding& f = find_one(fx.check(day("2028-03-01")), "T-leap", "so-a");
    CHECK(format_iso(f.obligation.due) == "2028-02-29");
    CHECK(status_of(f) == "overdue");
    CHECK(f.days == 1);
  }
}

TEST_CASE("check status: a report submitted after the as-of day does not exist yet") {
  Fixture fx(k_plan);
  fx.report("2025/so-a.yaml", duty_report("d-by", 2025, "2025-12-20", "  T1: {status: done}\n"));
  fx.report("t.yaml", task_report("so-a", "2025-06-20", "  T-by: {status: done}\n"));
  SUBCASE("duty instance, after its deadline: overdue as if absent") {
    const Finding& f = find_one(fx.check(day("2025-12-19")), "d-by", "so-a", 2025);
    CHECK(status_of(f) == "overdue");
    CHECK(f.days == 4);
    CHECK(iso(f.submitted) == "null");
    CHECK(iso(f.fulfilled) == "null");
    CHECK(f.reports.empty());
    CHECK(joined(f.missing_tasks) == "T1");
  }
  SUBCASE("duty instance, before its deadline: due-soon as if absent") {
    const Finding& f = find_one(fx.check(day("2025-12-01")), "d-by", "so-a", 2025);
    CHECK(status_of(f) == "due-soon");
    CHECK(f.days == -14);
    CHECK(f.reports.empty());
  }
  SUBCASE("duty instance, on the day it arrives: counted") {
    const Finding& f = find_one(fx.check(day("2025-12-20")), "d-by", "so-a", 2025);
    CHECK(status_of(f) == "late");
    CHECK(f.days == 5);
    CHECK(iso(f.submitted) == "2025-12-20");
  }
  SUBCASE("task: a done report after the as-of day leaves it unfulfilled") {
    const Finding& f = find_one(fx.check(day("2025-06-19")), "T-by", "so-a");
    CHECK(status_of(f) == "due-soon");
    CHECK(f.days == -11);
    CHECK(iso(f.submitted) == "null");
    CHECK(f.reports.empty());
  }
}

TEST_CASE("check status: report numbers follow the reports' order") {
  Fixture fx(k_plan);
  // Submitted first but sorted second by path: its number comes second.
  fx.report("2025/so-c-b.yaml",
            report_text("so-c", "2025-12-01",
                        "duty: d-own\nperiod: 2025\ntasks:\n  T1: {status: done}\n", "9/BC"));
  fx.report("2025/so-c-a.yaml",
            report_text("so-c", "2025-12-05",
                        "duty: d-own\nperiod: 2025\ntasks:\n  T2: {status: done}\n", "12/BC"));
  const Finding& f = find_one(fx.check(day("2026-01-10")), "d-own", "so-c", 2025);
  CHECK(joined(f.reports) ==
        "plans/test-plan/reports/2025/so-c-a.yaml plans/test-plan/reports/2025/so-c-b.yaml");
  CHECK(joined(f.report_numbers) == "12/BC 9/BC");
  const Finding& none = find_one(fx.check(day("2026-01-10")), "d-none", "so-b");
  CHECK(none.report_numbers.empty());
}

TEST_CASE("check status: an unfulfilled row cites the reports that came") {
  Fixture fx(k_plan);
  SUBCASE("incomplete: the latest report, and the days since it") {
    fx.report("2025/so-c-b.yaml",
              report_text("so-c", "2025-12-01",
                          "duty: d-own\nperiod: 2025\ntasks:\n  T1: {status: done}\n", "9/BC"));
    fx.report("2025/so-c-a.yaml",
              report_text("so-c", "2025-12-05",
                          "duty: d-own\nperiod: 2025\ntasks:\n  T1: {status: done}\n", "12/BC"));
    const Finding& f = find_one(fx.check(day("2026-01-10")), "d-own", "so-c", 2025);
    REQUIRE(status_of(f) == "incomplete");
    REQUIRE(f.latest_report.has_value());
    CHECK(f.latest_report->number == "12/BC");
    CHECK(iso(f.latest_report->submitted) == "2025-12-05");
    CHECK(f.days_since_report == 36);
    CHECK(f.days == 26); // still counted from the deadline
  }
  SUBCASE("a task in progress: the latest report saying so, from its owner") {
    fx.report("a.yaml", task_report("so-a", "2024-03-10", "  T-q1: {status: in-progress}\n"));
    fx.report("b.yaml", task_report("so-b", "2024-03-20", "  T-q1: {status: in-progress}\n"));
    const Finding& f = find_one(fx.check(day("2024-04-10")), "T-q1", "so-a");
    CHECK(status_of(f) == "overdue");
    REQUIRE(f.in_progress.has_value());
    CHECK(iso(f.in_progress->submitted) == "2024-03-10");
    CHECK(!f.latest_report.has_value());
  }
  SUBCASE("nothing came: nothing to cite") {
    const Finding& f = find_one(fx.check(day("2024-04-10")), "T-q1", "so-a");
    CHECK(!f.in_progress.has_value());
    CHECK(!f.latest_report.has_value());
  }
}

TEST_CASE("check status: reports for one instance merge") {
  Fixture fx(k_plan);
  // Sorted by path, the later one comes first.
  fx.report("2025/so-c-b.yaml",
            duty_report("d-own", 2025, "2025-12-01", "  T1: {status: in-progress}\n", "so-c"));
  SUBCASE("the second report completes coverage on time: ok on its day") {
    fx.report("2025/so-c-a.yaml",
              duty_report("d-own", 2025, "2025-12-14", "  T2: {status: not-started}\n", "so-c"));
    const Finding& f = find_one(fx.check(day("2026-01-10")), "d-own", "so-c", 2025);
    CHECK(task_ids(f.obligation.covered) == std::vector<std::string>{"T1", "T2"});
    CHECK(status_of(f) == "ok");
    CHECK(iso(f.fulfilled) == "2025-12-14");
    CHECK(iso(f.submitted) == "2025-12-01");
    CHECK(f.days == -1);
    CHECK(joined(f.reports) ==
          "plans/test-plan/reports/2025/so-c-a.yaml plans/test-plan/reports/2025/so-c-b.yaml");
    CHECK(joined(f.missing_tasks).empty());
  }
  SUBCASE("the second report completes coverage after the deadline: late") {
    fx.report("2025/so-c-a.yaml",
              duty_report("d-own", 2025, "2025-12-20", "  T2: {status: done}\n", "so-c"));
    const Finding& f = find_one(fx.check(day("2026-01-10")), "d-own", "so-c", 2025);
    CHECK(status_of(f) == "late");
    CHECK(iso(f.fulfilled) == "2025-12-20");
    CHECK(iso(f.submitted) == "2025-12-01");
    CHECK(f.days == 5);
  }
  SUBCASE("a third report after coverage is complete changes nothing but the list") {
    fx.report("2025/so-c-a.yaml",
              duty_report("d-own", 2025, "2025-12-10", "  T2: {status: done}\n", "so-c"));
    fx.report("2025/so-c-c.yaml",
              duty_report("d-own", 2025, "2025-12-30", "  T1: {status: done}\n", "so-c"));
    const Finding& f = find_one(fx.check(day("2026-01-10")), "d-own", "so-c", 2025);
    CHECK(status_of(f) == "ok");
    CHECK(iso(f.fulfilled) == "2025-12-10");
    CHECK(f.days == -5);
    CHECK(f.reports.size() == 3);
  }
  SUBCASE("a report for another period, duty or agency does not count") {
    fx.report("2024/so-c.yaml",
              duty_report("d-own", 2024, "2025-12-02", "  T2: {status: done}\n", "so-c"));
    fx.report("2025/by.yaml",
              duty_report("d-by", 2025, "2025-12-03", "  T2: {status: done}\n", "so-c"));
    fx.report("2025/so-a.yaml", duty_report("d-own", 2025, "2025-12-04", "  T2: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2025-12-10")), "d-own", "so-c", 2025);
    CHECK(status_of(f) == "incomplete");
    CHECK(joined(f.missing_tasks) == "T2");
    CHECK(joined(f.reports) == "plans/test-plan/reports/2025/so-c-b.yaml");
  }
}

TEST_CASE("check status: incomplete while a report leaves covered tasks out") {
  Fixture fx(k_plan);
  fx.report("2025/so-c.yaml",
            duty_report("d-own", 2025, "2025-12-01", "  T2: {status: done}\n", "so-c"));
  SUBCASE("before the deadline: days left, negative") {
    const Finding& f = find_one(fx.check(day("2025-12-10")), "d-own", "so-c", 2025);
    CHECK(status_of(f) == "incomplete");
    CHECK(f.days == -5);
    CHECK(iso(f.submitted) == "2025-12-01");
    CHECK(iso(f.fulfilled) == "null");
    CHECK(joined(f.missing_tasks) == "T1");
  }
  SUBCASE("after the deadline: days past, positive") {
    const Finding& f = find_one(fx.check(day("2026-01-10")), "d-own", "so-c", 2025);
    CHECK(status_of(f) == "incomplete");
    CHECK(f.days == 26);
    CHECK(joined(f.missing_tasks) == "T1");
  }
  SUBCASE("a report with no task entries at all") {
    fx.report("2026/so-c.yaml", duty_report("d-own", 2026, "2026-11-01", "", "so-c"));
    const Finding& f = find_one(fx.check(day("2026-11-02")), "d-own", "so-c", 2026);
    CHECK(status_of(f) == "incomplete");
    CHECK(f.days == -43);
    CHECK(joined(f.missing_tasks) == "T1 T2");
  }
}

TEST_CASE("check status: without a report every covered task is missing") {
  const Fixture fx(k_plan);
  const Finding& f = find_one(fx.check(day("2025-12-16")), "d-own", "so-c", 2025);
  CHECK(status_of(f) == "overdue");
  CHECK(f.days == 1);
  CHECK(joined(f.missing_tasks) == "T1 T2");
}

TEST_CASE("check status: a duty instance with no covered task is fulfilled by its first report") {
  // d-none lists only T-q1, due in 2024, so nothing is asked in 2025.
  Fixture fx(k_plan);
  fx.report("2025/so-b-1.yaml", report_text("so-b", "2025-12-16", "duty: d-none\n"));
  fx.report("2025/so-b-2.yaml", report_text("so-b", "2025-12-20", "duty: d-none\n", "2/BC"));
  const Finding& f = find_one(fx.check(day("2026-01-01")), "d-none", "so-b");
  CHECK(f.obligation.covered.empty());
  CHECK(status_of(f) == "late");
  CHECK(iso(f.fulfilled) == "2025-12-16");
  CHECK(f.days == 1);
  CHECK(f.reports.size() == 2);
}

TEST_CASE("check status: task completions") {
  Fixture fx(k_plan);
  SUBCASE("fulfilled on `completed` of the report, even when sent later") {
    fx.report("t.yaml",
              task_report("so-a", "2024-04-05", "  T-q1: {status: done, completed: 2024-03-20}\n"));
    const Finding& f = find_one(fx.check(day("2024-06-01")), "T-q1", "so-a");
    CHECK(status_of(f) == "ok");
    CHECK(iso(f.fulfilled) == "2024-03-20");
    CHECK(iso(f.submitted) == "2024-04-05");
    CHECK(f.days == -11);
    CHECK(f.missing_tasks.empty());
  }
  SUBCASE("`completed` defaults to `submitted`") {
    fx.report("t.yaml", task_report("so-a", "2024-04-03", "  T-q1: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2024-06-01")), "T-q1", "so-a");
    CHECK(status_of(f) == "late");
    CHECK(iso(f.fulfilled) == "2024-04-03");
    CHECK(f.days == 3);
  }
  SUBCASE("the earliest report listing it done decides") {
    fx.report("b.yaml",
              task_report("so-a", "2024-03-28", "  T-q1: {status: done, completed: 2024-03-01}\n"));
    fx.report("c.yaml",
              task_report("so-a", "2024-04-02", "  T-q1: {status: done, completed: 2024-04-02}\n"));
    fx.report("a.yaml",
              task_report("so-a", "2024-03-25", "  T-q1: {status: done, completed: 2024-03-24}\n"));
    const Finding& f = find_one(fx.check(day("2024-06-01")), "T-q1", "so-a");
    CHECK(status_of(f) == "ok");
    CHECK(iso(f.fulfilled) == "2024-03-24");
    CHECK(iso(f.submitted) == "2024-03-25");
    CHECK(f.days == -7);
    CHECK(joined(f.reports) == "plans/test-plan/reports/a.yaml plans/test-plan/reports/b.yaml "
                               "plans/test-plan/reports/c.yaml");
  }
  SUBCASE("a report listing it in progress does not count") {
    fx.report("a.yaml", task_report("so-a", "2024-03-10", "  T-q1: {status: in-progress}\n"));
    SUBCASE("alone: overdue") {
      const Finding& f = find_one(fx.check(day("2024-04-10")), "T-q1", "so-a");
      CHECK(status_of(f) == "overdue");
      CHECK(f.days == 10);
      CHECK(iso(f.submitted) == "null");
      CHECK(f.reports.empty());
    }
    SUBCASE("followed by a done report: fulfilled by that one") {
      fx.report("b.yaml", task_report("so-a", "2024-04-02", "  T-q1: {status: done}\n"));
      const Finding& f = find_one(fx.check(day("2024-04-10")), "T-q1", "so-a");
      CHECK(status_of(f) == "late");
      CHECK(iso(f.fulfilled) == "2024-04-02");
      CHECK(iso(f.submitted) == "2024-04-02");
      CHECK(f.days == 2);
      CHECK(joined(f.reports) == "plans/test-plan/reports/b.yaml");
    }
  }
  SUBCASE("a duty report listing it done counts too") {
    fx.report("2024/so-a.yaml",
              duty_report("d-by", 2024, "2024-03-30", "  T-q1: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2024-06-01")), "T-q1", "so-a");
    CHECK(status_of(f) == "ok");
    CHECK(iso(f.fulfilled) == "2024-03-30");
  }
  SUBCASE("a report from another agency does not count") {
    fx.report("b.yaml", task_report("so-b", "2024-03-30", "  T-q1: {status: done}\n"));
    const Finding& f = find_one(fx.check(day("2024-06-01")), "T-q1", "so-a");
    CHECK(status_of(f) == "overdue");
    CHECK(f.days == 62);
  }
}

TEST_CASE("check status: overdue, due-soon and pending around the window") {
  const Fixture fx(k_plan); // T-by is due 2025-06-30
  const auto at = [&](std::string_view as_of, int within = k_default_within_days) {
    return find_one(fx.check(day(as_of), {}, Listing{true, {}}, within), "T-by", "so-a");
  };
  SUBCASE("due on the as-of day: due-soon with 0 days") {
    const Finding f = at("2025-06-30");
    CHECK(status_of(f) == "due-soon");
    CHECK(f.days == 0);
  }
  SUBCASE("due 30 days after the as-of day: due-soon") {
    const Finding f = at("2025-05-31");
    CHECK(status_of(f) == "due-soon");
    CHECK(f.days == -30);
  }
  SUBCASE("due 31 days after the as-of day: pending") {
    const Finding f = at("2025-05-30");
    CHECK(status_of(f) == "pending");
    CHECK(f.days == -31);
  }
  SUBCASE("due the day before the as-of day: overdue by 1") {
    const Finding f = at("2025-07-01");
    CHECK(status_of(f) == "overdue");
    CHECK(f.days == 1);
    CHECK(iso(f.fulfilled) == "null");
  }
  SUBCASE("a narrower window") {
    CHECK(status_of(at("2025-06-23", 7)) == "due-soon");
    CHECK(status_of(at("2025-06-22", 7)) == "pending");
    CHECK(status_of(at("2025-06-30", 0)) == "due-soon");
    CHECK(status_of(at("2025-06-29", 0)) == "pending");
  }
}

// An agency that has ended: who answers, and when nothing is owed any more.
namespace {
namespace ended_agencies {

using namespace plancheck::test;

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

} // namespace ended_agencies
} // namespace

// A successor answering its predecessor's instance.
namespace {
namespace late_successor {

using namespace plancheck::test;

TEST_CASE("check: a successor answers its predecessor's overdue instance late") {
  Fixture fx(k_successor_plan);
  fx.report("2025/so-x-2024.yaml", k_late_from_successor);
  const Finding f = find_one(fx.check(day("2025-09-01")), "yearly", "so-a", 2024);
  CHECK(status_of(f) == "late");
  CHECK(iso(f.fulfilled) == "2025-08-01");
  CHECK(f.days == 235);
  CHECK(joined(f.reports) == "plans/test-plan/reports/2025/so-x-2024.yaml");
}

} // namespace late_successor
} // namespace
