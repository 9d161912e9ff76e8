#pragma once

#include "load/plan_loader.hpp"
#include "load/report_loader.hpp"
#include "load/source_file.hpp"
#include "load/workspace.hpp"
#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"
#include "model/message.hpp"
#include "model/rule.hpp"
#include "validate/plan_rules.hpp"
#include "validate/report_rules.hpp"

#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

namespace plancheck::test {

// Return the day y-m-d, which must exist.
inline Day ymd(int y, unsigned m, unsigned d) {
  return Day{date::year{y} / date::month{m} / date::day{d}};
}

// Return `d` as "line:column rule-id: English message", so that one
// comparison checks the position, the rule and the exact wording.
inline std::string describe(const Diagnostic& d) {
  return fmt::format("{}:{} {}: {}", d.pos.line, d.pos.column, rule_id(d.rule),
                     localize(d.message, Lang::en));
}

// Return every diagnostic of `diagnostics` described, one a line, in order.
inline std::string describe(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    if (!out.empty()) {
      out += '\n';
    }
    out += describe(d);
  }
  return out;
}

// What a whole-file check (encoding, nesting) said of a text.
struct CheckedText {
  bool fit = false;
  Diagnostics diagnostics;
};

// Run `check(file, reporter)` on `text` as the file plan.yaml.
template <typename Check> CheckedText check_text_with(std::string text, Check check) {
  const SourceFile file("plan.yaml", std::move(text));
  CheckedText out;
  Reporter reporter(file, out.diagnostics);
  out.fit = check(file, reporter);
  return out;
}

struct ParsedText {
  Diagnostics diagnostics;
  std::optional<YamlNode> root;
};

// Parse `text` as the YAML of a file named plan.yaml.
inline ParsedText parse_text(std::string text) {
  const SourceFile file("plan.yaml", std::move(text));
  ParsedText out;
  Reporter reporter(file, out.diagnostics);
  out.root = parse_yaml(file, reporter);
  return out;
}

struct LoadedPlanText {
  Diagnostics diagnostics;
  std::optional<Plan> plan;
};

// Load `text` as plan.yaml, without the rules that span the whole plan.
inline LoadedPlanText load_plan_text(std::string text) {
  const SourceFile file("plan.yaml", std::move(text));
  LoadedPlanText out;
  Reporter reporter(file, out.diagnostics);
  out.plan = load_plan(file, reporter);
  return out;
}

// Load `text`, which must be a well-formed plan, and return what the plan
// rules say about it.
inline Diagnostics plan_rules_of(std::string text) {
  const SourceFile file("plan.yaml", std::move(text));
  Diagnostics loading;
  Reporter loading_reporter(file, loading);
  const std::optional<Plan> plan = load_plan(file, loading_reporter);
  REQUIRE(describe(loading) == "");
  REQUIRE(plan);
  Diagnostics out;
  Reporter reporter(file, out);
  check_plan_rules(*plan, reporter);
  return out;
}

// Load `text`, which must be a well-formed plan.
inline Plan plan_of(std::string text) {
  LoadedPlanText loaded = load_plan_text(std::move(text));
  REQUIRE(describe(loaded.diagnostics) == "");
  REQUIRE(loaded.plan);
  return std::move(*loaded.plan);
}

struct LoadedReportText {
  Diagnostics diagnostics;
  std::optional<Report> report;
};

// Load `text` as a report file.
inline LoadedReportText load_report_text(std::string text) {
  const SourceFile file("reports/2025/so-yt.yaml", std::move(text));
  LoadedReportText out;
  Reporter reporter(file, out.diagnostics);
  out.report = load_report(file, reporter);
  return out;
}

// Report files held together, as a workspace holds them, for the rules
// that tie reports to their plan.
class ReportSet {
public:
  // Load `text` as the report file `path`; return its loader's diagnostics.
  Diagnostics add(std::string path, std::string text) {
    const SourceFile& file = m_files.emplace_back(std::move(path), std::move(text));
    Diagnostics loading;
    Reporter reporter(file, loading);
    m_reports.push_back(LoadedReport{&file, load_report(file, reporter)});
    return loading;
  }

  // Return what the report rules say about the reports added so far, on
  // `today` when it is given.
  Diagnostics check(const Plan& plan, std::optional<Day> today = std::nullopt) const {
    Diagnostics out;
    check_report_rules(plan, m_reports, out, today);
    return out;
  }

private:
  std::deque<SourceFile> m_files;
  std::vector<LoadedReport> m_reports;
};

} // namespace plancheck::test
