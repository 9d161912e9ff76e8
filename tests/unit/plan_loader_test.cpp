#include "test_support.hpp"

#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::load_plan_text;
using plancheck::test::ymd;

namespace {

// A small valid plan of ten lines; tests append lines from line 11 on.
constexpr std::string_view k_head = "plancheck: 1\n"
                                    "id: binh-phuoc-cnsh-2024\n"
                                    "title: \"Kế hoạch công nghệ sinh học\"\n"
                                    "issuer: ubnd-tinh\n"
                                    "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                    "agencies:\n"
                                    "  ubnd-tinh: {name: \"UBND tỉnh\"}\n"
                                    "  so-yt: {name: \"Sở Y tế\"}\n"
                                    "tasks:\n"
                                    "  - {id: II.1.a, title: \"Quán triệt\", owners: [so-yt]}\n";

std::string plan_with(std::string_view tail) {
  return std::string(k_head) + std::string(tail);
}

// The plan with one task more, at line 11, whose `due` is `due`.
test::LoadedPlanText task_due(std::string_view due) {
  return load_plan_text(
      plan_with(fmt::format("  - {{id: T2, title: \"t\", owners: [so-yt], due: {}}}\n", due)));
}

// The plan with one duty, whose `due` mapping starts at line 16, column 10.
test::LoadedPlanText duty_due(std::string_view due) {
  return load_plan_text(plan_with(fmt::format("duties:\n"
                                              "  - id: annual\n"
                                              "    title: \"Báo cáo hằng năm\"\n"
                                              "    from: [so-yt]\n"
                                              "    to: [ubnd-tinh]\n"
                                              "    due: {}\n",
                                              due)));
}

} // namespace

TEST_CASE("load_plan reads a valid plan") {
  const auto loaded = load_plan_text(plan_with(
      "  - id: II.2\n"
      "    title: \"Ứng dụng\"\n"
      "    owners: [nganh]\n"
      "    partners: [ubnd-tinh]\n"
      "    due: {within: 2024-Q1}\n"
      "number: \"123/KH-UBND\"\n"
      "issued: 04/03/2024\n"
      "timezone: Asia/Ho_Chi_Minh\n"
      "basis:\n"
      "  - {number: \"36-NQ/TW\", date: 2023-01-30, issuer: \"Bộ Chính trị\", title: \"x\"}\n"
      "groups:\n"
      "  nganh: {name: \"Các sở\", members: [so-yt]}\n"
      "duties:\n"
      "  - id: annual\n"
      "    title: \"Hằng năm\"\n"
      "    from: [nganh]\n"
      "    to: [ubnd-tinh]\n"
      "    via: so-yt\n"
      "    due: {every: year, before: {month: 12, day: 10}}\n"
      "    covers: all-tasks\n"));
  CHECK(describe(loaded.diagnostics) == "");
  REQUIRE(loaded.plan);
  const Plan& plan = *loaded.plan;
  CHECK(plan.path == "plan.yaml");
  CHECK(plan.id.value == "binh-phuoc-cnsh-2024");
  CHECK(plan.id.pos == SourcePos{2, 5});
  CHECK(plan.title == "Kế hoạch công nghệ sinh học");
  CHECK(plan.number == "123/KH-UBND");
  REQUIRE(plan.issued);
  CHECK(plan.issued->value == ymd(2024, 3, 4));
  CHECK(plan.issuer.value == "ubnd-tinh");
  CHECK(plan.timezone.value == "Asia/Ho_Chi_Minh");
  CHECK(plan.period_from.value == ymd(2024, 1, 1));
  CHECK(plan.period_to.value == ymd(2030, 12, 31));
  REQUIRE(plan.basis.size() == 1);
  CHECK(plan.basis[0].issuer == "Bộ Chính trị");
  CHECK(plan.basis[0].date == ymd(2023, 1, 30));
  REQUIRE(plan.agencies.size() == 2);
  CHECK(plan.agencies[1].id.value == "so-yt");
  CHECK(plan.agencies[1].id.pos == SourcePos{8, 3});
  CHECK(plan.agencies[1].name == "Sở Y tế");
  REQUIRE(plan.groups.size() == 1);
  CHECK(plan.groups[0].members.size() == 1);
  REQUIRE(plan.tasks.size() == 2);
  CHECK(plan.tasks[0].id.value == "II.1.a");
  CHECK_FALSE(plan.tasks[0].due);
  CHECK(plan.tasks[1].partners.size() == 1);
  REQUIRE(plan.tasks[1].due);
  CHECK(plan.tasks[1].due->value.form == DeadlineForm::within_quarter);
  REQUIRE(plan.duties.size() == 1);
  const Duty& duty = plan.duties[0];
  CHECK(duty.via->value == "so-yt");
  CHECK(duty.covers == Covers::all_tasks);
  REQUIRE(duty.due);
  CHECK(duty.due->value.form == DeadlineForm::yearly_before);
  CHECK(duty.due->value.month == 12);
  CHECK(duty.due->value.day == 10);
  CHECK(plan.find_task("II.2") == &plan.tasks[1]);
  CHECK(plan.find_group("nganh") == &plan.groups[0]);
  CHECK(plan.find_agency("nganh") == nullptr);
}

TEST_CASE("load_plan: schema.required") {
  SUBCASE("only the version") {
    const auto loaded = load_plan_text("plancheck: 1\n");
    CHECK(describe(loaded.diagnostics) == "1:1 schema.required: missing required key 'id'\n"
                                          "1:1 schema.required: missing required key 'title'\n"
                                          "1:1 schema.required: missing required key 'issuer'\n"
                                          "1:1 schema.required: missing required key 'period'\n"
                                          "1:1 schema.required: missing required key 'agencies'\n"
                                          "1:1 schema.required: missing required key 'tasks'");
    CHECK(loaded.plan);
  }
  SUBCASE("version") {
    const auto loaded = load_plan_text(std::string(k_head.substr(k_head.find('\n') + 1)));
    CHECK(describe(loaded.diagnostics) == "1:1 schema.version: missing required key 'plancheck'");
  }
  SUBCASE("period bounds") {
    const auto loaded = load_plan_text("plancheck: 1\n"
                                       "id: p\n"
                                       "title: \"P\"\n"
                                       "issuer: u\n"
                                       "period: {to: 2030-12-31}\n"
                                       "agencies: {u: {name: U}}\n"
                                       "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(loaded.diagnostics) == "5:9 schema.required: missing required key 'from'");
  }
  SUBCASE("agency name") {
    const auto loaded = load_plan_text(plan_with("groups:\n"
                                                 "  g:\n"
                                                 "    members: [so-yt]\n"
                                                 "  h: {name: \"H\"}\n"));
    CHECK(describe(loaded.diagnostics) == "13:5 schema.required: missing required key 'name'\n"
                                          "14:6 schema.required: missing required key 'members'");
  }
  SUBCASE("task keys") {
    const auto loaded = load_plan_text(plan_with("  - due: {by: 2024-06-30}\n"));
    CHECK(describe(loaded.diagnostics) == "11:5 schema.required: missing required key 'id'\n"
                                          "11:5 schema.required: missing required key 'title'\n"
                                          "11:5 schema.required: missing required key 'owners'");
  }
  SUBCASE("duty keys") {
    const auto loaded = load_plan_text(plan_with("duties:\n"
                                                 "  - covers: all-tasks\n"));
    CHECK(describe(loaded.diagnostics) == "12:5 schema.required: missing required key 'id'\n"
                                          "12:5 schema.required: missing required key 'title'\n"
                                          "12:5 schema.required: missing required key 'from'\n"
                                          "12:5 schema.required: missing required key 'to'\n"
                                          "12:5 schema.required: missing required key 'due'");
  }
  SUBCASE("basis number") {
    const auto loaded = load_plan_text(plan_with("basis:\n"
                                                 "  - {title: \"Nghị quyết\"}\n"));
    CHECK(describe(loaded.diagnostics) == "12:5 schema.required: missing required key 'number'");
  }
  SUBCASE("key without a value") {
    const auto loaded = load_plan_text(plan_with("  - id: T2\n"
                                                 "    title:\n"
                                                 "    owners: [so-yt]\n"));
    CHECK(describe(loaded.diagnostics) == "12:5 schema.required: 'title' has no value");
  }
  SUBCASE("empty agencies") {
    const auto loaded = load_plan_text("plancheck: 1\n"
                                       "id: p\n"
                                       "title: \"P\"\n"
                                       "issuer: u\n"
                                       "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                       "agencies: {}\n"
                                       "tasks: []\n");
    CHECK(describe(loaded.diagnostics) ==
          "6:11 schema.value: 'agencies' must list at least one item\n"
          "7:8 schema.value: 'tasks' must list at least one item");
  }
}

TEST_CASE("load_plan: schema.unknown-key") {
  SUBCASE("misspelt top-level key") {
    const auto loaded = load_plan_text(plan_with("titles: \"x\"\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:1 schema.unknown-key: unknown key 'titles'; did you mean 'title'?");
  }
  SUBCASE("a second key of the same name is a duplicate, not unknown") {
    const auto loaded = load_plan_text(plan_with("agencies:\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:1 yaml.duplicate-key: duplicate key 'agencies' (first at line 6)");
  }
  SUBCASE("misspelt task key") {
    const auto loaded = load_plan_text(plan_with("  - {id: T2, title: t, owner: [so-yt]}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:24 schema.unknown-key: unknown key 'owner'; did you mean 'owners'?\n"
          "11:5 schema.required: missing required key 'owners'");
  }
  SUBCASE("unrelated key") {
    const auto loaded = load_plan_text(plan_with("budget: 100\n"));
    CHECK(describe(loaded.diagnostics) == "11:1 schema.unknown-key: unknown key 'budget'");
  }
  SUBCASE("misspelt period key") {
    const auto loaded =
        load_plan_text("plancheck: 1\n"
                       "id: p\n"
                       "title: \"P\"\n"
                       "issuer: u\n"
                       "period: {from: 2024-01-01, to: 2030-12-31, tu: 2024-01-01}\n"
                       "agencies: {u: {name: U}}\n"
                       "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(loaded.diagnostics) ==
          "5:44 schema.unknown-key: unknown key 'tu'; did you mean 'to'?");
  }
}

TEST_CASE("load_plan: schema.type") {
  SUBCASE("agencies as a list") {
    const auto loaded = load_plan_text("plancheck: 1\n"
                                       "id: p\n"
                                       "title: \"P\"\n"
                                       "issuer: u\n"
                                       "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                       "agencies: [u]\n"
                                       "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(loaded.diagnostics) ==
          "6:11 schema.type: 'agencies' must be a mapping of keys to values");
  }
  SUBCASE("tasks as a mapping") {
    const auto loaded = load_plan_text("plancheck: 1\n"
                                       "id: p\n"
                                       "title: \"P\"\n"
                                       "issuer: u\n"
                                       "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                       "agencies: {u: {name: U}}\n"
                                       "tasks: {T: {title: t, owners: [u]}}\n");
    CHECK(describe(loaded.diagnostics) == "7:8 schema.type: 'tasks' must be a list");
  }
  SUBCASE("period as a list") {
    const auto loaded = load_plan_text("plancheck: 1\n"
                                       "id: p\n"
                                       "title: \"P\"\n"
                                       "issuer: u\n"
                                       "period: [2024-01-01, 2030-12-31]\n"
                                       "agencies: {u: {name: U}}\n"
                                       "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(loaded.diagnostics) ==
          "5:9 schema.type: 'period' must be a mapping of keys to values");
  }
  SUBCASE("agency as text") {
    const auto loaded = load_plan_text(plan_with("groups:\n"
                                                 "  g: \"Các sở\"\n"));
    CHECK(describe(loaded.diagnostics) ==
          "12:6 schema.type: 'g' must be a mapping of keys to values");
  }
  SUBCASE("task as text") {
    const auto loaded = load_plan_text(plan_with("  - II.2\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:5 schema.type: 'tasks' must be a mapping of keys to values");
  }
  SUBCASE("owners as one id") {
    const auto loaded = load_plan_text(plan_with("  - {id: T2, title: t, owners: so-yt}\n"));
    CHECK(describe(loaded.diagnostics) == "11:32 schema.type: 'owners' must be a list");
  }
  SUBCASE("title as a number") {
    const auto loaded = load_plan_text(plan_with("  - {id: T2, title: 2024, owners: [so-yt]}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:21 schema.type: 'title' must be text; write it in quotes: \"2024\"");
  }
  SUBCASE("number unquoted") {
    const auto loaded = load_plan_text(plan_with("number: 123\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:9 schema.type: 'number' must be text; write it in quotes: \"123\"");
  }
  SUBCASE("due as a date") {
    const auto loaded = task_due("2024-06-30");
    CHECK(describe(loaded.diagnostics) ==
          "11:48 schema.type: 'due' must be a mapping of keys to values");
  }
  SUBCASE("basis as a mapping") {
    const auto loaded = load_plan_text(plan_with("basis: {number: \"36-NQ/TW\"}\n"));
    CHECK(describe(loaded.diagnostics) == "11:8 schema.type: 'basis' must be a list");
  }
  SUBCASE("the file is a list") {
    const auto loaded = load_plan_text("- plancheck: 1\n");
    CHECK(describe(loaded.diagnostics) ==
          "1:1 schema.type: '(file)' must be a mapping of keys to values");
    CHECK_FALSE(loaded.plan);
  }
}

TEST_CASE("load_plan: schema.version") {
  SUBCASE("version 2") {
    const auto loaded = load_plan_text("plancheck: 2\n" + std::string(k_head.substr(13)));
    CHECK(describe(loaded.diagnostics) ==
          "1:12 schema.version: format version 2 is not supported; write 'plancheck: 1'");
  }
  SUBCASE("version as text") {
    const auto loaded = load_plan_text("plancheck: \"1\"\n" + std::string(k_head.substr(13)));
    CHECK(describe(loaded.diagnostics) == "1:12 schema.type: 'plancheck' must be a whole number");
  }
}

TEST_CASE("load_plan: schema.id") {
  SUBCASE("plan id with uppercase") {
    const auto loaded = load_plan_text("plancheck: 1\n"
                                       "id: Binh-Phuoc\n" +
                                       std::string(k_head.substr(k_head.find("title"))));
    CHECK(describe(loaded.diagnostics) == "2:5 schema.id: 'Binh-Phuoc' is not a valid id: use "
                                          "lowercase letters, digits, '.' and '-'");
  }
  SUBCASE("agency key with uppercase") {
    const auto loaded =
        load_plan_text(plan_with("groups:\n"
                                 "  So-Nganh: {name: \"Các sở\", members: [so-yt]}\n"));
    CHECK(describe(loaded.diagnostics) == "12:3 schema.id: 'So-Nganh' is not a valid id: use "
                                          "lowercase letters, digits, '.' and '-'");
  }
  SUBCASE("task id may be uppercase") {
    const auto loaded =
        load_plan_text(plan_with("  - {id: III.2.B_1, title: t, owners: [so-yt]}\n"));
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->tasks[1].id.value == "III.2.B_1");
  }
  SUBCASE("task id with a slash") {
    const auto loaded = load_plan_text(plan_with("  - {id: II/2, title: t, owners: [so-yt]}\n"));
    CHECK(describe(loaded.diagnostics) == "11:10 schema.id: 'II/2' is not a valid task id: use "
                                          "letters, digits, '.', '_' and '-'");
  }
  SUBCASE("duty id may not be uppercase") {
    const auto loaded = load_plan_text(plan_with("duties:\n"
                                                 "  - {id: Annual, title: t, from: [so-yt], to: "
                                                 "[ubnd-tinh], due: {by: 2024-06-30}}\n"));
    CHECK(describe(loaded.diagnostics) == "12:10 schema.id: 'Annual' is not a valid id: use "
                                          "lowercase letters, digits, '.' and '-'");
  }
  SUBCASE("a reference of any form is kept for the reference check to suggest what it means") {
    const auto loaded = load_plan_text(plan_with("  - {id: T2, title: t, owners: [SO-YT]}\n"));
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->tasks[1].owners[0].value == "SO-YT");
  }
}

TEST_CASE("load_plan: owners and members lists") {
  SUBCASE("empty owners") {
    const auto loaded = load_plan_text(plan_with("  - {id: T2, title: t, owners: []}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:32 schema.value: 'owners' must list at least one item");
  }
  SUBCASE("empty members") {
    const auto loaded = load_plan_text(plan_with("groups:\n"
                                                 "  g: {name: G, members: []}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "12:25 schema.value: 'members' must list at least one item");
  }
  SUBCASE("empty partners are fine") {
    const auto loaded =
        load_plan_text(plan_with("  - {id: T2, title: t, owners: [so-yt], partners: []}\n"));
    CHECK(describe(loaded.diagnostics) == "");
  }
}

TEST_CASE("load_plan: email") {
  SUBCASE("one address") {
    const auto with_email = load_plan_text("plancheck: 1\n"
                                           "id: p\n"
                                           "title: \"P\"\n"
                                           "issuer: u\n"
                                           "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                           "agencies:\n"
                                           "  u: {name: U, email: vanthu@example.gov.vn}\n"
                                           "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(with_email.diagnostics) == "");
    REQUIRE(with_email.plan);
    REQUIRE(with_email.plan->agencies[0].emails.size() == 1);
    CHECK(with_email.plan->agencies[0].emails[0].value == "vanthu@example.gov.vn");
  }
  SUBCASE("not an address") {
    const auto loaded =
        load_plan_text("plancheck: 1\n"
                       "id: p\n"
                       "title: \"P\"\n"
                       "issuer: u\n"
                       "period: {from: 2024-01-01, to: 2030-12-31}\n"
                       "agencies:\n"
                       "  u: {name: U, email: [a@b.vn, vanthu.example.gov.vn, x@y]}\n"
                       "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(loaded.diagnostics) ==
          "7:32 schema.value: 'vanthu.example.gov.vn' is not an email address\n"
          "7:55 schema.value: 'x@y' is not an email address");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->agencies[0].emails.size() == 1);
  }
  SUBCASE("empty list") {
    const auto loaded = load_plan_text("plancheck: 1\n"
                                       "id: p\n"
                                       "title: \"P\"\n"
                                       "issuer: u\n"
                                       "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                       "agencies:\n"
                                       "  u: {name: U, email: []}\n"
                                       "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(loaded.diagnostics) == "7:23 schema.value: 'email' must list at least one item");
  }
}

TEST_CASE("load_plan: short_title and contact") {
  SUBCASE("every key") {
    const auto loaded = load_plan_text(plan_with("short_title: \"Kế hoạch CNSH\"\n"
                                                 "contact:\n"
                                                 "  agency: ubnd-tinh\n"
                                                 "  name: \"Phòng Quản lý khoa học\"\n"
                                                 "  phone: \"0271 3879 123\"\n"
                                                 "  email: khcn@example.gov.vn\n"
                                                 "  submit: \"qua Hệ thống quản lý văn bản\"\n"));
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->short_title == "Kế hoạch CNSH");
    REQUIRE(loaded.plan->contact);
    const Contact& contact = *loaded.plan->contact;
    REQUIRE(contact.agency);
    CHECK(contact.agency->value == "ubnd-tinh");
    CHECK(contact.agency->pos == SourcePos{13, 11});
    CHECK(contact.name == "Phòng Quản lý khoa học");
    CHECK(contact.phone == "0271 3879 123");
    REQUIRE(contact.email);
    CHECK(contact.email->value == "khcn@example.gov.vn");
    CHECK(contact.email->pos == SourcePos{16, 10});
    CHECK(contact.submit == "qua Hệ thống quản lý văn bản");
  }
  SUBCASE("absent") {
    const auto loaded = load_plan_text(plan_with(""));
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->short_title.empty());
    CHECK(!loaded.plan->contact);
  }
  SUBCASE("short_title as a list") {
    const auto loaded = load_plan_text(plan_with("short_title: [a, b]\n"));
    CHECK(describe(loaded.diagnostics) == "11:14 schema.type: 'short_title' must be text");
  }
  SUBCASE("contact as text") {
    const auto loaded = load_plan_text(plan_with("contact: \"Sở KH&CN\"\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:10 schema.type: 'contact' must be a mapping of keys to values");
    REQUIRE(loaded.plan);
    CHECK(!loaded.plan->contact);
  }
  SUBCASE("a bad email") {
    const auto loaded = load_plan_text(plan_with("contact: {agency: so-yt, email: khcn.gov.vn}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:33 schema.value: 'khcn.gov.vn' is not an email address");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->contact);
    CHECK(!loaded.plan->contact->email);
  }
  SUBCASE("agency id with uppercase, phone as a number, unknown key") {
    const auto loaded =
        load_plan_text(plan_with("contact: {agency: So-KHCN, phone: 123, fax: \"1\"}\n"));
    CHECK(describe(loaded.diagnostics) ==
          "11:40 schema.unknown-key: unknown key 'fax'\n"
          "11:19 schema.id: 'So-KHCN' is not a valid id: use lowercase letters, digits, '.' and "
          "'-'\n"
          "11:35 schema.type: 'phone' must be text; write it in quotes: \"123\"");
  }
}

TEST_CASE("load_plan: agency dates and successor") {
  const auto loaded = load_plan_text("plancheck: 1\n"
                                     "id: p\n"
                                     "title: \"P\"\n"
                                     "issuer: u\n"
                                     "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                     "agencies:\n"
                                     "  u: {name: U, until: 30/06/2025, successor: dn-u}\n"
                                     "  dn-u: {name: DN, since: 2025-07-01}\n"
                                     "tasks: [{id: T, title: t, owners: [u]}]\n");
  CHECK(describe(loaded.diagnostics) == "");
  REQUIRE(loaded.plan);
  const Agency& u = loaded.plan->agencies[0];
  REQUIRE(u.until);
  CHECK(u.until->value == ymd(2025, 6, 30));
  REQUIRE(u.successor);
  CHECK(u.successor->value == "dn-u");
  CHECK(u.successor->pos == SourcePos{7, 46});
  CHECK(u.active_on(ymd(2025, 6, 30)));
  CHECK_FALSE(u.active_on(ymd(2025, 7, 1)));
  const Agency& dn = loaded.plan->agencies[1];
  CHECK_FALSE(dn.active_on(ymd(2025, 6, 30)));
  CHECK(dn.active_on(ymd(2025, 7, 1)));

  SUBCASE("bad until") {
    const auto bad = load_plan_text("plancheck: 1\n"
                                    "id: p\n"
                                    "title: \"P\"\n"
                                    "issuer: u\n"
                                    "period: {from: 2024-01-01, to: 2030-12-31}\n"
                                    "agencies:\n"
                                    "  u: {name: U, until: 31/06/2025}\n"
                                    "tasks: [{id: T, title: t, owners: [u]}]\n");
    CHECK(describe(bad.diagnostics) ==
          "7:23 schema.date: '31/06/2025' is not a day of the calendar");
  }
}

TEST_CASE("load_plan: task deadlines") {
  SUBCASE("by") {
    const auto loaded = task_due("{by: 2024-06-30}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    const auto& due = loaded.plan->tasks[1].due;
    REQUIRE(due);
    CHECK(due->value.form == DeadlineForm::by);
    CHECK(due->pos == SourcePos{11, 48});
    CHECK(last_on_time_day(due->value) == ymd(2024, 6, 30));
  }
  SUBCASE("before") {
    const auto loaded = task_due("{before: 01/07/2024}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->tasks[1].due);
    CHECK(loaded.plan->tasks[1].due->value.form == DeadlineForm::before);
    CHECK(last_on_time_day(loaded.plan->tasks[1].due->value) == ymd(2024, 6, 30));
  }
  SUBCASE("within a year written as a number") {
    const auto loaded = task_due("{within: 2024}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->tasks[1].due);
    CHECK(loaded.plan->tasks[1].due->value.form == DeadlineForm::within_year);
    CHECK(last_on_time_day(loaded.plan->tasks[1].due->value) == ymd(2024, 12, 31));
  }
  SUBCASE("within a year written as text") {
    const auto loaded = task_due("{within: \"2025\"}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->tasks[1].due);
    CHECK(last_on_time_day(loaded.plan->tasks[1].due->value) == ymd(2025, 12, 31));
  }
  SUBCASE("within a quarter") {
    const auto loaded = task_due("{within: 2024-Q1}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->tasks[1].due);
    CHECK(loaded.plan->tasks[1].due->value.part == 1);
    CHECK(last_on_time_day(loaded.plan->tasks[1].due->value) == ymd(2024, 3, 31));
  }
  SUBCASE("within a month") {
    const auto loaded = task_due("{within: 2024-02}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->tasks[1].due);
    CHECK(loaded.plan->tasks[1].due->value.form == DeadlineForm::within_month);
    CHECK(last_on_time_day(loaded.plan->tasks[1].due->value) == ymd(2024, 2, 29));
  }
  SUBCASE("years outside 1900 to 2199") {
    CHECK(describe(task_due("{within: 0999}").diagnostics) ==
          "11:57 schema.date: '0999' is outside the years plancheck accepts, 1900 to 2199");
    CHECK(describe(task_due("{within: 2200-Q1}").diagnostics) ==
          "11:57 schema.date: '2200-Q1' is outside the years plancheck accepts, 1900 to 2199");
    CHECK(describe(task_due("{within: 1899-12}").diagnostics) ==
          "11:57 schema.date: '1899-12' is outside the years plancheck accepts, 1900 to 2199");
    CHECK(describe(task_due("{within: 2199-12}").diagnostics) == "");
  }
}

TEST_CASE("load_plan: wrong task deadlines") {
  struct Case {
    const char* name;
    const char* due;
    const char* diagnostics;
    bool dropped; // the deadline is left out of the plan
  };
  const std::vector<Case> wrong{
      {"quarter 5", "{within: 2024-Q5}",
       "11:57 schema.value: '2024-Q5' is not a year (2024), "
       "quarter (2024-Q1) or month (2024-05)",
       true},
      {"month 13", "{within: 2024-13}",
       "11:57 schema.value: '2024-13' is not a year (2024), "
       "quarter (2024-Q1) or month (2024-05)",
       false},
      {"a date", "{within: 2024-05-01}",
       "11:57 schema.value: '2024-05-01' is not a year (2024), "
       "quarter (2024-Q1) or month (2024-05)",
       false},
      {"a two-digit year", "{within: 24}",
       "11:57 schema.value: '24' is not a year (2024), quarter (2024-Q1) or month (2024-05)",
       false},
      {"a list", "{within: [2024]}",
       "11:57 schema.value: 'within' is not a year (2024), "
       "quarter (2024-Q1) or month (2024-05)",
       false},
      {"two forms at once", "{by: 2024-06-30, within: 2024}",
       "11:48 schema.value: a deadline takes exactly one of: by, before, within", true},
      {"no form", "{}", "11:48 schema.value: a deadline takes exactly one of: by, before, within",
       false},
      {"every year on a task", "{every: year, by: {month: 12, day: 30}}",
       "11:49 schema.value: a task deadline cannot repeat; 'every' is for duties", true},
      {"misspelt form", "{bye: 2024-06-30}",
       "11:49 schema.unknown-key: unknown key 'bye'; did you mean 'by'?\n"
       "11:48 schema.value: a deadline takes exactly one of: by, before, within",
       false},
      {"bad date", "{by: 2024-06-31}",
       "11:53 schema.date: '2024-06-31' is not a day of the calendar", false},
  };
  for (const Case& c : wrong) {
    SUBCASE(c.name) {
      const auto loaded = task_due(c.due);
      CHECK(describe(loaded.diagnostics) == c.diagnostics);
      if (c.dropped) {
        CHECK_FALSE(loaded.plan->tasks[1].due);
      }
    }
  }
}

TEST_CASE("load_plan: duty deadlines") {
  SUBCASE("yearly before") {
    const auto loaded = duty_due("{every: year, before: {month: 12, day: 10}}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    const auto& due = loaded.plan->duties[0].due;
    REQUIRE(due);
    CHECK(due->pos == SourcePos{16, 10});
    CHECK(last_on_time_day(due->value, 2025) == ymd(2025, 12, 9));
  }
  SUBCASE("yearly by") {
    const auto loaded = duty_due("{every: year, by: {month: 12, day: 30}}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->duties[0].due);
    CHECK(loaded.plan->duties[0].due->value.form == DeadlineForm::yearly_by);
    CHECK(last_on_time_day(loaded.plan->duties[0].due->value, 2026) == ymd(2026, 12, 30));
  }
  SUBCASE("29 February") {
    const auto loaded = duty_due("{every: year, by: {month: 2, day: 29}}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->duties[0].due);
    CHECK(last_on_time_day(loaded.plan->duties[0].due->value, 2024) == ymd(2024, 2, 29));
    CHECK(last_on_time_day(loaded.plan->duties[0].due->value, 2025) == ymd(2025, 2, 28));
  }
  SUBCASE("one-off duty") {
    const auto loaded = duty_due("{before: 2024-07-01}");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    REQUIRE(loaded.plan->duties[0].due);
    CHECK_FALSE(loaded.plan->duties[0].due->value.yearly());
  }
  struct Case {
    const char* name;
    const char* due;
    const char* diagnostics;
    bool dropped; // the deadline is left out of the plan
  };
  const std::vector<Case> wrong{
      {"month 13", "{every: year, by: {month: 13, day: 1}}",
       "16:36 schema.value: month 13 is not 1 to 12", true},
      {"month 0", "{every: year, by: {month: 0, day: 1}}",
       "16:36 schema.value: month 0 is not 1 to 12", false},
      {"31 April", "{every: year, by: {month: 4, day: 31}}",
       "16:44 schema.value: 31/4 is not a day of the year", true},
      {"30 February", "{every: year, before: {month: 2, day: 30}}",
       "16:48 schema.value: 30/2 is not a day of the year", false},
      {"day 0", "{every: year, by: {month: 1, day: 0}}",
       "16:44 schema.value: 0/1 is not a day of the year", false},
      {"day as text", "{every: year, by: {month: 1, day: \"5\"}}",
       "16:44 schema.type: 'day' must be a whole number", false},
      {"missing day", "{every: year, by: {month: 12}}",
       "16:28 schema.required: missing required key 'day'", false},
      {"yearly with a full date", "{every: year, by: 2024-12-10}",
       "16:28 schema.type: 'by' must be a mapping of keys to values", false},
      {"every month", "{every: month, by: {month: 12, day: 10}}",
       "16:18 schema.enum: 'month' is not one of: year", false},
      {"yearly within", "{every: year, within: 2024}",
       "16:10 schema.value: a yearly deadline takes 'by' or 'before' with a month and day, e.g. "
       "{month: 12, day: 10}",
       false},
      {"yearly with by and before",
       "{every: year, by: {month: 12, day: 10}, before: {month: 12, day: 10}}",
       "16:10 schema.value: a deadline takes exactly one of: by, before", false},
      {"every without a form", "{every: year}",
       "16:10 schema.value: a deadline takes exactly one of: by, before", false},
  };
  for (const Case& c : wrong) {
    SUBCASE(c.name) {
      const auto loaded = duty_due(c.due);
      CHECK(describe(loaded.diagnostics) == c.diagnostics);
      if (c.dropped) {
        CHECK_FALSE(loaded.plan->duties[0].due);
      }
    }
  }
}

TEST_CASE("load_plan: covers") {
  const auto covers = [](std::string_view value) {
    return load_plan_text(plan_with(fmt::format("duties:\n"
                                                "  - id: annual\n"
                                                "    title: \"Báo cáo hằng năm\"\n"
                                                "    from: [so-yt]\n"
                                                "    to: [ubnd-tinh]\n"
                                                "    due: {{by: 2024-12-10}}\n"
                                                "    covers: {}\n",
                                                value)));
  };
  SUBCASE("default") {
    const auto loaded = load_plan_text(plan_with("duties:\n"
                                                 "  - id: annual\n"
                                                 "    title: \"Báo cáo hằng năm\"\n"
                                                 "    from: [so-yt]\n"
                                                 "    to: [ubnd-tinh]\n"
                                                 "    due: {by: 2024-12-10}\n"));
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->duties[0].covers == Covers::own_tasks);
  }
  SUBCASE("own-tasks") {
    const auto loaded = covers("own-tasks");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->duties[0].covers == Covers::own_tasks);
  }
  SUBCASE("all-tasks") {
    const auto loaded = covers("all-tasks");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->duties[0].covers == Covers::all_tasks);
  }
  SUBCASE("a list of tasks") {
    const auto loaded = covers("[II.1.a, IV.4]");
    CHECK(describe(loaded.diagnostics) == "");
    REQUIRE(loaded.plan);
    CHECK(loaded.plan->duties[0].covers == Covers::listed);
    REQUIRE(loaded.plan->duties[0].covered_tasks.size() == 2);
    CHECK(loaded.plan->duties[0].covered_tasks[1].value == "IV.4");
  }
  SUBCASE("unknown word") {
    const auto loaded = covers("own");
    CHECK(describe(loaded.diagnostics) ==
          "17:13 schema.enum: 'own' is not one of: own-tasks, all-tasks");
  }
  SUBCASE("empty list") {
    const auto loaded = covers("[]");
    CHECK(describe(loaded.diagnostics) ==
          "17:13 schema.value: 'covers' must list at least one item");
  }
}
