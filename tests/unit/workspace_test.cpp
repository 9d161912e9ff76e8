#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;

namespace {

constexpr std::string_view k_plan = "plancheck: 1\n"
                                    "id: p\n"
                                    "title: \"Kế hoạch\"\n"
                                    "issuer: a\n"
                                    "period: {from: 2024-01-01, to: 2024-12-31}\n"
                                    "agencies: {a: {name: \"UBND\"}}\n"
                                    "tasks: [{id: T, title: \"Việc\", owners: [a]}]\n";

constexpr std::string_view k_report = "plancheck: 1\n"
                                      "plan: p\n"
                                      "agency: a\n"
                                      "number: \"1/BC\"\n"
                                      "submitted: 2024-05-06\n";

} // namespace

TEST_CASE("load_workspace loads files held in memory as it loads files on disk") {
  const InMemoryFiles files{{"p/plan.yaml", std::string(k_plan)},
                            {"p/reports/a.yaml", std::string(k_report)}};
  const Workspace ws =
      load_workspace({{"p/plan.yaml", {"p/reports/a.yaml"}, {}, {}, {}, {}}}, files, 1);
  CHECK(describe(ws.diagnostics) == "");
  CHECK(ws.paths == std::vector<std::string>{"p/plan.yaml", "p/reports/a.yaml"});
  REQUIRE(ws.plans.size() == 1);
  const LoadedPlan& loaded = ws.plans.front();
  REQUIRE(loaded.plan);
  CHECK(loaded.plan->id.value == "p");
  REQUIRE(loaded.source != nullptr);
  CHECK(loaded.source->path() == "p/plan.yaml");
  REQUIRE(loaded.reports.size() == 1);
  REQUIRE(loaded.reports.front().report);
  CHECK(loaded.reports.front().report->number.value == "1/BC");
  CHECK(loaded.reports.front().source->line(4) == "number: \"1/BC\"");

  SUBCASE("a file it lacks is one that cannot be read") {
    const Workspace lacking =
        load_workspace({{"p/plan.yaml", {"p/reports/b.yaml"}, {}, {}, {}, {}}}, files, 1);
    CHECK(describe(lacking.diagnostics) == "0:0 io.read: cannot read: No such file or directory");
    CHECK(lacking.paths == std::vector<std::string>{"p/plan.yaml", "p/reports/b.yaml"});
    REQUIRE(lacking.plans.front().reports.size() == 1);
    CHECK(lacking.plans.front().reports.front().source == nullptr);
    CHECK(lacking.plans.front().plan);
  }

  SUBCASE("a leading byte order mark and diagnostics point into the file as given") {
    const InMemoryFiles bad{{"plan.yaml", "\xEF\xBB\xBFplancheck: 2\n"}};
    const Workspace with_bom = load_workspace({{"plan.yaml", {}, {}, {}, {}, {}}}, bad, 1);
    CHECK(describe(with_bom.diagnostics).starts_with("1:12 "));
  }
}

TEST_CASE("load_workspace keeps files and diagnostics in file order whatever the jobs") {
  // Reports good and bad, one missing, a decision and a request, in two plans:
  // loaded at once, they must still be kept, and told, in the order listed.
  InMemoryFiles files{{"p/plan.yaml", std::string(k_plan)},
                      {"q/plan.yaml", "plancheck: 1\nid: [q\n"},
                      {"p/decisions/d.yaml", "plancheck: 1\nplan: p\nnumber: 7\n"},
                      {"p/requests/r.yaml", "plancheck: 1\nplan: p\nduties: 3\n"}};
  std::vector<std::string> reports;
  for (int i = 0; i < 40; ++i) {
    const std::string path = "p/reports/" + std::to_string(100 + i) + ".yaml";
    reports.push_back(path);
    if (i % 13 == 5) {
      continue; // listed, not there
    }
    files[path] = i % 3 == 0 ? std::string(k_report)
                             : "plancheck: 1\nplan: p\nagency: [a\nnumber: " + std::to_string(i);
  }
  const std::vector<PlanTarget> targets{
      {"p/plan.yaml", reports, {}, {}, {"p/decisions/d.yaml"}, {"p/requests/r.yaml"}},
      {"q/plan.yaml", {"q/reports/x.yaml"}, {}, {}, {}, {}}};
  // Every diagnostic with its path, one a line.
  const auto told = [](const Workspace& ws) {
    std::string out;
    for (const Diagnostic& d : ws.diagnostics) {
      out += d.path + " " + describe(d) + "\n";
    }
    return out;
  };
  const Workspace one = load_workspace(targets, files, 1);
  REQUIRE(one.diagnostics.size() > 20);
  CHECK(one.paths.size() == 45);
  for (const std::size_t jobs : {2U, 4U, 16U}) {
    CAPTURE(jobs);
    const Workspace many = load_workspace(targets, files, jobs);
    CHECK(told(many) == told(one));
    CHECK(many.paths == one.paths);
    REQUIRE(many.plans.size() == 2);
    REQUIRE(many.plans.front().reports.size() == reports.size());
    for (std::size_t i = 0; i < reports.size(); ++i) {
      const LoadedReport& report = many.plans.front().reports[i];
      CHECK((report.source == nullptr ? "" : report.source->path()) ==
            (i % 13 == 5 ? "" : reports[i]));
      CHECK(report.report.has_value() == one.plans.front().reports[i].report.has_value());
    }
    CHECK(many.plans.front().decisions.size() == 1);
    CHECK(many.plans.front().requests.size() == 1);
    CHECK(many.files.size() == one.files.size());
  }
}
