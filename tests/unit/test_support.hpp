#pragma once

// What the unit tests share: files read from strings, diagnostics written
// as one line each, a plan and its reports checked on an as-of day given by
// the test, and a fake environment.

#include "check/check.hpp"
#include "cli/environment.hpp"
#include "load/plan_loader.hpp"
#include "load/report_loader.hpp"
#include "load/source_file.hpp"
#include "load/workspace.hpp"
#include "load/yaml_tree.hpp"
#include "model/calendar.hpp"
#include "model/diagnostic.hpp"
#include "model/message.hpp"
#include "model/rule.hpp"
#include "validate/plan_rules.hpp"
#include "validate/report_rules.hpp"

#include <algorithm>
#include <deque>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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

// The deadline engine: a plan and its reports read from YAML strings,
// checked on an as-of day given by the test.

// Return the day written `text` (YYYY-MM-DD).
inline Day day(std::string_view text) {
  const ParsedDate parsed = parse_date(text);
  REQUIRE_MESSAGE(parsed.day.has_value(), "not a date: ", std::string(text));
  return *parsed.day;
}

// Return every error in `diagnostics`, one line each, for failure messages.
inline std::string errors_text(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error) {
      text +=
          d.path + ":" + std::to_string(d.pos.line) + ": " + localize(d.message, Lang::en) + "\n";
    }
  }
  return text;
}

// The top of a plan over `from`..`to`, issued by `ubnd`; `body` adds the
// other top-level keys (agencies, groups, tasks, duties, issued).
inline std::string plan_text(std::string_view body, std::string_view from = "2024-01-01",
                             std::string_view to = "2030-12-31") {
  std::string text = "plancheck: 1\nid: test-plan\ntitle: Test plan\nissuer: ubnd\n";
  text += "period: {from: " + std::string(from) + ", to: " + std::string(to) + "}\n";
  text += body;
  return text;
}

// A plan read from YAML with the reports sent for it, all in memory.
class Fixture {
public:
  // Read `plan_yaml`, requiring it to be well-formed and free of plan errors.
  explicit Fixture(const std::string& plan_yaml) {
    const SourceFile file("plans/test-plan/plan.yaml", plan_yaml);
    Diagnostics diagnostics;
    Reporter reporter(file, diagnostics);
    std::optional<Plan> loaded = load_plan(file, reporter);
    REQUIRE(loaded.has_value());
    m_plan = std::make_unique<Plan>(std::move(*loaded));
    m_plan->index();
    check_plan_rules(*m_plan, reporter);
    INFO(errors_text(diagnostics));
    REQUIRE(count_severity(diagnostics, Severity::error) == 0);
  }

  // Add the report `yaml` found at `path` (below the plan's reports/ folder).
  Fixture& report(const std::string& path, const std::string& yaml) {
    const SourceFile file("plans/test-plan/reports/" + path, yaml);
    Diagnostics diagnostics;
    Reporter reporter(file, diagnostics);
    std::optional<Report> loaded = load_report(file, reporter);
    REQUIRE(loaded.has_value());
    INFO(errors_text(diagnostics));
    REQUIRE(count_severity(diagnostics, Severity::error) == 0);
    REQUIRE(diagnostics.empty());
    m_reports.push_back(std::make_unique<Report>(std::move(*loaded)));
    return *this;
  }

  const Plan& plan() const { return *m_plan; }

  std::vector<const Report*> reports() const {
    std::vector<const Report*> out;
    for (const auto& r : m_reports) {
      out.push_back(r.get());
    }
    return out;
  }

  std::vector<PlanInput> inputs() const { return {PlanInput{m_plan.get(), reports(), {}}}; }

  // Check every obligation on `as_of`, listing all of them unless told otherwise.
  CheckResult check(Day as_of, const Selection& selection = {},
                    const Listing& listing = Listing{true, {}},
                    int within_days = k_default_within_days) const {
    return check_plans(inputs(), as_of, within_days, selection, listing);
  }

private:
  std::unique_ptr<Plan> m_plan;
  std::vector<std::unique_ptr<Report>> m_reports;
};

// The text of a report of `agency` submitted on `submitted`; `rest` adds
// duty, period and tasks.
inline std::string report_text(std::string_view agency, std::string_view submitted,
                               std::string_view rest = "", std::string_view number = "1/BC") {
  std::string text = "plancheck: 1\nplan: test-plan\nagency: " + std::string(agency) +
                     "\nnumber: \"" + std::string(number) +
                     "\"\nsubmitted: " + std::string(submitted) + "\n";
  text += rest;
  return text;
}

// Return the findings about `id` owed by `agency` for `period` (nullopt: a
// one-off), of either kind, in output order.
inline std::vector<const Finding*> find_all(const CheckResult& result, std::string_view id,
                                            std::string_view agency,
                                            std::optional<int> period = std::nullopt) {
  std::vector<const Finding*> out;
  for (const Finding& f : result.findings) {
    if (f.obligation.id() == id && f.obligation.agency->id.value == agency &&
        f.obligation.period == period) {
      out.push_back(&f);
    }
  }
  return out;
}

// Return (a copy of) the one finding about `id` owed by `agency` for `period`.
inline Finding find_one(const CheckResult& result, std::string_view id, std::string_view agency,
                        std::optional<int> period = std::nullopt) {
  const std::vector<const Finding*> found = find_all(result, id, agency, period);
  INFO("finding ", std::string(id), " of ", std::string(agency), " period ",
       period ? std::to_string(*period) : std::string("null"));
  REQUIRE(found.size() == 1);
  return *found.front();
}

// Return the ids of the agencies of `obligations` about `id` for `period`, in order.
inline std::vector<std::string> owing_agencies(const std::vector<Obligation>& obligations,
                                               std::string_view id,
                                               std::optional<int> period = std::nullopt) {
  std::vector<std::string> out;
  for (const Obligation& o : obligations) {
    if (o.id() == id && o.period == period) {
      out.push_back(o.agency->id.value);
    }
  }
  return out;
}

// Return the ids of `tasks`, in order.
inline std::vector<std::string> task_ids(const std::vector<const Task*>& tasks) {
  std::vector<std::string> out;
  for (const Task* t : tasks) {
    out.push_back(t->id.value);
  }
  return out;
}

// Return the ids of `agencies`, in order.
inline std::vector<std::string> agency_ids(const std::vector<const Agency*>& agencies) {
  std::vector<std::string> out;
  for (const Agency* a : agencies) {
    out.push_back(a->id.value);
  }
  return out;
}

// Return the days as YYYY-MM-DD, or "null", so that failures read well.
inline std::string iso(std::optional<Day> d) {
  return d ? format_iso(*d) : std::string("null");
}

// Return `items` joined by single spaces, so that failures read well.
inline std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : " ") + item;
  }
  return text;
}

// Return the name of `status` ("due-soon", ...).
inline std::string status_of(const Finding& f) {
  return std::string(status_id(f.status));
}

// Plans that the tests of several sources check.

// so-a and so-b merge into so-x on 2025-03-01; so-d is dissolved after
// 2025-06-30; so-c goes on.
inline const std::string k_merger = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A", until: 2025-02-28, successor: so-x}
  so-b: {name: "Sở B", until: 2025-02-28, successor: so-x}
  so-x: {name: "Sở X", since: 2025-03-01}
  so-c: {name: "Sở C"}
  so-d: {name: "Sở D", until: 2025-06-30}
groups:
  all-four: {name: "Bốn sở", members: [so-a, so-b, so-c, so-x]}
  a-and-c: {name: "A và C", members: [so-a, so-c]}
tasks:
  - {id: T1, title: "Của B", owners: [so-b]}
  - {id: T2, title: "Của A", owners: [so-a]}
  - {id: T3, title: "Của X", owners: [so-x]}
  - {id: T4, title: "Của C", owners: [so-c]}
  - {id: T5, title: "Chung A và B", owners: [so-a, so-b]}
  - {id: T6, title: "D đúng hạn", owners: [so-d], due: {by: 2025-06-30}}
  - {id: T7, title: "D sau giải thể", owners: [so-d], due: {by: 2025-07-01}}
  - {id: T8, title: "Nhóm A và C", owners: [a-and-c], due: {by: 2025-12-31}}
  - {id: T9, title: "Của A, trước sáp nhập", owners: [so-a], due: {by: 2025-01-31}}
duties:
  - {id: annual, title: "Hằng năm", from: [so-a, so-b], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
  - {id: with-x, title: "Cả X", from: [so-a, so-x], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
  - {id: dissolved, title: "Sở D", from: [so-d], to: [ubnd], due: {every: year, by: {month: 6, day: 30}}}
  - {id: grouped, title: "Nhóm", from: [all-four], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
  - {id: small-group, title: "Nhóm nhỏ", from: [a-and-c], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
)",
                                              "2024-01-01", "2026-12-31");

// so-a ends on 2025-06-30 and so-x takes over from it; so-b and so-c go on.
inline const std::string k_successor_plan = plan_text(R"(agencies:
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

// A report from so-x, sent late for the 2024 instance so-a owed.
inline const std::string k_late_from_successor =
    report_text("so-x", "2025-08-01", "duty: yearly\nperiod: 2024\ntasks:\n  T1: {status: done}\n");

// The environment.

// The variables fake_getenv sees; a test sets what it needs and clears it after.
inline std::map<std::string, std::string>& fake_variables() {
  static std::map<std::string, std::string> variables;
  return variables;
}

// A GetEnv over fake_variables(), so that no test reads the real environment.
inline const char* fake_getenv(const char* name) {
  const auto it = fake_variables().find(name);
  return it == fake_variables().end() ? nullptr : it->second.c_str();
}

// Set the fake environment to `variables` for the life of this object.
class FakeEnvironment {
public:
  explicit FakeEnvironment(std::map<std::string, std::string> variables) {
    fake_variables() = std::move(variables);
  }
  FakeEnvironment(std::initializer_list<std::pair<const std::string, std::string>> variables)
      : FakeEnvironment(std::map<std::string, std::string>(variables)) {}
  ~FakeEnvironment() { fake_variables().clear(); }
  FakeEnvironment(const FakeEnvironment&) = delete;
  FakeEnvironment& operator=(const FakeEnvironment&) = delete;

  // The environment commands convert their arguments with.
  Environment env() const { return {fake_getenv, {}, 2}; }
};

} // namespace plancheck::test
