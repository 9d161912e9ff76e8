#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::plan_rules_of;

namespace {

// A plan whose extra agencies start at line 8 and whose `rest` (tasks and
// the rest) follows them.
std::string plan_text(std::string_view agencies, std::string_view rest) {
  return fmt::format("plancheck: 1\n"
                     "id: p\n"
                     "title: \"P\"\n"
                     "issuer: ubnd\n"
                     "period: {{from: 2024-01-01, to: 2030-12-31}}\n"
                     "agencies:\n"
                     "  ubnd: {{name: \"UBND tỉnh\"}}\n"
                     "{}{}",
                     agencies, rest);
}

constexpr std::string_view k_one_task = "tasks:\n"
                                        "  - {id: T1, title: t, owners: [so-a]}\n";

} // namespace

TEST_CASE("check_plan_rules accepts a sound plan") {
  CHECK(describe(plan_rules_of(
            plan_text("  so-a: {name: A, until: 2025-02-28, successor: so-b}\n"
                      "  so-b: {name: B, since: 2025-03-01}\n"
                      "groups:\n"
                      "  nganh: {name: N, members: [so-a, nhom]}\n"
                      "  nhom: {name: M, members: [so-b]}\n",
                      "tasks:\n"
                      "  - {id: T1, title: t, owners: [nganh], due: {by: 2024-06-30}}\n"
                      "duties:\n"
                      "  - {id: d, title: t, from: [so-a], to: [ubnd], via: so-b, "
                      "due: {by: 2024-06-30}, covers: [T1]}\n"))) == "");
}

TEST_CASE("check_plan_rules: plan.period") {
  SUBCASE("from after to") {
    const auto diagnostics = plan_rules_of("plancheck: 1\n"
                                           "id: p\n"
                                           "title: \"P\"\n"
                                           "issuer: ubnd\n"
                                           "period: {from: 2031-01-01, to: 2030-12-31}\n"
                                           "agencies: {ubnd: {name: U}}\n"
                                           "tasks: [{id: T1, title: t, owners: [ubnd]}]\n");
    CHECK(describe(diagnostics) ==
          "5:16 plan.period: the period starts on 2031-01-01, after it ends on 2030-12-31");
  }
  SUBCASE("one day is a period") {
    const auto diagnostics = plan_rules_of("plancheck: 1\n"
                                           "id: p\n"
                                           "title: \"P\"\n"
                                           "issuer: ubnd\n"
                                           "period: {from: 2030-12-31, to: 2030-12-31}\n"
                                           "agencies: {ubnd: {name: U}}\n"
                                           "tasks: [{id: T1, title: t, owners: [ubnd]}]\n");
    CHECK(describe(diagnostics) == "");
  }
  const auto period = [](std::string_view from, std::string_view to) {
    return plan_rules_of(fmt::format("plancheck: 1\n"
                                     "id: p\n"
                                     "title: \"P\"\n"
                                     "issuer: ubnd\n"
                                     "period: {{from: {}, to: {}}}\n"
                                     "agencies: {{ubnd: {{name: U}}}}\n"
                                     "tasks: [{{id: T1, title: t, owners: [ubnd]}}]\n",
                                     from, to));
  };
  SUBCASE("a hundred years is a period") {
    CHECK(describe(period("2000-01-01", "2099-12-31")) == "");
    CHECK(describe(period("2024-02-29", "2124-02-28")) == "");
  }
  SUBCASE("longer than a hundred years") {
    CHECK(describe(period("2000-01-01", "2100-01-01")) ==
          "5:32 plan.period: the period from 2000-01-01 to 2100-01-01 is longer than 100 years");
    CHECK(describe(period("2024-02-29", "2124-02-29")) ==
          "5:32 plan.period: the period from 2024-02-29 to 2124-02-29 is longer than 100 years");
  }
}

TEST_CASE("check_plan_rules: plan.obligations") {
  // 1,000 agencies in a group owe yearly duties for 100 years, and a task
  // with a deadline: five duties and the task make 501,000 obligations; a
  // sixth duty goes past the limit before the task is counted.
  std::string agencies;
  std::string members;
  for (int i = 0; i < 1000; ++i) {
    agencies += fmt::format("  a{}: {{name: A}}\n", i);
    members += fmt::format("{}a{}", i == 0 ? "" : ", ", i);
  }
  const auto plan = [&](int duties) {
    std::string text =
        fmt::format("plancheck: 1\nid: p\ntitle: \"P\"\nissuer: a0\n"
                    "period: {{from: 2000-01-01, to: 2099-12-31}}\n"
                    "agencies:\n{}groups:\n  all: {{name: G, members: [{}]}}\n"
                    "tasks: [{{id: T1, title: t, owners: [all], due: {{by: 2030-01-01}}}}]\n"
                    "duties:\n",
                    agencies, members);
    for (int d = 0; d < duties; ++d) {
      text += fmt::format("  - {{id: d{}, title: t, from: [all], to: [a0], "
                          "due: {{every: year, by: {{month: 12, day: 31}}}}}}\n",
                          d);
    }
    return plan_rules_of(text);
  };
  CHECK(describe(plan(4)) == "");
  CHECK(describe(plan(5)) ==
        "1009:14 plan.obligations: with 'T1', the plan makes more than 500000 obligations (one "
        "per agency for each duty instance and each task deadline), more than plancheck checks; "
        "split the plan");
  CHECK(describe(plan(6)) ==
        "1016:10 plan.obligations: with 'd5', the plan makes more than 500000 obligations (one "
        "per agency for each duty instance and each task deadline), more than plancheck checks; "
        "split the plan");
}

TEST_CASE("check_plan_rules: plan.timezone") {
  const auto with_zone = [](std::string_view zone) {
    return plan_rules_of(fmt::format("plancheck: 1\n"
                                     "id: p\n"
                                     "title: \"P\"\n"
                                     "issuer: ubnd\n"
                                     "timezone: {}\n"
                                     "period: {{from: 2024-01-01, to: 2030-12-31}}\n"
                                     "agencies: {{ubnd: {{name: U}}}}\n"
                                     "tasks: [{{id: T1, title: t, owners: [ubnd]}}]\n",
                                     zone));
  };
  SUBCASE("unknown zone") {
    CHECK(describe(with_zone("Asia/Ha_Noi")) ==
          "5:11 plan.timezone: 'Asia/Ha_Noi' is not an IANA time zone (such as Asia/Ho_Chi_Minh)");
  }
  SUBCASE("an offset is not a zone") {
    CHECK(describe(with_zone("\"+07:00\"")) ==
          "5:11 plan.timezone: '+07:00' is not an IANA time zone (such as Asia/Ho_Chi_Minh)");
  }
  SUBCASE("known zones") {
    CHECK(describe(with_zone("Asia/Ho_Chi_Minh")) == "");
    CHECK(describe(with_zone("Asia/Bangkok")) == "");
  }
}

TEST_CASE("check_plan_rules: agency.dates") {
  const auto diagnostics =
      plan_rules_of(plan_text("  so-a: {name: A, since: 2025-01-01, until: 2024-12-31}\n",
                              "tasks:\n"
                              "  - {id: T1, title: t, owners: [so-a, ubnd]}\n"));
  CHECK(describe(diagnostics) ==
        "8:26 agency.dates: 'since' 2025-01-01 is after 'until' 2024-12-31");
}

TEST_CASE("check_plan_rules: agency.successor") {
  SUBCASE("successor without until") {
    const auto diagnostics = plan_rules_of(plan_text("  so-a: {name: A, successor: so-b}\n"
                                                     "  so-b: {name: B}\n",
                                                     k_one_task));
    CHECK(describe(diagnostics) ==
          "8:30 agency.successor: 'successor' needs 'until', the last day 'so-a' existed");
  }
  SUBCASE("two agencies succeed each other: reported once") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A, until: 2025-06-30, successor: so-b}\n"
                                "  so-b: {name: B, until: 2025-06-30, successor: so-a}\n",
                                k_one_task));
    CHECK(describe(diagnostics) == "8:49 agency.successor: successors loop: so-a → so-b → so-a");
  }
  SUBCASE("a chain leading into a loop: the loop is reported once") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-c: {name: C, until: 2025-06-30, successor: so-a}\n"
                                "  so-a: {name: A, until: 2025-06-30, successor: so-b}\n"
                                "  so-b: {name: B, until: 2025-06-30, successor: so-a}\n",
                                "tasks:\n"
                                "  - {id: T1, title: t, owners: [so-c]}\n"));
    CHECK(describe(diagnostics) == "9:49 agency.successor: successors loop: so-a → so-b → so-a");
  }
  SUBCASE("its own successor") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-a: {name: A, until: 2025-06-30, successor: so-a}\n", k_one_task));
    CHECK(describe(diagnostics) == "8:49 agency.successor: successors loop: so-a → so-a");
  }
  SUBCASE("a loop entered at its last member is named from its first") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-c: {name: C, until: 2025-06-30, successor: so-b}\n"
                                "  so-a: {name: A, until: 2025-06-30, successor: so-c}\n"
                                "  so-b: {name: B, until: 2025-06-30, successor: so-a}\n",
                                "tasks:\n"
                                "  - {id: T1, title: t, owners: [so-c]}\n"));
    CHECK(describe(diagnostics) ==
          "8:49 agency.successor: successors loop: so-c → so-b → so-a → so-c");
  }
  SUBCASE("two loops and a chain into one of them") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-x: {name: X, until: 2025-06-30, successor: so-b}\n"
                                "  so-a: {name: A, until: 2025-06-30, successor: so-b}\n"
                                "  so-b: {name: B, until: 2025-06-30, successor: so-a}\n"
                                "  so-c: {name: C, until: 2025-06-30, successor: so-c}\n",
                                "tasks:\n"
                                "  - {id: T1, title: t, owners: [so-x]}\n"));
    CHECK(describe(diagnostics) == "9:49 agency.successor: successors loop: so-a → so-b → so-a\n"
                                   "11:49 agency.successor: successors loop: so-c → so-c");
  }
}

TEST_CASE("check_plan_rules: ref.duplicate-id") {
  SUBCASE("tasks") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [so-a]}\n"
                                                       "  - {id: T2, title: t, owners: [so-a]}\n"
                                                       "  - {id: T1, title: u, owners: [so-a]}\n"));
    CHECK(describe(diagnostics) ==
          "12:10 ref.duplicate-id: 'T1' is defined twice (first at line 10)");
  }
  SUBCASE("an agency and a group share one namespace") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  so-a: {name: G, members: [ubnd]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [so-a]}\n"));
    CHECK(describe(diagnostics) ==
          "10:3 ref.duplicate-id: 'so-a' is defined twice (first at line 8)");
  }
  SUBCASE("duties") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-a: {name: A}\n",
                  "tasks:\n"
                  "  - {id: T1, title: t, owners: [so-a]}\n"
                  "duties:\n"
                  "  - {id: d, title: t, from: [so-a], to: [ubnd], due: {by: 2024-06-30}}\n"
                  "  - {id: d, title: u, from: [so-a], to: [ubnd], due: {by: 2024-07-30}}\n"));
    CHECK(describe(diagnostics) ==
          "13:10 ref.duplicate-id: 'd' is defined twice (first at line 12)");
  }
  SUBCASE("a task and a duty may share an id") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-a: {name: A}\n",
                  "tasks:\n"
                  "  - {id: d, title: t, owners: [so-a]}\n"
                  "duties:\n"
                  "  - {id: d, title: t, from: [so-a], to: [ubnd], due: {by: 2024-06-30}}\n"));
    CHECK(describe(diagnostics) == "");
  }
}

TEST_CASE("check_plan_rules: ref.unknown-agency") {
  SUBCASE("owner with a suggestion") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-yt: {name: A}\n", "tasks:\n"
                                          "  - {id: T1, title: t, owners: [so-yt, so-y]}\n"));
    CHECK(describe(diagnostics) ==
          "10:40 ref.unknown-agency: unknown agency or group 'so-y'; did you mean 'so-yt'?");
  }
  SUBCASE("owner suggested from the groups") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-yt: {name: A}\n", "groups:\n"
                                          "  cap-huyen: {name: H, members: [so-yt]}\n"
                                          "tasks:\n"
                                          "  - {id: T1, title: t, owners: [cap-huyn]}\n"));
    CHECK(
        describe(diagnostics) ==
        "12:33 ref.unknown-agency: unknown agency or group 'cap-huyn'; did you mean 'cap-huyen'?");
  }
  SUBCASE("partner without a suggestion") {
    const auto diagnostics = plan_rules_of(plan_text(
        "  so-a: {name: A}\n", "tasks:\n"
                               "  - {id: T1, title: t, owners: [so-a], partners: [bo-khcn]}\n"));
    CHECK(describe(diagnostics) == "10:51 ref.unknown-agency: unknown agency or group 'bo-khcn'");
  }
  SUBCASE("issuer") {
    const auto diagnostics = plan_rules_of("plancheck: 1\n"
                                           "id: p\n"
                                           "title: \"P\"\n"
                                           "issuer: ubnd-tnh\n"
                                           "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                           "agencies: {ubnd-tinh: {name: U}}\n"
                                           "tasks: [{id: T1, title: t, owners: [ubnd-tinh]}]\n");
    CHECK(describe(diagnostics) ==
          "4:9 ref.unknown-agency: unknown agency 'ubnd-tnh'; did you mean 'ubnd-tinh'?");
  }
  SUBCASE("successor") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-a: {name: A, until: 2025-06-30, successor: dn-so-a}\n", k_one_task));
    CHECK(describe(diagnostics) == "8:49 ref.unknown-agency: unknown agency 'dn-so-a'");
  }
  SUBCASE("contact agency") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n"
                                "  so-khcn: {name: K}\n",
                                std::string(k_one_task) + "contact: {agency: so-kh}\n"));
    CHECK(describe(diagnostics) ==
          "12:19 ref.unknown-agency: unknown agency 'so-kh'\n"
          "9:3 plan.unused-agency: nothing in the plan refers to agency 'so-khcn'");
  }
  SUBCASE("group member") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  g: {name: G, members: [so-a, so-b]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [g]}\n"));
    CHECK(describe(diagnostics) ==
          "10:32 ref.unknown-agency: unknown agency or group 'so-b'; did you mean 'so-a'?");
  }
  SUBCASE("duty from, to and via") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [so-a]}\n"
                                                       "duties:\n"
                                                       "  - id: d\n"
                                                       "    title: t\n"
                                                       "    from: [so-x]\n"
                                                       "    to: [ubnd-tinh]\n"
                                                       "    via: van-phong\n"
                                                       "    due: {by: 2024-06-30}\n"));
    CHECK(describe(diagnostics) ==
          "14:12 ref.unknown-agency: unknown agency or group 'so-x'; did you mean 'so-a'?\n"
          "15:10 ref.unknown-agency: unknown agency or group 'ubnd-tinh'\n"
          "16:10 ref.unknown-agency: unknown agency 'van-phong'");
  }
}

TEST_CASE("check_plan_rules: a malformed reference gets what it most likely means") {
  SUBCASE("an owner in capitals, a partner with '_' for '-'") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-yt: {name: \"Sở Y tế\"}\n",
                                "tasks:\n"
                                "  - {id: T1, title: t, owners: [SO-YT], partners: [ubnd, so_yt]}\n"
                                "  - {id: T2, title: t, owners: [so-yt]}\n"));
    CHECK(describe(diagnostics) ==
          "10:33 schema.id: 'SO-YT' is not a valid id; did you mean 'so-yt'?\n"
          "10:58 schema.id: 'so_yt' is not a valid id; did you mean 'so-yt'?");
  }
  SUBCASE("a successor and a via by name") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: \"Sở A\", until: 2025-06-30, successor: \"Sở B\"}\n"
                                "  so-b: {name: \"Sở B tỉnh Đồng Nai\", short: \"Sở B\"}\n",
                                "tasks:\n"
                                "  - {id: T1, title: t, owners: [so-a, so-b]}\n"
                                "duties:\n"
                                "  - {id: d, title: t, from: [so-a], to: [ubnd], via: \"so b\", "
                                "due: {by: 2024-06-30}}\n"));
    CHECK(describe(diagnostics) ==
          "8:54 schema.id: 'Sở B' is not a valid id; did you mean 'so-b' (Sở B tỉnh Đồng Nai)?\n"
          "13:54 schema.id: 'so b' is not a valid id; did you mean 'so-b' (Sở B tỉnh Đồng Nai)?");
  }
  SUBCASE("a covered task in lowercase") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-a: {name: A}\n",
                  "tasks:\n"
                  "  - {id: II.1.a, title: t, owners: [so-a]}\n"
                  "duties:\n"
                  "  - {id: d, title: t, from: [so-a], to: [ubnd], due: {by: 2024-06-30}, "
                  "covers: [ii.1.a]}\n"));
    CHECK(describe(diagnostics) ==
          "12:81 ref.unknown-task: unknown task 'ii.1.a'; did you mean 'II.1.a'?");
  }
  SUBCASE("a malformed member like nothing") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  g: {name: G, members: [so-a, \"Bộ X\"]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [g]}\n"));
    CHECK(describe(diagnostics) == "10:32 schema.id: 'Bộ X' is not a valid id: use lowercase "
                                   "letters, digits, '.' and '-'");
  }
}

TEST_CASE("check_plan_rules: ref.unknown-task") {
  SUBCASE("with a suggestion") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-a: {name: A}\n",
                  "tasks:\n"
                  "  - {id: II.1.a, title: t, owners: [so-a]}\n"
                  "duties:\n"
                  "  - {id: d, title: t, from: [so-a], to: [ubnd], due: {by: 2024-06-30}, "
                  "covers: [II.1.b]}\n"));
    CHECK(describe(diagnostics) ==
          "12:81 ref.unknown-task: unknown task 'II.1.b'; did you mean 'II.1.a'?");
  }
  SUBCASE("without a suggestion") {
    const auto diagnostics = plan_rules_of(
        plan_text("  so-a: {name: A}\n",
                  "tasks:\n"
                  "  - {id: II.1.a, title: t, owners: [so-a]}\n"
                  "duties:\n"
                  "  - {id: d, title: t, from: [so-a], to: [ubnd], due: {by: 2024-06-30}, "
                  "covers: [IV.4]}\n"));
    CHECK(describe(diagnostics) == "12:81 ref.unknown-task: unknown task 'IV.4'");
  }
}

TEST_CASE("check_plan_rules: ref.group-not-agency") {
  SUBCASE("issuer") {
    const auto diagnostics = plan_rules_of("plancheck: 1\n"
                                           "id: p\n"
                                           "title: \"P\"\n"
                                           "issuer: nganh\n"
                                           "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                           "agencies: {so-a: {name: A}}\n"
                                           "groups: {nganh: {name: N, members: [so-a]}}\n"
                                           "tasks: [{id: T1, title: t, owners: [so-a]}]\n");
    CHECK(describe(diagnostics) ==
          "4:9 ref.group-not-agency: 'nganh' is a group; name a single agency");
  }
  SUBCASE("via") {
    const auto diagnostics = plan_rules_of(plan_text(
        "  so-a: {name: A}\n",
        "groups:\n"
        "  nganh: {name: N, members: [so-a]}\n"
        "tasks:\n"
        "  - {id: T1, title: t, owners: [nganh]}\n"
        "duties:\n"
        "  - {id: d, title: t, from: [nganh], to: [ubnd], via: nganh, due: {by: 2024-06-30}}\n"));
    CHECK(describe(diagnostics) ==
          "14:55 ref.group-not-agency: 'nganh' is a group; name a single agency");
  }
  SUBCASE("contact agency") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  nganh: {name: N, members: [so-a]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [nganh]}\n"
                                                       "contact: {agency: nganh}\n"));
    CHECK(describe(diagnostics) ==
          "13:19 ref.group-not-agency: 'nganh' is a group; name a single agency");
  }
  SUBCASE("successor") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A, until: 2025-06-30, successor: nganh}\n"
                                "  so-b: {name: B}\n",
                                "groups:\n"
                                "  nganh: {name: N, members: [so-b]}\n"
                                "tasks:\n"
                                "  - {id: T1, title: t, owners: [so-a, nganh]}\n"));
    CHECK(describe(diagnostics) ==
          "8:49 ref.group-not-agency: 'nganh' is a group; name a single agency");
  }
}

TEST_CASE("check_plan_rules: ref.group-cycle") {
  SUBCASE("two groups") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  g1: {name: G1, members: [so-a, g2]}\n"
                                                       "  g2: {name: G2, members: [g1]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [g1]}\n"));
    CHECK(describe(diagnostics) == "10:3 ref.group-cycle: groups contain each other: g1 → g2 → g1");
  }
  SUBCASE("reported at the group written first") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  top: {name: T, members: [g2]}\n"
                                                       "  g1: {name: G1, members: [so-a, g2]}\n"
                                                       "  g2: {name: G2, members: [g1]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [top]}\n"));
    CHECK(describe(diagnostics) == "11:3 ref.group-cycle: groups contain each other: g2 → g1 → g2");
  }
  SUBCASE("a group containing itself") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  g1: {name: G1, members: [so-a, g1]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [g1]}\n"));
    CHECK(describe(diagnostics) == "10:3 ref.group-cycle: groups contain each other: g1 → g1");
  }
  SUBCASE("a group shared by two others is no cycle") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n", "groups:\n"
                                                       "  g1: {name: G1, members: [g3]}\n"
                                                       "  g2: {name: G2, members: [g3, g1]}\n"
                                                       "  g3: {name: G3, members: [so-a]}\n"
                                                       "tasks:\n"
                                                       "  - {id: T1, title: t, owners: [g2]}\n"));
    CHECK(describe(diagnostics) == "");
  }
}

TEST_CASE("check_plan_rules: plan.orphan-task") {
  SUBCASE("every owner ended with no successor") {
    const auto diagnostics =
        plan_rules_of(plan_text("  huyen-a: {name: A, until: 2025-06-30}\n"
                                "  huyen-b: {name: B, until: 2025-06-30}\n",
                                "groups:\n"
                                "  cap-huyen: {name: H, members: [huyen-a, huyen-b]}\n"
                                "tasks:\n"
                                "  - {id: T1, title: t, owners: [cap-huyen]}\n"
                                "  - {id: T2, title: t, owners: [cap-huyen, ubnd]}\n"));
    REQUIRE(diagnostics.size() == 1);
    CHECK(describe(diagnostics) ==
          "13:10 plan.orphan-task: every owner of task 'T1' has ended with no successor");
    CHECK(diagnostics[0].severity == Severity::warning);
  }
  SUBCASE("the last successor ended") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A, until: 2025-02-28, successor: so-b}\n"
                                "  so-b: {name: B, since: 2025-03-01, until: 2025-06-30}\n",
                                k_one_task));
    CHECK(describe(diagnostics) ==
          "11:10 plan.orphan-task: every owner of task 'T1' has ended with no successor");
  }
  SUBCASE("a successor that goes on") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A, until: 2025-02-28, successor: so-b}\n"
                                "  so-b: {name: B, since: 2025-03-01}\n",
                                k_one_task));
    CHECK(describe(diagnostics) == "");
  }
}

TEST_CASE("check_plan_rules: plan.unused-agency") {
  SUBCASE("the contact agency is used") {
    const auto diagnostics =
        plan_rules_of(plan_text("  so-a: {name: A}\n"
                                "  so-khcn: {name: K}\n",
                                std::string(k_one_task) + "contact: {agency: so-khcn}\n"));
    CHECK(describe(diagnostics) == "");
  }
  SUBCASE("nothing refers to it") {
    const auto diagnostics = plan_rules_of(plan_text("  so-a: {name: A}\n"
                                                     "  so-b: {name: B}\n",
                                                     k_one_task));
    REQUIRE(diagnostics.size() == 1);
    CHECK(describe(diagnostics) ==
          "9:3 plan.unused-agency: nothing in the plan refers to agency 'so-b'");
    CHECK(diagnostics[0].severity == Severity::warning);
  }
  SUBCASE("every kind of reference counts") {
    const auto diagnostics = plan_rules_of(plan_text(
        "  so-a: {name: A, until: 2025-06-30, successor: so-b}\n"
        "  so-b: {name: B}\n"
        "  so-c: {name: C}\n"
        "  so-d: {name: D}\n"
        "  so-e: {name: E}\n"
        "  so-f: {name: F}\n"
        "  so-g: {name: G}\n",
        "groups:\n"
        "  g: {name: G, members: [so-c]}\n"
        "tasks:\n"
        "  - {id: T1, title: t, owners: [so-a, g], partners: [so-d]}\n"
        "duties:\n"
        "  - {id: d, title: t, from: [so-e], to: [so-f], via: so-g, due: {by: 2024-06-30}}\n"));
    CHECK(describe(diagnostics) == "");
  }
}
