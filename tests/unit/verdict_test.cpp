// The verdict on a finding: whether it fails the run under --fail-on, and
// at what level CI outputs show it.

#include "check/verdict.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

TEST_CASE("verdict_of: error from the --fail-on status up, else warning from late up") {
  struct Row {
    Status status;
    std::optional<Status> fail_on;
    Verdict verdict;
  };
  const Row rows[] = {
      {Status::overdue, Status::overdue, Verdict::error},
      {Status::incomplete, Status::overdue, Verdict::warning},
      {Status::late, Status::overdue, Verdict::warning},
      {Status::due_soon, Status::overdue, Verdict::note},
      {Status::late, Status::late, Verdict::error},
      {Status::due_soon, Status::late, Verdict::note},
      {Status::due_soon, Status::due_soon, Verdict::error},
      {Status::pending, Status::due_soon, Verdict::note},
      {Status::waived, Status::lapsed, Verdict::error},
      {Status::lapsed, Status::lapsed, Verdict::error},
      {Status::ok, Status::lapsed, Verdict::note},
      {Status::ok, Status::ok, Verdict::error},
      {Status::overdue, std::nullopt, Verdict::warning},
      {Status::late, std::nullopt, Verdict::warning},
      {Status::pending, std::nullopt, Verdict::note},
  };
  for (const Row& row : rows) {
    CAPTURE(status_id(row.status));
    CAPTURE(row.fail_on ? status_id(*row.fail_on) : "never");
    CHECK(verdict_of(row.status, row.fail_on) == row.verdict);
    CHECK(fails(verdict_of(row.status, row.fail_on)) == (row.verdict == Verdict::error));
  }
}

TEST_CASE("check_plans gives each listed finding its verdict and counts the failures") {
  Fixture fx(plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
tasks:
  - {id: T-old, title: "Quá hạn", owners: [so-a], due: {by: 2025-01-31}}
  - {id: T-soon, title: "Sắp đến hạn", owners: [so-a], due: {by: 2025-06-30}}
  - {id: T-far, title: "Còn xa", owners: [so-a], due: {by: 2025-12-31}}
)"));
  const Day as_of = day("2025-06-20");

  SUBCASE("--fail-on overdue") {
    const CheckResult result = check_plans(fx.inputs(), as_of, k_default_within_days, {},
                                           Listing{true, {}}, Status::overdue);
    CHECK(find_one(result, "T-old", "so-a").verdict == Verdict::error);
    CHECK(find_one(result, "T-soon", "so-a").verdict == Verdict::note);
    CHECK(find_one(result, "T-far", "so-a").verdict == Verdict::note);
    CHECK(result.failures == 1);
  }
  SUBCASE("--fail-on due-soon") {
    const CheckResult result = check_plans(fx.inputs(), as_of, k_default_within_days, {},
                                           Listing{true, {}}, Status::due_soon);
    CHECK(find_one(result, "T-soon", "so-a").verdict == Verdict::error);
    CHECK(find_one(result, "T-far", "so-a").verdict == Verdict::note);
    CHECK(result.failures == 2);
  }
  SUBCASE("--fail-on never: nothing fails, overdue is a warning") {
    const CheckResult result =
        check_plans(fx.inputs(), as_of, k_default_within_days, {}, Listing{true, {}});
    CHECK(find_one(result, "T-old", "so-a").verdict == Verdict::warning);
    CHECK(result.failures == 0);
  }
  SUBCASE("only listed findings count: an unlisted overdue one fails nothing") {
    const CheckResult result = check_plans(fx.inputs(), as_of, k_default_within_days, {},
                                           Listing{false, {Status::due_soon}}, Status::overdue);
    CHECK(result.counts[static_cast<std::size_t>(Status::overdue)] == 1);
    CHECK(result.failures == 0);
  }
}
