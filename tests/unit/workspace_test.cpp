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
      load_workspace({{"p/plan.yaml", {"p/reports/a.yaml"}, {}, {}, {}, {}}}, files);
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
        load_workspace({{"p/plan.yaml", {"p/reports/b.yaml"}, {}, {}, {}, {}}}, files);
    CHECK(describe(lacking.diagnostics) == "0:0 io.read: cannot read: No such file or directory");
    CHECK(lacking.paths == std::vector<std::string>{"p/plan.yaml", "p/reports/b.yaml"});
    REQUIRE(lacking.plans.front().reports.size() == 1);
    CHECK(lacking.plans.front().reports.front().source == nullptr);
    CHECK(lacking.plans.front().plan);
  }

  SUBCASE("a leading byte order mark and diagnostics point into the file as given") {
    const InMemoryFiles bad{{"plan.yaml", "\xEF\xBB\xBFplancheck: 2\n"}};
    const Workspace with_bom = load_workspace({{"plan.yaml", {}, {}, {}, {}, {}}}, bad);
    CHECK(describe(with_bom.diagnostics).starts_with("1:12 "));
  }
}
