// Which obligations are considered and listed, how they are counted, and in
// what order they come out.

#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

// so-a passes its work to so-x on 2025-03-01; group g holds so-c.
const std::string k_selection = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A", until: 2025-02-28, successor: so-x}
  so-x: {name: "Sở X", since: 2025-03-01}
  so-c: {name: "Sở C"}
groups:
  g: {name: "Nhóm C", members: [so-c]}
tasks:
  - {id: T1, title: "A 2024", owners: [so-a], due: {by: 2024-06-30}}
  - {id: T2, title: "C 2025", owners: [so-c], due: {by: 2025-06-30}}
  - {id: T3, title: "X", owners: [so-x]}
duties:
  - {id: d1, title: "Hằng năm", from: [so-a, so-c], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}}
)",
                                          "2024-01-01", "2025-12-31");

// Thirteen obligations with every status on 2025-12-20 (see the test).
const std::string k_order = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
  so-b: {name: "Sở B"}
  so-c: {name: "Sở C"}
tasks:
  - {id: T0, title: "Chung", owners: [so-a, so-b, so-c]}
  - {id: T9, title: "B", owners: [so-b], due: {by: 2025-06-30}}
  - {id: A0, title: "C", owners: [so-c], due: {by: 2025-06-30}}
duties:
  - {id: d-late, title: "Giữa năm", from: [so-a, so-b, so-c], to: [ubnd], due: {every: year, by: {month: 6, day: 30}}}
  - {id: d-end, title: "Cuối năm", from: [so-a, so-b], to: [ubnd], due: {every: year, by: {month: 12, day: 31}}}
  - {id: d-next, title: "Một lần", from: [so-c], to: [ubnd], due: {by: 2026-03-31}}
)",
                                      "2024-01-01", "2025-12-31");

std::string duty_report(std::string_view agency, std::string_view duty, int period,
                        std::string_view submitted, std::string_view tasks) {
  return report_text(agency, submitted,
                     "duty: " + std::string(duty) + "\nperiod: " + std::to_string(period) + "\n" +
                         (tasks.empty() ? std::string() : "tasks:\n" + std::string(tasks)));
}

Fixture order_fixture() {
  Fixture fx(k_order);
  fx.report("a-2024-late.yaml",
            duty_report("so-a", "d-late", 2024, "2024-06-30", "  T0: {status: done}\n"));
  fx.report("b-2024-late.yaml", duty_report("so-b", "d-late", 2024, "2024-07-05",
                                            "  T0: {status: done}\n  T9: {status: in-progress}\n"));
  fx.report("a-2025-late.yaml", duty_report("so-a", "d-late", 2025, "2025-06-01", ""));
  fx.report("c-2025-late.yaml", duty_report("so-c", "d-late", 2025, "2025-07-01",
                                            "  T0: {status: done}\n  A0: {status: in-progress}\n"));
  fx.report("a-2024-end.yaml",
            duty_report("so-a", "d-end", 2024, "2024-12-31", "  T0: {status: done}\n"));
  return fx;
}

// The findings as id:agency[:period], in output order.
std::string rows(const CheckResult& result) {
  std::vector<std::string> out;
  for (const Finding& f : result.findings) {
    std::string row = f.obligation.id() + ":" + f.obligation.agency->id.value;
    if (f.obligation.period) {
      row += ":" + std::to_string(*f.obligation.period);
    }
    out.push_back(row);
  }
  return joined(out);
}

// The counts as overdue/incomplete/late/due-soon/pending/ok.
std::string counts(const CheckResult& result) {
  std::string text;
  for (std::size_t n : result.counts) {
    text += (text.empty() ? "" : "/") + std::to_string(n);
  }
  return text;
}

Selection select_agencies(std::vector<std::string> ids) {
  Selection s;
  s.agencies = std::move(ids);
  return s;
}

} // namespace

TEST_CASE("check selection: by agency, group, duty, task and year") {
  const Fixture fx(k_selection);
  const Day as_of = day("2026-01-01"); // everything is overdue
  const auto selected = [&](const Selection& s) {
    return rows(fx.check(as_of, s));
  };
  SUBCASE("nothing selected: every obligation") {
    const CheckResult result = fx.check(as_of);
    CHECK(rows(result) == "T1:so-a d1:so-a:2024 d1:so-c:2024 T2:so-c d1:so-c:2025 d1:so-x:2025");
    CHECK(counts(result) == "6/0/0/0/0/0/0/0");
  }
  SUBCASE("an agency selects what it owes") {
    CHECK(selected(select_agencies({"so-c"})) == "d1:so-c:2024 T2:so-c d1:so-c:2025");
    CHECK(selected(select_agencies({"so-x"})) == "T1:so-a d1:so-a:2024 d1:so-x:2025");
  }
  SUBCASE("a successor selects what it answers for now, not what was done") {
    // As of 2026 so-x answers for so-a's overdue items; once T1 is done it does not.
    Fixture done(k_selection);
    done.report("a-T1.yaml", report_text("so-a", "2024-06-01", "tasks:\n  T1: {status: done}\n"));
    CHECK(rows(done.check(as_of, select_agencies({"so-x"}))) == "d1:so-a:2024 d1:so-x:2025");
    // Before the succession so-a still answers for its own.
    CHECK(rows(fx.check(day("2025-01-01"), select_agencies({"so-x"}))) == "d1:so-x:2025");
  }
  SUBCASE("a predecessor selects also what it passed on") {
    CHECK(selected(select_agencies({"so-a"})) == "T1:so-a d1:so-a:2024 d1:so-x:2025");
  }
  SUBCASE("a group selects what its members owe") {
    CHECK(selected(select_agencies({"g"})) == "d1:so-c:2024 T2:so-c d1:so-c:2025");
    CHECK(selected(select_agencies({"so-x", "g"})) ==
          "T1:so-a d1:so-a:2024 d1:so-c:2024 T2:so-c d1:so-c:2025 d1:so-x:2025");
  }
  SUBCASE("a duty selects its instances, a task its completions") {
    Selection s;
    s.duties = {"d1"};
    CHECK(selected(s) == "d1:so-a:2024 d1:so-c:2024 d1:so-c:2025 d1:so-x:2025");
    s = {};
    s.tasks = {"T2"};
    CHECK(selected(s) == "T2:so-c");
    s.duties = {"d1"};
    s.tasks = {"T1"};
    CHECK(selected(s) == "T1:so-a d1:so-a:2024 d1:so-c:2024 d1:so-c:2025 d1:so-x:2025");
  }
  SUBCASE("a duty id given as a task selects nothing") {
    Selection s;
    s.tasks = {"d1"};
    const CheckResult result = fx.check(as_of, s);
    CHECK(result.findings.empty());
    CHECK(counts(result) == "0/0/0/0/0/0/0/0");
  }
  SUBCASE("a year selects the instances for it and the tasks due in it") {
    Selection s;
    s.years = {2024};
    CHECK(selected(s) == "T1:so-a d1:so-a:2024 d1:so-c:2024");
    s.years = {2024, 2025};
    CHECK(selected(s) == "T1:so-a d1:so-a:2024 d1:so-c:2024 T2:so-c d1:so-c:2025 d1:so-x:2025");
    s.years = {2026};
    CHECK(selected(s).empty());
  }
  SUBCASE("criteria combine") {
    Selection s;
    s.years = {2025};
    s.agencies = {"so-c"};
    const CheckResult result = fx.check(as_of, s);
    CHECK(rows(result) == "T2:so-c d1:so-c:2025");
    CHECK(counts(result) == "2/0/0/0/0/0/0/0");
  }
}

TEST_CASE("check listing: counts, listed statuses and output order") {
  const Fixture fx = order_fixture();
  const Day as_of = day("2025-12-20");
  SUBCASE("--all lists every obligation by severity, due, agency, id") {
    const CheckResult result = fx.check(as_of, {}, Listing{true, {}});
    CHECK(rows(result) ==
          // overdue: due first, then agency, then id (byte order: upper case first)
          "d-late:so-c:2024 d-end:so-b:2024 T9:so-b d-late:so-b:2025 A0:so-c "
          "d-late:so-a:2025 "                  // incomplete
          "d-late:so-b:2024 d-late:so-c:2025 " // late
          "d-end:so-a:2025 d-end:so-b:2025 "   // due-soon
          "d-next:so-c "                       // pending
          "d-late:so-a:2024 d-end:so-a:2024"); // ok
    CHECK(counts(result) == "5/1/2/2/1/0/0/2");
    REQUIRE(result.plan_counts.size() == 1); // one plan: its counts are the run's
    CHECK(result.plan_counts.front() == result.counts);
  }
  SUBCASE("the statuses of the rows") {
    const CheckResult result = fx.check(as_of);
    std::vector<std::string> statuses;
    for (const Finding& f : result.findings) {
      statuses.push_back(status_of(f));
    }
    CHECK(joined(statuses) == "overdue overdue overdue overdue overdue incomplete late late "
                              "due-soon due-soon pending ok ok");
    CHECK(find_one(result, "d-late", "so-b", 2024).days == 5);
    CHECK(find_one(result, "d-late", "so-c", 2025).days == 1);
    CHECK(find_one(result, "d-end", "so-a", 2025).days == -11);
    CHECK(find_one(result, "d-next", "so-c").days == -101);
    CHECK(find_one(result, "d-late", "so-c", 2024).days == 538);
  }
  SUBCASE("by default: overdue, incomplete, late and due-soon; counts cover all") {
    const CheckResult result = fx.check(as_of, {}, Listing{});
    CHECK(rows(result) == "d-late:so-c:2024 d-end:so-b:2024 T9:so-b d-late:so-b:2025 A0:so-c "
                          "d-late:so-a:2025 d-late:so-b:2024 d-late:so-c:2025 "
                          "d-end:so-a:2025 d-end:so-b:2025");
    CHECK(counts(result) == "5/1/2/2/1/0/0/2");
  }
  SUBCASE("explicit statuses, listed in severity order whatever order they were given in") {
    const CheckResult result = fx.check(as_of, {}, Listing{false, {Status::ok, Status::pending}});
    CHECK(rows(result) == "d-next:so-c d-late:so-a:2024 d-end:so-a:2024");
    CHECK(counts(result) == "5/1/2/2/1/0/0/2");
    CHECK(rows(fx.check(as_of, {}, Listing{false, {Status::late}})) ==
          "d-late:so-b:2024 d-late:so-c:2025");
  }
  SUBCASE("a narrower due-soon window moves rows to pending") {
    const CheckResult result = fx.check(as_of, {}, Listing{}, 5);
    CHECK(counts(result) == "5/1/2/0/3/0/0/2");
    CHECK(rows(result) == "d-late:so-c:2024 d-end:so-b:2024 T9:so-b d-late:so-b:2025 A0:so-c "
                          "d-late:so-a:2025 d-late:so-b:2024 d-late:so-c:2025");
  }
  SUBCASE("counts follow the selection, not the listing") {
    const CheckResult result = fx.check(as_of, select_agencies({"so-a"}), Listing{});
    CHECK(counts(result) == "0/1/0/1/0/0/0/2");
    CHECK(rows(result) == "d-late:so-a:2025 d-end:so-a:2025");
  }
}

TEST_CASE("check listing: is_listed") {
  const Listing by_default{};
  CHECK(is_listed(Status::overdue, by_default));
  CHECK(is_listed(Status::incomplete, by_default));
  CHECK(is_listed(Status::late, by_default));
  CHECK(is_listed(Status::due_soon, by_default));
  CHECK_FALSE(is_listed(Status::pending, by_default));
  CHECK_FALSE(is_listed(Status::ok, by_default));
  const Listing all{true, {}};
  CHECK(is_listed(Status::pending, all));
  CHECK(is_listed(Status::ok, all));
  const Listing only_ok{false, {Status::ok}};
  CHECK(is_listed(Status::ok, only_ok));
  CHECK_FALSE(is_listed(Status::overdue, only_ok));
}

TEST_CASE("check selection: unknown_selection names the ids no plan has") {
  const Fixture first(k_selection);
  const Fixture second(k_order);
  std::vector<PlanInput> plans = first.inputs();
  plans.push_back(second.inputs().front());
  SUBCASE("everything known, in one plan or the other") {
    Selection s;
    s.agencies = {"so-x", "g", "so-b"};
    s.duties = {"d1", "d-end"};
    s.tasks = {"T3", "A0"};
    s.years = {1999};
    CHECK(unknown_selection(plans, s).empty());
  }
  SUBCASE("unknown ids, agencies first, then duties, then tasks, each in the order given") {
    Selection s;
    s.agencies = {"so-x", "nope", "g"};
    s.duties = {"d1", "T9", "zz"};
    s.tasks = {"d1", "T9", "Tx"};
    const std::vector<Message> unknown = unknown_selection(plans, s);
    REQUIRE(unknown.size() == 5);
    CHECK(unknown[0].id == MsgId::unknown_agency_or_group);
    CHECK(unknown[0].args == std::vector<MessageArg>{"nope"});
    CHECK(localize(unknown[0], Lang::en) == "unknown agency or group 'nope'");
    CHECK(unknown[1].id == MsgId::unknown_duty); // T9 is a task, not a duty
    CHECK(unknown[1].args == std::vector<MessageArg>{"T9"});
    CHECK(unknown[2].id == MsgId::unknown_duty);
    CHECK(unknown[2].args == std::vector<MessageArg>{"zz"});
    CHECK(localize(unknown[2], Lang::en) == "unknown duty 'zz'");
    CHECK(unknown[3].id == MsgId::unknown_task); // d1 is a duty, not a task
    CHECK(unknown[3].args == std::vector<MessageArg>{"d1"});
    CHECK(unknown[4].id == MsgId::unknown_task);
    CHECK(localize(unknown[4], Lang::en) == "unknown task 'Tx'");
  }
  SUBCASE("an id known only in a plan not checked is unknown") {
    Selection s;
    s.agencies = {"so-b"};
    const std::vector<Message> unknown = unknown_selection(first.inputs(), s);
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].args == std::vector<MessageArg>{"so-b"});
  }
}
