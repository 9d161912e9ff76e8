#include "load/decision_loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::ymd;

namespace {

// A decision's first five lines; tests append `extend` and `waive` from line 6 on.
constexpr std::string_view k_head = "plancheck: 1\n"
                                    "plan: p\n"
                                    "number: \"1234/UBND-KGVX\"\n"
                                    "date: 2025-01-10\n"
                                    "by: ubnd\n";

struct LoadedDecisionText {
  Diagnostics diagnostics;
  std::optional<Decision> decision;
};

LoadedDecisionText load_decision_text(std::string text) {
  const SourceFile file("decisions/2025/1234.yaml", std::move(text));
  LoadedDecisionText out;
  Reporter reporter(file, out.diagnostics);
  out.decision = load_decision(file, reporter);
  return out;
}

LoadedDecisionText with(std::string_view tail) {
  return load_decision_text(std::string(k_head) + std::string(tail));
}

} // namespace

TEST_CASE("load_decision reads a valid decision") {
  const auto loaded = with("extend:\n"
                           "  - duty: annual\n"
                           "    period: 2024\n"
                           "    agencies: [so-tnmt, cap-huyen]\n"
                           "    due: {by: 15/01/2025}\n"
                           "  - {task: II.1.a, due: {within: 2025-Q2}}\n"
                           "waive:\n"
                           "  - task: II.1.a\n"
                           "    agencies: [cap-huyen]\n"
                           "    reason: \"Đã lồng ghép\"\n");
  CHECK(describe(loaded.diagnostics) == "");
  REQUIRE(loaded.decision);
  const Decision& d = *loaded.decision;
  CHECK(count_severity(loaded.diagnostics, Severity::error) == 0);
  CHECK(d.path == "decisions/2025/1234.yaml");
  CHECK(d.pos == SourcePos{1, 1});
  CHECK(d.plan.value == "p");
  CHECK(d.number.value == "1234/UBND-KGVX");
  CHECK(d.number.pos == SourcePos{3, 9});
  CHECK(d.date.value == ymd(2025, 1, 10));
  CHECK(d.date.pos == SourcePos{4, 7});
  CHECK(d.by.value == "ubnd");
  REQUIRE(d.items.size() == 3);

  const DecisionItem& first = d.items[0];
  CHECK(first.action == DecisionAction::extend);
  CHECK(first.pos == SourcePos{7, 5});
  REQUIRE(first.duty);
  CHECK(first.duty->value == "annual");
  CHECK_FALSE(first.task);
  REQUIRE(first.period);
  CHECK(first.period->value == 2024);
  CHECK(first.period->pos == SourcePos{8, 13});
  REQUIRE(first.agencies.size() == 2);
  CHECK(first.agencies[1].value == "cap-huyen");
  CHECK(first.agencies[1].pos == SourcePos{9, 25});
  REQUIRE(first.due);
  CHECK(last_on_time_day(first.due->value) == ymd(2025, 1, 15));

  const DecisionItem& second = d.items[1];
  CHECK(second.pos == SourcePos{11, 5});
  REQUIRE(second.task);
  CHECK(second.task->value == "II.1.a");
  CHECK(second.agencies.empty());
  REQUIRE(second.due);
  CHECK(last_on_time_day(second.due->value) == ymd(2025, 6, 30));

  const DecisionItem& third = d.items[2];
  CHECK(third.action == DecisionAction::waive);
  CHECK(third.pos == SourcePos{13, 5});
  CHECK(third.reason == "Đã lồng ghép");
  CHECK_FALSE(third.due);
}

TEST_CASE("load_decision: required keys") {
  SUBCASE("only the version") {
    const auto loaded = load_decision_text("plancheck: 1\n");
    CHECK(describe(loaded.diagnostics) ==
          "1:1 schema.required: missing required key 'plan'\n"
          "1:1 schema.required: missing required key 'number'\n"
          "1:1 schema.required: missing required key 'date'\n"
          "1:1 schema.required: missing required key 'by'\n"
          "1:1 schema.required: a decision needs 'extend' or 'waive'");
    REQUIRE(loaded.decision);
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("neither extend nor waive") {
    const auto loaded = with("");
    CHECK(describe(loaded.diagnostics) ==
          "1:1 schema.required: a decision needs 'extend' or 'waive'");
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("an extension without a new deadline") {
    const auto loaded = with("extend:\n  - {duty: annual}\n");
    CHECK(describe(loaded.diagnostics) == "7:5 schema.required: missing required key 'due'");
    CHECK(loaded.decision->items.empty());
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
  }
  SUBCASE("a waiver without a reason") {
    const auto loaded = with("waive:\n  - task: II.2\n");
    CHECK(describe(loaded.diagnostics) == "7:5 schema.required: missing required key 'reason'");
  }
  SUBCASE("neither duty nor task") {
    const auto loaded = with("waive:\n  - {agencies: [so-yt], reason: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) ==
          "7:5 schema.required: an entry names exactly one of 'duty' and 'task'");
    CHECK(loaded.decision->items.empty());
  }
  SUBCASE("both duty and task") {
    const auto loaded = with("waive:\n  - {duty: annual, task: II.2, reason: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) ==
          "7:5 schema.required: an entry names exactly one of 'duty' and 'task'");
  }
  SUBCASE("a reason with no value") {
    const auto loaded = with("waive:\n  - task: II.2\n    reason:\n");
    CHECK(describe(loaded.diagnostics) == "8:5 schema.required: 'reason' has no value");
  }
}

TEST_CASE("load_decision: shapes") {
  SUBCASE("an unknown key, with a suggestion") {
    const auto loaded = with("waive:\n  - {task: II.2, reasons: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) ==
          "7:18 schema.unknown-key: unknown key 'reasons'; did you mean 'reason'?\n"
          "7:5 schema.required: missing required key 'reason'");
  }
  SUBCASE("a reason on an extension") {
    const auto loaded = with("extend:\n  - {task: II.2, due: {by: 2025-02-01}, reason: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) == "7:41 schema.unknown-key: unknown key 'reason'");
  }
  SUBCASE("a yearly new deadline") {
    const auto loaded =
        with("extend:\n  - duty: annual\n    due: {every: year, by: {month: 12, day: 30}}\n");
    CHECK(describe(loaded.diagnostics) ==
          "8:11 schema.value: a new deadline is one day and cannot repeat; 'every' is for duties");
  }
  SUBCASE("a date that does not exist") {
    const auto loaded = with("extend:\n  - {task: II.2, due: {by: 2025-02-30}}\n");
    CHECK(describe(loaded.diagnostics) ==
          "7:28 schema.date: '2025-02-30' is not a day of the calendar");
  }
  SUBCASE("a decision date in the wrong form") {
    const auto loaded = load_decision_text("plancheck: 1\nplan: p\nnumber: \"1\"\n"
                                           "date: 10.01.2025\nby: ubnd\n"
                                           "waive: [{task: II.2, reason: \"x\"}]\n");
    CHECK(describe(loaded.diagnostics) ==
          "4:7 schema.date: '10.01.2025' is not a date; write YYYY-MM-DD or DD/MM/YYYY");
    CHECK(count_severity(loaded.diagnostics, Severity::error) > 0);
    CHECK(loaded.decision->items.size() == 1);
  }
  SUBCASE("a number that is not quoted") {
    const auto loaded = load_decision_text("plancheck: 1\nplan: p\nnumber: 1234\n"
                                           "date: 2025-01-10\nby: ubnd\n"
                                           "waive: [{task: II.2, reason: \"x\"}]\n");
    CHECK(describe(loaded.diagnostics) ==
          "3:9 schema.type: 'number' must be text; write it in quotes: \"1234\"");
  }
  SUBCASE("an empty list") {
    const auto loaded = with("waive: []\n");
    CHECK(describe(loaded.diagnostics) == "6:8 schema.value: 'waive' must list at least one item");
  }
  SUBCASE("a list that is a mapping") {
    const auto loaded = with("waive: {task: II.2, reason: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) == "6:8 schema.type: 'waive' must be a list");
  }
  SUBCASE("an entry that is not a mapping") {
    const auto loaded = with("extend:\n  - II.2\n");
    CHECK(describe(loaded.diagnostics) ==
          "7:5 schema.type: 'extend' must be a mapping of keys to values");
  }
  SUBCASE("agencies that are not a list, or an empty one") {
    const auto loaded = with("waive:\n"
                             "  - {task: II.2, agencies: so-yt, reason: \"x\"}\n"
                             "  - {task: II.2, agencies: [], reason: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) ==
          "7:28 schema.type: 'agencies' must be a list\n"
          "8:28 schema.value: 'agencies' must list at least one item");
    CHECK(loaded.decision->items.empty());
  }
  SUBCASE("a period that is not a year number") {
    const auto loaded = with("waive:\n  - {duty: annual, period: \"2024\", reason: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) == "7:28 schema.type: 'period' must be a whole number");
  }
  SUBCASE("a reference of any form is kept for the reference check to suggest what it means") {
    const auto loaded =
        with("waive:\n  - {duty: Annual, agencies: [\"Sở Y tế\"], reason: \"x\"}\n");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.decision->items.size() == 1);
    CHECK(loaded.decision->items[0].duty->value == "Annual");
    CHECK(loaded.decision->items[0].agencies[0].value == "Sở Y tế");
  }
}
