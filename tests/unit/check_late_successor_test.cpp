// An instance owed by an agency that has since ended can still be answered,
// late, by the body that took over from it.

#include "check_support.hpp"
#include "validate/report_rules.hpp"

using namespace plancheck;
using namespace plancheck::check_test;

namespace {

const std::string k_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A", until: 2025-06-30, successor: so-x}
  so-x: {name: "Sở X", since: 2025-07-01}
  so-b: {name: "Sở B"}
  so-c: {name: "Sở C"}
tasks:
  - {id: T1, title: "Nhiệm vụ 1", owners: [so-a]}
  - {id: T2, title: "Nhiệm vụ 2", owners: [so-c]}
duties:
  - {id: yearly, title: "Báo cáo năm", from: [so-a, so-b], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
)");

const std::string k_late_from_successor =
    report_text("so-x", "2025-08-01", "duty: yearly\nperiod: 2024\ntasks:\n  T1: {status: done}\n");

} // namespace

TEST_CASE("check: a successor answers its predecessor's overdue instance late") {
  Fixture fx(k_plan);
  fx.report("2025/so-x-2024.yaml", k_late_from_successor);
  const Finding f = find_one(fx.check(day("2025-09-01")), "yearly", "so-a", 2024);
  CHECK(status_of(f) == "late");
  CHECK(iso(f.fulfilled) == "2025-08-01");
  CHECK(f.days == 235);
  CHECK(joined(f.reports) == "plans/test-plan/reports/2025/so-x-2024.yaml");
}

TEST_CASE("check_report_rules: a successor may send its predecessor's instance") {
  Fixture fx(k_plan);
  const auto rules = [&](const std::string& yaml) {
    const SourceFile file("plans/test-plan/reports/r.yaml", yaml);
    Diagnostics diagnostics;
    Reporter reporter(file, diagnostics);
    LoadedReport loaded{&file, load_report(file, reporter)};
    check_report_rules(fx.plan(), {loaded}, diagnostics);
    return errors_text(diagnostics);
  };
  SUBCASE("the successor, after the predecessor ended") {
    CHECK(rules(k_late_from_successor) == "");
  }
  SUBCASE("an agency that took over nothing from the owners") {
    CHECK(rules(report_text("so-c", "2025-08-01", "duty: yearly\nperiod: 2024\n"))
              .find("'so-c' does not owe 'yearly' (2024)") != std::string::npos);
  }
}
