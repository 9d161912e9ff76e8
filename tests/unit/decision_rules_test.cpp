#include "load/decision_loader.hpp"
#include "test_support.hpp"
#include "validate/decision_rules.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::plan_of;

namespace {

// so-yt ends on 2025-06-30 and dn-so-yt takes over; the district committee
// ends with no successor. `annual` is yearly, `once` due once.
constexpr std::string_view k_plan =
    "plancheck: 1\n"
    "id: p\n"
    "title: \"P\"\n"
    "issued: 2024-03-04\n"
    "issuer: ubnd\n"
    "period: {from: 2024-01-01, to: 2026-12-31}\n"
    "agencies:\n"
    "  ubnd: {name: \"UBND\"}\n"
    "  so-yt: {name: \"Sở Y tế\", until: 2025-06-30, successor: dn-so-yt}\n"
    "  dn-so-yt: {name: \"Sở Y tế Đồng Nai\", since: 2025-07-01}\n"
    "  so-tc: {name: \"Sở Tài chính\"}\n"
    "  ubnd-huyen: {name: \"UBND huyện\", until: 2025-06-30}\n"
    "groups:\n"
    "  so-nganh: {name: \"Các sở\", members: [so-yt, so-tc]}\n"
    "tasks:\n"
    "  - {id: II.1.a, title: \"t1\", owners: [so-nganh]}\n"
    "  - {id: II.2, title: \"t2\", owners: [so-tc, ubnd-huyen], due: {by: 2024-06-30}}\n"
    "duties:\n"
    "  - id: annual\n"
    "    title: \"Hằng năm\"\n"
    "    from: [so-nganh]\n"
    "    to: [ubnd]\n"
    "    due: {every: year, before: {month: 12, day: 10}}\n"
    "  - id: once\n"
    "    title: \"Một lần\"\n"
    "    from: [so-tc]\n"
    "    to: [ubnd]\n"
    "    due: {by: 2024-06-30}\n";

// A decision dated `date` whose `body` (extend / waive) starts on line 6.
std::string decision(std::string_view date, std::string_view body, std::string_view by = "ubnd") {
  return fmt::format("plancheck: 1\n"
                     "plan: p\n"
                     "number: \"1/UBND\"\n"
                     "date: {}\n"
                     "by: {}\n"
                     "{}",
                     date, by, body);
}

// Decision files held together, as a workspace holds them.
class DecisionSet {
public:
  // Load `text` as the decision file `path`, which must be well-formed.
  DecisionSet& add(std::string path, std::string text) {
    const SourceFile& file = m_files.emplace_back(std::move(path), std::move(text));
    Diagnostics loading;
    Reporter reporter(file, loading);
    m_decisions.push_back(LoadedDecision{&file, load_decision(file, reporter)});
    REQUIRE(describe(loading) == "");
    return *this;
  }

  // Return what the decision rules say, with each diagnostic's file.
  std::string check(const Plan& plan) const {
    Diagnostics out;
    check_decision_rules(plan, m_decisions, out);
    sort_diagnostics(out);
    std::string text;
    for (const Diagnostic& d : out) {
      text += (text.empty() ? "" : "\n") + d.path + ":" + describe(d);
    }
    return text;
  }

private:
  std::deque<SourceFile> m_files;
  std::vector<LoadedDecision> m_decisions;
};

std::string check_one(std::string text) {
  return DecisionSet().add("d.yaml", std::move(text)).check(plan_of(std::string(k_plan)));
}

} // namespace

TEST_CASE("check_decision_rules accepts sound decisions") {
  SUBCASE("an extension of every instance of a duty") {
    CHECK(check_one(decision("2025-01-10", "extend: [{duty: annual, due: {by: 2025-01-15}}]\n")) ==
          "");
  }
  SUBCASE("a waiver of one year, for a group") {
    CHECK(check_one(decision("2025-01-10", "waive:\n"
                                           "  - duty: annual\n"
                                           "    period: 2024\n"
                                           "    agencies: [so-nganh]\n"
                                           "    reason: \"x\"\n")) == "");
  }
  SUBCASE("the predecessor's id selects what passed from it") {
    CHECK(check_one(decision("2026-01-10", "waive:\n"
                                           "  - duty: annual\n"
                                           "    period: 2025\n"
                                           "    agencies: [so-yt]\n"
                                           "    reason: \"x\"\n")) == "");
  }
  SUBCASE("two decisions of different dates on one obligation") {
    const std::string later =
        decision("2025-02-01", "extend: [{task: II.2, due: {by: 2025-03-31}}]\n");
    CHECK(DecisionSet()
              .add("a.yaml",
                   decision("2025-01-10", "extend: [{task: II.2, due: {by: 2025-01-31}}]\n"))
              .add("b.yaml", later)
              .check(plan_of(std::string(k_plan))) == "");
  }
  SUBCASE("one date, two obligations apart") {
    CHECK(check_one(decision("2025-01-10",
                             "waive:\n"
                             "  - {task: II.2, agencies: [so-tc], reason: \"x\"}\n"
                             "  - {task: II.2, agencies: [ubnd-huyen], reason: \"y\"}\n")) == "");
  }
}

TEST_CASE("check_decision_rules: references") {
  SUBCASE("an unknown duty, with a suggestion") {
    CHECK(check_one(decision("2025-01-10", "waive: [{duty: anual, reason: \"x\"}]\n")) ==
          "d.yaml:6:16 ref.unknown-duty: unknown duty 'anual'; did you mean 'annual'?");
  }
  SUBCASE("an unknown task") {
    CHECK(check_one(decision("2025-01-10", "waive: [{task: IX.9, reason: \"x\"}]\n")) ==
          "d.yaml:6:16 ref.unknown-task: unknown task 'IX.9'");
  }
  SUBCASE("an unknown agency in the selector") {
    CHECK(check_one(decision("2025-01-10",
                             "waive: [{task: II.2, agencies: [so-tx], reason: \"x\"}]\n")) ==
          "d.yaml:6:33 ref.unknown-agency: unknown agency or group 'so-tx'; did you mean 'so-tc'?");
  }
  SUBCASE("a duty in capitals") {
    CHECK(check_one(decision("2025-01-10", "waive: [{duty: Annual, reason: \"x\"}]\n")) ==
          "d.yaml:6:16 schema.id: 'Annual' is not a valid id; did you mean 'annual'?");
  }
  SUBCASE("a task in lowercase") {
    CHECK(check_one(decision("2025-01-10", "waive: [{task: ii.2, reason: \"x\"}]\n")) ==
          "d.yaml:6:16 ref.unknown-task: unknown task 'ii.2'; did you mean 'II.2'?");
  }
  SUBCASE("an agency by its name, and '_' for '-'") {
    CHECK(check_one(decision("2025-01-10",
                             "waive: [{task: II.2, agencies: [\"Sở Tài chính\", ubnd_huyen], "
                             "reason: \"x\"}]\n")) ==
          "d.yaml:6:33 schema.id: 'Sở Tài chính' is not a valid id; did you mean 'so-tc' (Sở Tài "
          "chính)?\n"
          "d.yaml:6:49 schema.id: 'ubnd_huyen' is not a valid id; did you mean 'ubnd-huyen'?");
  }
  SUBCASE("by, malformed and like nothing") {
    CHECK(check_one(decision("2025-01-10", "waive: [{task: II.2, reason: \"x\"}]\n", "Bộ X")) ==
          "d.yaml:5:5 schema.id: 'Bộ X' is not a valid id: use lowercase letters, digits, '.' and "
          "'-'");
  }
  SUBCASE("by is a group") {
    CHECK(check_one(decision("2025-01-10", "waive: [{task: II.2, reason: \"x\"}]\n", "so-nganh")) ==
          "d.yaml:5:5 ref.group-not-agency: 'so-nganh' is a group; name a single agency");
  }
  SUBCASE("by is unknown") {
    CHECK(
        check_one(decision("2025-01-10", "waive: [{task: II.2, reason: \"x\"}]\n", "ubnd-tinh")) ==
        "d.yaml:5:5 ref.unknown-agency: unknown agency 'ubnd-tinh'");
  }
  SUBCASE("another plan") {
    std::string text = decision("2025-01-10", "waive: [{task: II.2, reason: \"x\"}]\n");
    text.replace(text.find("plan: p"), 7, "plan: q");
    CHECK(check_one(text) ==
          "d.yaml:2:7 decision.plan: this decision is for plan 'q', but its plan is 'p'");
  }
}

TEST_CASE("check_decision_rules: decision.period") {
  SUBCASE("on a one-off duty") {
    CHECK(check_one(decision("2025-01-10",
                             "extend: [{duty: once, period: 2024, due: {by: 2024-07-31}}]\n")) ==
          "d.yaml:6:31 decision.period: duty 'once' is due once: remove 'period'");
  }
  SUBCASE("on a task") {
    CHECK(
        check_one(decision("2025-01-10", "waive: [{task: II.2, period: 2024, reason: \"x\"}]\n")) ==
        "d.yaml:6:30 decision.period: 'period' picks a year of a yearly duty; task 'II.2' has "
        "none: remove 'period'");
  }
}

TEST_CASE("check_decision_rules: decision.no-match") {
  SUBCASE("a year the duty is not due") {
    CHECK(check_one(decision("2025-01-10",
                             "extend: [{duty: annual, period: 2029, due: {by: 2030-01-15}}]\n")) ==
          "d.yaml:6:10 decision.no-match: no obligation of 'annual' matches this entry; it changes "
          "nothing");
  }
  SUBCASE("an agency that does not owe it") {
    CHECK(check_one(decision("2025-01-10",
                             "waive: [{duty: annual, agencies: [ubnd-huyen], reason: \"x\"}]\n")) ==
          "d.yaml:6:9 decision.no-match: no obligation of 'annual' matches this entry; it changes "
          "nothing");
  }
  SUBCASE("a successor selects nothing that passed to it after its deadline") {
    // so-yt owed annual 2024 on its deadline; dn-so-yt did not exist yet.
    CHECK(check_one(decision("2025-01-10", "waive:\n"
                                           "  - duty: annual\n"
                                           "    period: 2024\n"
                                           "    agencies: [dn-so-yt]\n"
                                           "    reason: \"x\"\n")) ==
          "d.yaml:7:5 decision.no-match: no obligation of 'annual' matches this entry; it changes "
          "nothing");
  }
  SUBCASE("a task with no deadline has no obligation") {
    CHECK(check_one(decision("2025-01-10", "waive: [{task: II.1.a, reason: \"x\"}]\n")) ==
          "d.yaml:6:9 decision.no-match: no obligation of 'II.1.a' matches this entry; it changes "
          "nothing");
  }
}

TEST_CASE("check_decision_rules: decision.conflict") {
  const Plan plan = plan_of(std::string(k_plan));
  SUBCASE("two files of one date") {
    CHECK(DecisionSet()
              .add("a.yaml",
                   decision("2025-01-10", "extend: [{task: II.2, due: {by: 2025-01-31}}]\n"))
              .add("b.yaml", decision("2025-01-10", "waive:\n"
                                                    "  - {task: II.2, agencies: [so-tc], reason: "
                                                    "\"x\"}\n"))
              .check(plan) ==
          "b.yaml:7:5 decision.conflict: 'II.2' owed by 'so-tc' is also decided on 2025-01-10 at "
          "a.yaml:6; decisions of one day cannot both apply");
  }
  SUBCASE("two entries of one decision, reported once") {
    CHECK(check_one(decision("2025-01-10", "extend:\n"
                                           "  - {duty: annual, due: {by: 2025-01-31}}\n"
                                           "  - {duty: annual, agencies: [so-nganh], due: {by: "
                                           "2025-02-28}}\n")) ==
          "d.yaml:8:5 decision.conflict: 'annual' (2024) owed by 'so-yt' is also decided on "
          "2025-01-10 at d.yaml:7; decisions of one day cannot both apply");
  }
}

TEST_CASE("check_decision_rules: decision.before-issued") {
  CHECK(check_one(decision("2024-03-01", "extend: [{task: II.2, due: {by: 2024-07-31}}]\n")) ==
        "d.yaml:4:7 decision.before-issued: the decision of 2024-03-01 is older than the plan, "
        "issued 2024-03-04");
}
