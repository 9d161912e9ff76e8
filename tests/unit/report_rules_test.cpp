#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::plan_of;
using plancheck::test::ReportSet;

namespace {

// In the manner of the 2025 reorganisation: so-yt ended on 2025-06-30 and
// dn-so-yt took over the next day; the district committee ended with no
// successor.
constexpr std::string_view k_plan =
    "plancheck: 1\n"
    "id: p\n"
    "title: \"P\"\n"
    "issued: 2024-03-04\n"
    "issuer: ubnd\n"
    "period: {from: 2024-01-01, to: 2030-12-31}\n"
    "agencies:\n"
    "  ubnd: {name: \"UBND\"}\n"
    "  so-yt: {name: \"Sở Y tế\", until: 2025-06-30, successor: dn-so-yt}\n"
    "  dn-so-yt: {name: \"Sở Y tế Đồng Nai\", since: 2025-07-01}\n"
    "  so-tc: {name: \"Sở Tài chính\"}\n"
    "  ubnd-huyen: {name: \"UBND huyện\", until: 2025-06-30}\n"
    "groups:\n"
    "  so-nganh: {name: \"Các sở\", members: [so-yt, so-tc]}\n"
    "tasks:\n"
    "  - {id: II.1.a, title: \"t1\", owners: [so-nganh]}\n"
    "  - {id: II.2, title: \"t2\", owners: [so-tc, ubnd-huyen], due: {by: 2024-06-30}}\n"
    "duties:\n"
    "  - id: annual\n"
    "    title: \"Hằng năm\"\n"
    "    from: [so-nganh]\n"
    "    to: [ubnd]\n"
    "    due: {every: year, before: {month: 12, day: 10}}\n"
    "  - id: once\n"
    "    title: \"Một lần\"\n"
    "    from: [so-tc]\n"
    "    to: [ubnd]\n"
    "    due: {by: 2024-06-30}\n";

// A report whose `extra` lines start at line 6; the agency is at 3:9.
std::string report(std::string_view agency, std::string_view submitted, std::string_view extra) {
  return fmt::format("plancheck: 1\n"
                     "plan: p\n"
                     "agency: {}\n"
                     "number: \"12/BC\"\n"
                     "submitted: {}\n"
                     "{}",
                     agency, submitted, extra);
}

// What the report rules say about the one report `text`, against `plan`.
std::string check_one(const Plan& plan, std::string text) {
  ReportSet reports;
  const Diagnostics loading = reports.add("reports/r.yaml", std::move(text));
  REQUIRE(describe(loading) == "");
  return describe(reports.check(plan));
}

} // namespace

TEST_CASE("check_report_rules accepts sound reports") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("the successor's yearly report") {
    CHECK(check_one(plan, report("dn-so-yt", "2025-12-08", "duty: annual\nperiod: 2025\n")) == "");
  }
  SUBCASE("the predecessor's yearly report before it ended") {
    CHECK(check_one(plan, report("so-yt", "2024-12-01", "duty: annual\nperiod: 2024\n")) == "");
  }
  SUBCASE("a late report is still owed") {
    CHECK(check_one(plan, report("so-tc", "2031-01-05", "duty: annual\nperiod: 2030\n")) == "");
  }
  SUBCASE("a one-off duty") {
    CHECK(check_one(plan, report("so-tc", "2024-06-30", "duty: once\n")) == "");
  }
  SUBCASE("a one-off duty due before the plan was issued owes nothing") {
    std::string early_plan(k_plan);
    // The last date of the plan is the one-off duty's deadline.
    early_plan.replace(early_plan.rfind("2024-06-30"), 10, "2024-03-01");
    CHECK(check_one(plan_of(early_plan), report("so-tc", "2024-03-05", "duty: once\n")) == "");
  }
  SUBCASE("a task report on its last active day") {
    CHECK(check_one(plan, report("ubnd-huyen", "2025-06-30",
                                 "tasks:\n"
                                 "  II.2: {status: done, completed: 2025-06-30}\n")) == "");
  }
}

TEST_CASE("check_report_rules: report.plan") {
  const Plan plan = plan_of(std::string(k_plan));
  CHECK(check_one(plan, "plancheck: 1\n"
                        "plan: binh-phuoc\n"
                        "agency: so-tc\n"
                        "number: \"1/BC\"\n"
                        "submitted: 2025-01-02\n") ==
        "2:7 report.plan: this report is for plan 'binh-phuoc', but its plan is 'p'");
}

TEST_CASE("check_report_rules: ref.unknown-agency") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("with a suggestion") {
    CHECK(check_one(plan, report("so-tx", "2025-01-02", "")) ==
          "3:9 ref.unknown-agency: unknown agency 'so-tx'; did you mean 'so-tc'?");
  }
  SUBCASE("without a suggestion") {
    CHECK(check_one(plan, report("bo-khcn", "2025-01-02", "duty: annual\nperiod: 2024\n")) ==
          "3:9 ref.unknown-agency: unknown agency 'bo-khcn'");
  }
  SUBCASE("in capitals") {
    CHECK(check_one(plan, report("SO-TC", "2025-01-02", "")) ==
          "3:9 schema.id: 'SO-TC' is not a valid id; did you mean 'so-tc'?");
  }
  SUBCASE("by its name, without diacritics") {
    CHECK(check_one(plan, report("\"So Tai chinh\"", "2025-01-02", "")) ==
          "3:9 schema.id: 'So Tai chinh' is not a valid id; did you mean 'so-tc' (Sở Tài chính)?");
  }
  SUBCASE("malformed, and like nothing") {
    CHECK(
        check_one(plan, report("Bộ KH&CN", "2025-01-02", "")) ==
        "3:9 schema.id: 'Bộ KH&CN' is not a valid id: use lowercase letters, digits, '.' and '-'");
  }
}

TEST_CASE("check_report_rules: ref.group-not-agency") {
  const Plan plan = plan_of(std::string(k_plan));
  CHECK(check_one(plan, report("so-nganh", "2024-12-01", "duty: annual\nperiod: 2024\n")) ==
        "3:9 ref.group-not-agency: 'so-nganh' is a group; name a single agency");
}

TEST_CASE("check_report_rules: ref.unknown-duty") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("with a suggestion") {
    CHECK(check_one(plan, report("so-tc", "2024-12-01", "duty: anual\nperiod: 2024\n")) ==
          "6:7 ref.unknown-duty: unknown duty 'anual'; did you mean 'annual'?");
  }
  SUBCASE("without a suggestion") {
    CHECK(check_one(plan, report("so-tc", "2024-12-01", "duty: quarterly\n")) ==
          "6:7 ref.unknown-duty: unknown duty 'quarterly'");
  }
  SUBCASE("in capitals") {
    CHECK(check_one(plan, report("so-tc", "2024-12-01", "duty: ONCE\n")) ==
          "6:7 schema.id: 'ONCE' is not a valid id; did you mean 'once'?");
  }
}

TEST_CASE("check_report_rules: report.period") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("missing for a yearly duty") {
    CHECK(check_one(plan, report("so-tc", "2024-12-01", "duty: annual\n")) ==
          "6:7 report.period: duty 'annual' is yearly: add 'period' (the year reported on)");
  }
  SUBCASE("given for a one-off duty") {
    CHECK(check_one(plan, report("so-tc", "2024-06-01", "duty: once\nperiod: 2024\n")) ==
          "7:9 report.period: duty 'once' is due once: remove 'period'");
  }
  SUBCASE("given without a duty") {
    CHECK(check_one(plan, report("so-tc", "2024-06-01", "period: 2024\n")) ==
          "6:9 report.period: 'period' goes with 'duty'; a task report has none");
  }
  SUBCASE("a year after the plan's period") {
    CHECK(check_one(plan, report("so-tc", "2031-12-01", "duty: annual\nperiod: 2031\n")) ==
          "7:9 report.period: duty 'annual' is not due for 2031; its years are 2024–2030");
  }
  SUBCASE("a year before the plan's period") {
    CHECK(check_one(plan, report("so-tc", "2023-12-01", "duty: annual\nperiod: 2023\n")) ==
          "7:9 report.period: duty 'annual' is not due for 2023; its years are 2024–2030");
  }
  SUBCASE("a year whose instance falls before the plan was issued") {
    std::string late_plan(k_plan);
    late_plan.replace(late_plan.find("2024-03-04"), 10, "2024-12-20");
    CHECK(check_one(plan_of(late_plan),
                    report("so-tc", "2024-12-21", "duty: annual\nperiod: 2024\n")) ==
          "7:9 report.period: duty 'annual' is not due for 2024; its years are 2025–2030");
  }
}

TEST_CASE("check_report_rules: report.not-owed") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("the predecessor, for a year its successor owes") {
    CHECK(check_one(plan, report("so-yt", "2025-06-15", "duty: annual\nperiod: 2025\n")) ==
          "3:9 report.not-owed: 'so-yt' does not owe 'annual' (2025); it is owed by: dn-so-yt, "
          "so-tc");
  }
  SUBCASE("the predecessor, after it ended: one error, naming the successor") {
    CHECK(check_one(plan, report("so-yt", "2025-12-01", "duty: annual\nperiod: 2025\n")) ==
          "3:9 report.inactive-sender: 'so-yt' no longer existed on 2025-12-01 (it ended on "
          "2025-06-30); its successor is 'dn-so-yt'");
  }
  SUBCASE("a sender that did not exist yet: one error") {
    CHECK(check_one(plan, report("dn-so-yt", "2025-06-30", "duty: annual\nperiod: 2024\n")) ==
          "3:9 report.inactive-sender: 'dn-so-yt' did not exist yet on 2025-06-30 (it began on "
          "2025-07-01)");
  }
  SUBCASE("an agency outside the senders") {
    CHECK(check_one(plan, report("ubnd", "2025-12-01", "duty: annual\nperiod: 2025\n")) ==
          "3:9 report.not-owed: 'ubnd' does not owe 'annual' (2025); it is owed by: dn-so-yt, "
          "so-tc");
  }
  SUBCASE("a one-off duty") {
    CHECK(check_one(plan, report("so-yt", "2024-06-01", "duty: once\n")) ==
          "3:9 report.not-owed: 'so-yt' does not owe 'once'; it is owed by: so-tc");
  }
  SUBCASE("an instance that would go through its sender is owed by nobody") {
    const Plan with_via = plan_of(std::string(k_plan) + "  - id: via-tc\n"
                                                        "    title: \"Qua Sở Tài chính\"\n"
                                                        "    from: [so-nganh]\n"
                                                        "    to: [ubnd]\n"
                                                        "    via: so-tc\n"
                                                        "    due: {by: 2024-12-31}\n");
    CHECK(check_one(with_via, report("so-tc", "2024-12-01", "duty: via-tc\n")) ==
          "3:9 report.not-owed: 'so-tc' does not owe 'via-tc'; it is owed by: so-yt");
    CHECK(check_one(with_via, report("so-yt", "2024-12-01", "duty: via-tc\n")) == "");
  }
}

TEST_CASE("check_report_rules: report.completed") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("completed without status done") {
    CHECK(check_one(plan, report("so-tc", "2025-12-01",
                                 "tasks:\n"
                                 "  II.2: {status: in-progress, completed: 2025-11-01}\n")) ==
          "7:42 report.completed: 'completed' goes with 'status: done' only");
  }
  SUBCASE("completed after submitted") {
    CHECK(check_one(plan, report("so-tc", "2025-12-01",
                                 "tasks:\n"
                                 "  II.2: {status: done, completed: 2025-12-02}\n")) ==
          "7:35 report.completed: 'completed' 2025-12-02 is after 'submitted' 2025-12-01");
  }
  SUBCASE("completed on the day submitted") {
    CHECK(check_one(plan, report("so-tc", "2025-12-01",
                                 "tasks:\n"
                                 "  II.2: {status: done, completed: 01/12/2025}\n")) == "");
  }
}

TEST_CASE("check_report_rules: report.inactive-sender") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("ended: the message names the successor") {
    CHECK(check_one(plan, report("so-yt", "2025-07-01", "")) ==
          "3:9 report.inactive-sender: 'so-yt' no longer existed on 2025-07-01 (it ended on "
          "2025-06-30); its successor is 'dn-so-yt'");
  }
  SUBCASE("ended with no successor") {
    CHECK(check_one(plan, report("ubnd-huyen", "2025-07-01", "")) ==
          "3:9 report.inactive-sender: 'ubnd-huyen' no longer existed on 2025-07-01 (it ended on "
          "2025-06-30)");
  }
  SUBCASE("did not exist yet") {
    CHECK(check_one(plan, report("dn-so-yt", "2025-06-30", "")) ==
          "3:9 report.inactive-sender: 'dn-so-yt' did not exist yet on 2025-06-30 (it began on "
          "2025-07-01)");
  }
}

TEST_CASE("check_report_rules: ref.unknown-task") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("with a suggestion") {
    CHECK(check_one(plan, report("so-tc", "2025-12-01",
                                 "tasks:\n"
                                 "  II.1.b: {status: done}\n")) ==
          "7:3 ref.unknown-task: unknown task 'II.1.b'; did you mean 'II.1.a'?");
  }
  SUBCASE("without a suggestion") {
    CHECK(check_one(plan, report("so-tc", "2025-12-01",
                                 "tasks:\n"
                                 "  IV.4: {status: done}\n"
                                 "  II.2: {status: done}\n")) ==
          "7:3 ref.unknown-task: unknown task 'IV.4'");
  }
  SUBCASE("in lowercase") {
    CHECK(check_one(plan, report("so-tc", "2025-12-01",
                                 "tasks:\n"
                                 "  ii.2: {status: done}\n")) ==
          "7:3 ref.unknown-task: unknown task 'ii.2'; did you mean 'II.2'?");
  }
}

TEST_CASE("check_report_rules: report.duplicate-number") {
  const Plan plan = plan_of(std::string(k_plan));
  ReportSet reports;
  CHECK(describe(reports.add("reports/a.yaml", report("so-tc", "2024-06-01", "duty: once\n"))) ==
        "");
  CHECK(describe(reports.add("reports/b.yaml",
                             report("so-tc", "2024-12-01", "duty: annual\nperiod: 2024\n"))) == "");
  const Diagnostics diagnostics = reports.check(plan);
  REQUIRE(diagnostics.size() == 1);
  CHECK(describe(diagnostics) ==
        "4:9 report.duplicate-number: report number '12/BC' is also used by reports/a.yaml");
  CHECK(diagnostics[0].path == "reports/b.yaml");
  CHECK(diagnostics[0].severity == Severity::warning);
}

TEST_CASE("check_report_rules skips reports that could not be read") {
  const Plan plan = plan_of(std::string(k_plan));
  ReportSet reports;
  CHECK(describe(reports.add("reports/a.yaml", "- not a mapping\n")) ==
        "1:1 schema.type: '(file)' must be a mapping of keys to values");
  CHECK(describe(reports.check(plan)) == "");
}

TEST_CASE("check_report_rules: report.future") {
  const Plan plan = plan_of(std::string(k_plan));
  ReportSet reports;
  REQUIRE(describe(reports.add("reports/r.yaml", report("so-tc", "2026-12-04", ""))) == "");
  const Day today = Day{date::year{2026} / date::November / date::day{30}};
  SUBCASE("submitted after today: a warning at `submitted`") {
    CHECK(describe(reports.check(plan, today)) ==
          "5:12 report.future: 'submitted' is 2026-12-04, after today (2026-11-30): check "
          "ignores this report until that day; is the year right?");
  }
  SUBCASE("on or before today: nothing") {
    CHECK(describe(reports.check(plan, today + date::days{4})) == "");
  }
  SUBCASE("without a today: nothing") {
    CHECK(describe(reports.check(plan)) == "");
  }
}

// A successor sending its predecessor's instance.
namespace {
namespace late_successor {

using namespace plancheck::test;

TEST_CASE("check_report_rules: a successor may send its predecessor's instance") {
  Fixture fx(k_successor_plan);
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

} // namespace late_successor
} // namespace
