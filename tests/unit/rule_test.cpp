#include "model/rule.hpp"

#include <set>
#include <string>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("all_rules") {
  const auto rules = all_rules();
  REQUIRE(rules.size() == static_cast<std::size_t>(Rule::deadline_ok) + 1);
  std::set<std::string_view> ids;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CAPTURE(rules[i].id);
    CHECK(static_cast<std::size_t>(rules[i].rule) == i);
    CHECK(ids.insert(rules[i].id).second);
    // Ids are "area.name", lowercase with dashes.
    CHECK(rules[i].id.find('.') != std::string_view::npos);
    CHECK(rules[i].id.find_first_not_of("abcdefghijklmnopqrstuvwxyz-.") == std::string_view::npos);
    CHECK_FALSE(rules[i].summary_en.empty());
    CHECK_FALSE(rules[i].summary_vi.empty());
    CHECK(rules[i].summary_en != rules[i].summary_vi);
  }
}

TEST_CASE("rule_id") {
  CHECK(rule_id(Rule::yaml_duplicate_key) == "yaml.duplicate-key");
  CHECK(rule_id(Rule::schema_unknown_key) == "schema.unknown-key");
  CHECK(rule_id(Rule::report_inactive_sender) == "report.inactive-sender");
  CHECK(rule_id(Rule::deadline_due_soon) == "deadline.due-soon");
}

TEST_CASE("rule severities") {
  CHECK(all_rules()[static_cast<std::size_t>(Rule::yaml_syntax)].severity == Severity::error);
  CHECK(all_rules()[static_cast<std::size_t>(Rule::plan_orphan_task)].severity ==
        Severity::warning);
  CHECK(all_rules()[static_cast<std::size_t>(Rule::plan_unused_agency)].severity ==
        Severity::warning);
  CHECK(all_rules()[static_cast<std::size_t>(Rule::report_duplicate_number)].severity ==
        Severity::warning);
  CHECK(all_rules()[static_cast<std::size_t>(Rule::deadline_late)].severity == Severity::finding);
}

TEST_CASE("rule_summary") {
  CHECK(rule_summary(Rule::yaml_tab, Lang::en) ==
        "a tab character; YAML files are indented with spaces");
  CHECK(rule_summary(Rule::yaml_tab, Lang::vi) == "ký tự tab; tệp YAML thụt lề bằng dấu cách");
}
