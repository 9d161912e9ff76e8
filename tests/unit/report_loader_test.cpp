#include "load/field_reader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::load_report_text;
using plancheck::test::ymd;

namespace {

// A valid report of six lines; tests append lines from line 7 on.
constexpr std::string_view k_head = "plancheck: 1\n"
                                    "plan: binh-phuoc-cnsh-2024\n"
                                    "agency: dn-so-yt\n"
                                    "duty: annual-department\n"
                                    "number: \"215/BC-SYT\"\n"
                                    "submitted: 2025-12-08\n";

std::string report_with(std::string_view tail) {
  return std::string(k_head) + std::string(tail);
}

} // namespace

TEST_CASE("load_report reads a valid report") {
  const auto loaded = load_report_text(report_with("period: 2025\n"
                                                   "tasks:\n"
                                                   "  II.3.a.3:\n"
                                                   "    status: done\n"
                                                   "    completed: 20/03/2024\n"
                                                   "    note: \"Đã triển khai\"\n"
                                                   "  IV.4: {status: in-progress}\n"
                                                   "  IV.5: {status: not-started}\n"));
  CHECK(describe(loaded.diagnostics) == "");
  REQUIRE(loaded.report);
  const Report& report = *loaded.report;
  CHECK(count_severity(loaded.diagnostics, Severity::error) == 0);
  CHECK(report.path == "reports/2025/so-yt.yaml");
  CHECK(report.pos == SourcePos{1, 1});
  CHECK(report.plan.value == "binh-phuoc-cnsh-2024");
  CHECK(report.agency.value == "dn-so-yt");
  CHECK(report.agency.pos == SourcePos{3, 9});
  REQUIRE(report.duty);
  CHECK(report.duty->value == "annual-department");
  REQUIRE(report.period);
  CHECK(report.period->value == 2025);
  CHECK(report.number.value == "215/BC-SYT");
  CHECK(report.number.pos == SourcePos{5, 9});
  CHECK(report.submitted.value == ymd(2025, 12, 8));
  REQUIRE(report.tasks.size() == 3);
  CHECK(report.tasks[0].task.value == "II.3.a.3");
  CHECK(report.tasks[0].task.pos == SourcePos{9, 3});
  CHECK(report.tasks[0].status.value == TaskStatus::done);
  CHECK(report.tasks[0].note == "Đã triển khai");
  CHECK(report.completed_on(report.tasks[0]) == ymd(2024, 3, 20));
  CHECK(report.tasks[1].status.value == TaskStatus::in_progress);
  CHECK(report.completed_on(report.tasks[1]) == ymd(2025, 12, 8));
  CHECK(report.tasks[2].status.value == TaskStatus::not_started);
}

TEST_CASE("load_report: schema.required") {
  SUBCASE("only the version") {
    const auto loaded = load_report_text("plancheck: 1\n");
    CHECK(describe(loaded.diagnostics) == "1:1 schema.required: missing required key 'plan'\n"
                                          "1:1 schema.required: missing required key 'agency'\n"
                                          "1:1 schema.required: missing required key 'number'\n"
                                          "1:1 schema.required: missing required key 'submitted'");
    REQUIRE(loaded.report);
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("version") {
    const auto loaded = load_report_text(std::string(k_head.substr(13)));
    CHECK(describe(loaded.diagnostics) == "1:1 schema.version: missing required key 'plancheck'");
  }
  SUBCASE("submitted without a value") {
    const auto loaded = load_report_text("plancheck: 1\n"
                                         "plan: p\n"
                                         "agency: so-yt\n"
                                         "number: \"1/BC\"\n"
                                         "submitted:\n");
    CHECK(describe(loaded.diagnostics) == "5:1 schema.required: 'submitted' has no value");
    REQUIRE(loaded.report);
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("status of a task") {
    const auto loaded = load_report_text(report_with("period: 2025\n"
                                                     "tasks:\n"
                                                     "  IV.4: {note: \"x\"}\n"));
    CHECK(describe(loaded.diagnostics) == "9:9 schema.required: missing required key 'status'");
    REQUIRE(loaded.report);
    CHECK(loaded.report->tasks.empty());
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("a task report needs no duty") {
    const auto loaded = load_report_text("plancheck: 1\n"
                                         "plan: p\n"
                                         "agency: so-yt\n"
                                         "number: \"1/BC\"\n"
                                         "submitted: 2025-01-02\n");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.report);
    CHECK(count_severity(loaded.diagnostics, Severity::error) == 0);
    CHECK_FALSE(loaded.report->duty);
  }
}

TEST_CASE("load_report: schema.unknown-key") {
  SUBCASE("top level") {
    const auto loaded = load_report_text(report_with("perod: 2025\n"));
    CHECK(describe(loaded.diagnostics) ==
          "7:1 schema.unknown-key: unknown key 'perod'; did you mean 'period'?");
  }
  SUBCASE("task entry") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: {status: done, notes: x}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:24 schema.unknown-key: unknown key 'notes'; did you mean 'note'?");
  }
}

TEST_CASE("load_report: schema.enum") {
  SUBCASE("status") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: {status: finished}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:18 schema.enum: 'finished' is not one of: done, in-progress, not-started, đã hoàn "
          "thành, hoàn thành, đang thực hiện, chưa thực hiện");
    REQUIRE(loaded.report);
    CHECK(loaded.report->tasks.empty());
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("status in Vietnamese, any case") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4:\n"
                                                     "    status: Hoàn thành\n"
                                                     "  IV.5: {status: đang thực hiện}\n"
                                                     "  IV.6: {status: CHƯA THỰC HIỆN}\n"));
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.report);
    REQUIRE(loaded.report->tasks.size() == 3);
    CHECK(loaded.report->tasks[0].status.value == TaskStatus::done);
    CHECK(loaded.report->tasks[0].status.pos == SourcePos{9, 13});
    CHECK(loaded.report->tasks[1].status.value == TaskStatus::in_progress);
    CHECK(loaded.report->tasks[2].status.value == TaskStatus::not_started);
  }
  SUBCASE("a Vietnamese word that is none of them") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: {status: xong}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:18 schema.enum: 'xong' is not one of: done, in-progress, not-started, đã hoàn "
          "thành, hoàn thành, đang thực hiện, chưa thực hiện");
  }
  SUBCASE("status as a boolean") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: {status: true}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:18 schema.type: 'status' must be text; write it in quotes: \"true\"");
  }
}

TEST_CASE("load_report: completed") {
  SUBCASE("not a day") {
    const auto loaded =
        load_report_text(report_with("tasks:\n"
                                     "  IV.4: {status: done, completed: 2025-02-29}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:35 schema.date: '2025-02-29' is not a day of the calendar");
    REQUIRE(loaded.report);
    CHECK(loaded.report->tasks.empty());
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("not a date") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: {status: done, completed: yes}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:35 schema.date: 'yes' is not a date; write YYYY-MM-DD or DD/MM/YYYY");
  }
}

TEST_CASE("load_report: period") {
  SUBCASE("quoted year") {
    const auto loaded = load_report_text(report_with("period: \"2025\"\n"));
    CHECK(describe(loaded.diagnostics) == "7:9 schema.type: 'period' must be a whole number");
    REQUIRE(loaded.report);
    CHECK_FALSE(loaded.report->period);
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("a range") {
    const auto loaded = load_report_text(report_with("period: 2024-2025\n"));
    CHECK(describe(loaded.diagnostics) == "7:9 schema.type: 'period' must be a whole number");
  }
  SUBCASE("leading zero is decimal") {
    const auto loaded = load_report_text(report_with("period: 02025\n"));
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.report);
    REQUIRE(loaded.report->period);
    CHECK(loaded.report->period->value == 2025);
  }
}

TEST_CASE("load_report: other fields") {
  SUBCASE("number unquoted") {
    const auto loaded = load_report_text("plancheck: 1\n"
                                         "plan: p\n"
                                         "agency: so-yt\n"
                                         "number: 215\n"
                                         "submitted: 2025-01-02\n");
    CHECK(describe(loaded.diagnostics) ==
          "4:9 schema.type: 'number' must be text; write it in quotes: \"215\"");
    REQUIRE(loaded.report);
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("agency with uppercase: kept for the reference check, the report incomplete") {
    const auto loaded = load_report_text("plancheck: 1\n"
                                         "plan: p\n"
                                         "agency: So-YT\n"
                                         "number: \"1\"\n"
                                         "submitted: 2025-01-02\n");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.report);
    CHECK(loaded.report->agency.value == "So-YT");
    CHECK_FALSE(valid_id(loaded.report->agency.value, IdSyntax::name));
  }
  SUBCASE("agency as a list") {
    const auto loaded = load_report_text("plancheck: 1\n"
                                         "plan: p\n"
                                         "agency: [so-yt]\n"
                                         "number: \"1\"\n"
                                         "submitted: 2025-01-02\n");
    CHECK(describe(loaded.diagnostics) == "3:9 schema.type: 'agency' must be text");
  }
}

TEST_CASE("load_report: task map") {
  SUBCASE("tasks as a list") {
    const auto loaded = load_report_text(report_with("tasks: [IV.4]\n"));
    CHECK(describe(loaded.diagnostics) ==
          "7:8 schema.type: 'tasks' must be a mapping of keys to values");
    REQUIRE(loaded.report);
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("entry as a status alone: the shorthand for {status: ...}") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: done\n"
                                                     "  IV.5: đang thực hiện\n"));
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.report);
    REQUIRE(loaded.report->tasks.size() == 2);
    CHECK(loaded.report->tasks[0].task.value == "IV.4");
    CHECK(loaded.report->tasks[0].status.value == TaskStatus::done);
    CHECK(loaded.report->tasks[0].status.pos == SourcePos{8, 9});
    CHECK_FALSE(loaded.report->tasks[0].completed);
    CHECK(loaded.report->tasks[1].status.value == TaskStatus::in_progress);
  }
  SUBCASE("shorthand with a word that is no status") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: xong\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:9 schema.enum: 'xong' is not one of: done, in-progress, not-started, đã hoàn "
          "thành, hoàn thành, đang thực hiện, chưa thực hiện");
    REQUIRE(loaded.report);
    CHECK(loaded.report->tasks.empty());
    CHECK(count_severity(loaded.diagnostics, Severity::error) == 1);
  }
  SUBCASE("entry as a number") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: 5\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:9 schema.type: 'IV.4' must be a mapping of keys to values");
  }
  SUBCASE("task id with a space") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV 4: {status: done}\n"));
    CHECK(describe(loaded.diagnostics) == "8:3 schema.id: 'IV 4' is not a valid task id: use "
                                          "letters, digits, '.', '_' and '-'");
    REQUIRE(loaded.report);
    CHECK(loaded.report->tasks.empty());
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("numeric task id") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  4.1: {status: done}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "8:3 schema.type: 'id' must be text; write it in quotes: \"4.1\"");
  }
  SUBCASE("the same task twice") {
    const auto loaded = load_report_text(report_with("tasks:\n"
                                                     "  IV.4: {status: done}\n"
                                                     "  IV.4: {status: in-progress}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "9:3 yaml.duplicate-key: duplicate key 'IV.4' (first at line 8)");
    REQUIRE(loaded.report);
    REQUIRE(loaded.report->tasks.size() == 1);
    CHECK(loaded.report->tasks[0].status.value == TaskStatus::done);
  }
}

TEST_CASE("load_report: unreadable files") {
  SUBCASE("not YAML") {
    const auto loaded = load_report_text("plancheck: 1\nplan: [\n");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(rule_id(loaded.diagnostics[0].rule) == "yaml.syntax");
    CHECK_FALSE(loaded.report);
  }
  SUBCASE("not UTF-8") {
    const auto loaded = load_report_text("plancheck: 1\nnumber: \"S\xF4\"\n");
    CHECK(describe(loaded.diagnostics) ==
          "2:11 yaml.encoding: byte 0xF4 is not UTF-8; save the file as UTF-8");
    CHECK_FALSE(loaded.report);
  }
  SUBCASE("a scalar") {
    const auto loaded = load_report_text("báo cáo\n");
    CHECK(describe(loaded.diagnostics) ==
          "1:1 schema.type: '(file)' must be a mapping of keys to values");
    CHECK_FALSE(loaded.report);
  }
}
