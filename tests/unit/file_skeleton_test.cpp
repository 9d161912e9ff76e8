#include "render/file_skeleton.hpp"
#include "test_support.hpp"

#include <sstream>

using namespace plancheck;
using namespace plancheck::test;

namespace {

// A task whose title tries to end its comment and add an entry of its own.
const std::string k_hostile = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A\nagency: ubnd", short: "Sở A"}
tasks:
  - {id: T1, title: "Một\n  T9:\n    status: done\n# \u2028x: \u0085y \u202e!", owners: [so-a]}
  - {id: "true", title: "Hai #2", owners: [so-a]}
  - {id: T9, title: "Chín", owners: [ubnd]}
duties:
  - {id: annual, title: "Hằng năm", from: [so-a], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
)");

Obligation owed(const Plan& plan, std::string_view duty, int period, std::string_view agency) {
  for (const Obligation& o : build_obligations(plan)) {
    if (o.id() == duty && o.period == period && o.agency->id.value == agency) {
      return o;
    }
  }
  FAIL("no such obligation");
  return {};
}

std::string filled(std::string text) {
  const std::string empty = "number: \"\"";
  text.replace(text.find(empty), empty.size(), "number: \"1/BC\"");
  return text;
}

} // namespace

TEST_CASE("render_report_skeleton") {
  Fixture fx(k_hostile);
  const Obligation o = owed(fx.plan(), "annual", 2025, "so-a");
  std::ostringstream out;
  render_report_skeleton({&fx.plan(), &o, ymd(2025, 12, 1)}, Lang::en, out);
  CHECK(out.str() == "# Sở A agency: ubnd\n"
                     "# Hằng năm\n"
                     "# Fill in number, and for each task its status: done, in-progress or "
                     "not-started.\n"
                     "plancheck: 1\n"
                     "plan: test-plan\n"
                     "agency: so-a\n"
                     "duty: annual\n"
                     "period: 2025\n"
                     "number: \"\"\n"
                     "submitted: 2025-12-01\n"
                     "tasks:\n"
                     "  # Một   T9:     status: done # <U+2028>x: <U+0085>y <U+202E>!\n"
                     "  # owners: Sở A agency: ubnd\n"
                     "  T1:\n"
                     "    status: not-started\n"
                     "  # Hai #2\n"
                     "  # owners: Sở A agency: ubnd\n"
                     "  \"true\":\n"
                     "    status: not-started\n");
  SUBCASE("it reads back as the report check asks for, and nothing more") {
    fx.report("2025/so-a-annual.yaml", filled(out.str()));
    const CheckResult result = fx.check(ymd(2025, 12, 9));
    const auto it = std::find_if(result.findings.begin(), result.findings.end(),
                                 [](const Finding& f) { return f.obligation.period == 2025; });
    REQUIRE(it != result.findings.end());
    CHECK(it->status == Status::ok);
    REQUIRE(fx.reports().size() == 1);
    CHECK(fx.reports().front()->tasks.size() == 2);
  }
}

TEST_CASE("render_report_skeleton: a task report") {
  Fixture fx(k_hostile);
  Obligation o;
  o.kind = ObligationKind::task;
  o.task = fx.plan().find_task("T9");
  o.agency = fx.plan().find_agency("ubnd");
  std::ostringstream out;
  render_report_skeleton({&fx.plan(), &o, ymd(2025, 3, 1)}, Lang::vi, out);
  CHECK(out.str() == "# UBND tỉnh\n"
                     "# Chín\n"
                     "# Điền số ký hiệu (number) và trạng thái (status) của từng nhiệm vụ: done "
                     "(đã hoàn thành), in-progress (đang thực hiện) hoặc not-started (chưa thực "
                     "hiện).\n"
                     "plancheck: 1\n"
                     "plan: test-plan\n"
                     "agency: ubnd\n"
                     "number: \"\"\n"
                     "submitted: 2025-03-01\n"
                     "tasks:\n"
                     "  # Chín\n"
                     "  # đơn vị chủ trì: UBND tỉnh\n"
                     "  T9:\n"
                     "    status: not-started\n");
  fx.report("2025/ubnd-T9.yaml", filled(out.str()));
}

TEST_CASE("render_decision_skeleton") {
  const Fixture fx(k_hostile);
  const Obligation o = owed(fx.plan(), "annual", 2025, "so-a");
  const Agency* by = fx.plan().find_agency("ubnd");
  SUBCASE("extend") {
    std::ostringstream out;
    render_decision_skeleton({&fx.plan(), &o, by, ymd(2025, 11, 1), false}, Lang::en, out);
    CHECK(out.str() == "# Fill in number, and the new deadlines or the reasons.\n"
                       "plancheck: 1\n"
                       "plan: test-plan\n"
                       "number: \"\"\n"
                       "date: 2025-11-01\n"
                       "by: ubnd\n"
                       "extend:\n"
                       "  # Hằng năm\n"
                       "  - duty: annual\n"
                       "    period: 2025\n"
                       "    agencies: [so-a]\n"
                       "    due: {by: 2025-12-09}  # the deadline now; write the new one\n");
  }
  SUBCASE("waive") {
    std::ostringstream out;
    render_decision_skeleton({&fx.plan(), &o, by, ymd(2025, 11, 1), true}, Lang::en, out);
    CHECK(out.str().ends_with("waive:\n"
                              "  # Hằng năm\n"
                              "  - duty: annual\n"
                              "    period: 2025\n"
                              "    agencies: [so-a]\n"
                              "    reason: \"\"\n"));
  }
}
