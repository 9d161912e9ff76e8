#include "model/instances.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::plan_of;

namespace {

// A plan whose one duty is due `due`, with `issued` unless empty.
Plan plan_due(std::string_view due, std::string_view issued = "") {
  return plan_of(fmt::format("plancheck: 1\n"
                             "id: p\n"
                             "title: \"P\"\n"
                             "{}"
                             "issuer: u\n"
                             "period: {{from: 2024-01-01, to: 2030-12-31}}\n"
                             "agencies: {{u: {{name: U}}}}\n"
                             "tasks: [{{id: T1, title: t, owners: [u]}}]\n"
                             "duties: [{{id: d, title: t, from: [u], to: [u], due: {}}}]\n",
                             issued.empty() ? "" : fmt::format("issued: {}\n", issued), due));
}

// The instances as "year:due" words, "-" for no year.
std::string describe(const std::vector<Instance>& instances) {
  std::string out;
  for (const Instance& instance : instances) {
    out +=
        fmt::format("{}{}:{}", out.empty() ? "" : " ",
                    instance.year ? std::to_string(*instance.year) : "-", format_iso(instance.due));
  }
  return out;
}

} // namespace

TEST_CASE("duty_instances") {
  SUBCASE("yearly: one per year of the period") {
    const Plan plan = plan_due("{every: year, before: {month: 12, day: 10}}");
    CHECK(describe(duty_instances(plan, plan.duties[0])) ==
          "2024:2024-12-09 2025:2025-12-09 2026:2026-12-09 2027:2027-12-09 2028:2028-12-09 "
          "2029:2029-12-09 2030:2030-12-09");
  }
  SUBCASE("yearly: none before the plan was issued") {
    const Plan plan = plan_due("{every: year, by: {month: 3, day: 31}}", "2024-04-01");
    CHECK(describe(duty_instances(plan, plan.duties[0])) ==
          "2025:2025-03-31 2026:2026-03-31 2027:2027-03-31 2028:2028-03-31 2029:2029-03-31 "
          "2030:2030-03-31");
  }
  SUBCASE("yearly: issued on the last on-time day") {
    const Plan plan = plan_due("{every: year, by: {month: 3, day: 31}}", "2024-03-31");
    CHECK(describe(duty_instances(plan, plan.duties[0])).starts_with("2024:2024-03-31 "));
  }
  SUBCASE("yearly: before 1 January falls in the year before") {
    const Plan plan = plan_due("{every: year, before: {month: 1, day: 1}}");
    CHECK(describe(duty_instances(plan, plan.duties[0])) ==
          "2025:2024-12-31 2026:2025-12-31 2027:2026-12-31 2028:2027-12-31 2029:2028-12-31 "
          "2030:2029-12-31 2031:2030-12-31");
  }
  SUBCASE("yearly: 29 February") {
    const Plan plan = plan_due("{every: year, by: {month: 2, day: 29}}");
    CHECK(describe(duty_instances(plan, plan.duties[0])) ==
          "2024:2024-02-29 2025:2025-02-28 2026:2026-02-28 2027:2027-02-28 2028:2028-02-29 "
          "2029:2029-02-28 2030:2030-02-28");
  }
  SUBCASE("one-off") {
    const Plan plan = plan_due("{within: 2025-Q2}");
    CHECK(describe(duty_instances(plan, plan.duties[0])) == "-:2025-06-30");
  }
  SUBCASE("one-off: none when due before the plan was issued") {
    const Plan plan = plan_due("{by: 2024-03-03}", "2024-03-04");
    CHECK(describe(duty_instances(plan, plan.duties[0])) == "");
  }
  SUBCASE("one-off: due on the day of issue") {
    const Plan plan = plan_due("{by: 2024-03-04}", "2024-03-04");
    CHECK(describe(duty_instances(plan, plan.duties[0])) == "-:2024-03-04");
  }
  SUBCASE("no deadline") {
    Plan plan = plan_due("{by: 2025-01-01}");
    plan.duties[0].due.reset();
    CHECK(duty_instances(plan, plan.duties[0]).empty());
  }
}

// Instances of duties read from a plan.
namespace {
namespace plan_instances {

using namespace plancheck::test;

// The years and last on-time days of the instances of the plan's duty `id`.
std::string instances_of(const Plan& plan, std::string_view id) {
  const Duty* duty = plan.find_duty(id);
  REQUIRE(duty != nullptr);
  std::string text;
  for (const Instance& instance : duty_instances(plan, *duty)) {
    text += (text.empty() ? "" : " ") +
            (instance.year ? std::to_string(*instance.year) : std::string("null")) + ":" +
            format_iso(instance.due);
  }
  return text;
}

const std::string k_agencies = R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
tasks:
  - {id: T1, title: "Nhiệm vụ 1", owners: [so-a]}
)";

TEST_CASE("check instances: one per year of the period, none before `issued`") {
  SUBCASE("issued mid-2024, before 10/12: every year 2024..2030") {
    const Fixture fx(plan_text("issued: 2024-06-01\n" + k_agencies + R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
)"));
    CHECK(instances_of(fx.plan(), "d") ==
          "2024:2024-12-09 2025:2025-12-09 2026:2026-12-09 2027:2027-12-09 2028:2028-12-09 "
          "2029:2029-12-09 2030:2030-12-09");
  }
  SUBCASE("issued mid-2024, by 31/03: the 2024 instance was due before the plan") {
    const Fixture fx(plan_text("issued: 2024-06-01\n" + k_agencies + R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {every: year, by: {month: 3, day: 31}}}
)"));
    CHECK(instances_of(fx.plan(), "d") ==
          "2025:2025-03-31 2026:2026-03-31 2027:2027-03-31 2028:2028-03-31 2029:2029-03-31 "
          "2030:2030-03-31");
  }
  SUBCASE("issued on the deadline itself: that instance is owed") {
    const Fixture fx(plan_text("issued: 2024-03-31\n" + k_agencies + R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {every: year, by: {month: 3, day: 31}}}
)",
                               "2024-01-01", "2025-12-31"));
    CHECK(instances_of(fx.plan(), "d") == "2024:2024-03-31 2025:2025-03-31");
  }
  SUBCASE("without `issued`, by 31/03: every year of the period") {
    const Fixture fx(plan_text(k_agencies + R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {every: year, by: {month: 3, day: 31}}}
)",
                               "2024-01-01", "2026-12-31"));
    CHECK(instances_of(fx.plan(), "d") == "2024:2024-03-31 2025:2025-03-31 2026:2026-03-31");
  }
  SUBCASE("the first and last years count only when their day lies in the period") {
    const std::string duty = R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}}
)";
    CHECK(instances_of(Fixture(plan_text(k_agencies + duty, "2024-12-09", "2026-12-09")).plan(),
                       "d") == "2024:2024-12-09 2025:2025-12-09 2026:2026-12-09");
    CHECK(instances_of(Fixture(plan_text(k_agencies + duty, "2024-12-10", "2026-12-08")).plan(),
                       "d") == "2025:2025-12-09");
  }
  SUBCASE("a one-off duty due before `issued` has no instance") {
    const Fixture fx(plan_text("issued: 2024-06-01\n" + k_agencies + R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {within: 2024-Q1}}
)"));
    CHECK(instances_of(fx.plan(), "d") == "");
  }
  SUBCASE("a one-off duty due on or after `issued` has one instance") {
    const Fixture fx(plan_text("issued: 2024-03-31\n" + k_agencies + R"(duties:
  - {id: d, title: "A", from: [so-a], to: [ubnd], due: {within: 2024-Q1}}
)"));
    CHECK(instances_of(fx.plan(), "d") == "null:2024-03-31");
  }
}

TEST_CASE("duty_instances: deadlines read from the plan resolve as the model says") {
  const Fixture fx(plan_text(k_agencies + R"(duties:
  - {id: d-by, title: "A", from: [so-a], to: [ubnd], due: {by: 2024-06-30}}
  - {id: d-before, title: "B", from: [so-a], to: [ubnd], due: {before: 2024-07-01}}
  - {id: d-quarter, title: "C", from: [so-a], to: [ubnd], due: {within: 2024-Q1}}
  - {id: d-month, title: "D", from: [so-a], to: [ubnd], due: {within: 2028-02}}
  - {id: d-year, title: "E", from: [so-a], to: [ubnd], due: {within: 2024}}
  - {id: d-leap, title: "F", from: [so-a], to: [ubnd], due: {every: year, by: {month: 2, day: 29}}}
)",
                             "2027-01-01", "2028-12-31"));
  CHECK(instances_of(fx.plan(), "d-by") == "null:2024-06-30");
  CHECK(instances_of(fx.plan(), "d-before") == "null:2024-06-30");
  CHECK(instances_of(fx.plan(), "d-quarter") == "null:2024-03-31");
  CHECK(instances_of(fx.plan(), "d-month") == "null:2028-02-29");
  CHECK(instances_of(fx.plan(), "d-year") == "null:2024-12-31");
  CHECK(instances_of(fx.plan(), "d-leap") == "2027:2027-02-28 2028:2028-02-29");
}

} // namespace plan_instances
} // namespace
