#pragma once

// Helpers for the deadline engine tests: a plan and its reports read from
// YAML strings, checked on an as-of day given by the test.

#include "check/check.hpp"
#include "load/plan_loader.hpp"
#include "load/report_loader.hpp"
#include "model/calendar.hpp"
#include "validate/plan_rules.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

namespace plancheck::check_test {

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

} // namespace plancheck::check_test
