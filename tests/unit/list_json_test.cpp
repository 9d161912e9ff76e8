#include "render/list_json.hpp"
#include "test_support.hpp"

#include <sstream>

using namespace plancheck;
using namespace plancheck::test;

namespace {

// so-a ends and passes its work to so-b, whose name needs escaping in JSON.
const std::string k_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh", short: "UBND"}
  so-a: {name: "Sở A", until: 2025-02-28, successor: so-b}
  so-b: {name: "Sở \"B\"\t\u202E", since: 2025-03-01, email: [b@example.gov.vn]}
groups:
  g: {name: "Nhóm", members: [so-a]}
tasks:
  - {id: T1, title: "Một", owners: [so-a], partners: [ubnd], due: {within: 2024-Q1}}
  - {id: T2, title: "Hai", owners: [g]}
duties:
  - {id: yearly, title: "Hằng năm", from: [so-a], to: [ubnd], due: {every: year, before: {month: 12, day: 10}}, covers: all-tasks}
  - {id: once, title: "Một lần", from: [so-a], to: [ubnd], via: ubnd, due: {by: 2024-06-30}, covers: [T1]}
)");

std::string rendered(ListKind kind) {
  const Fixture fx(k_plan);
  const Day as_of = day("2025-07-15");
  const ListResult result{kind, as_of, {list_plan(fx.plan(), as_of)}};
  std::ostringstream out;
  render_list_json(result, out);
  return out.str();
}

std::string document(std::string_view kind, std::string_view entries) {
  return fmt::format("{{\n  \"plancheck\": 1,\n  \"as_of\": \"2025-07-15\",\n  \"kind\": \"{}\",\n"
                     "  \"plans\": [\n    {{\n      \"id\": \"test-plan\",\n"
                     "      \"title\": \"Test plan\",\n"
                     "      \"timezone\": \"Asia/Ho_Chi_Minh\",\n"
                     "      \"{}\": [\n{}\n      ]\n    }}\n  ]\n}}\n",
                     kind, kind, entries);
}

} // namespace

TEST_CASE("render_list_json") {
  SUBCASE("agencies: in listing order, with state, successor, holder and what each owes") {
    CHECK(
        rendered(ListKind::agencies) ==
        document(
            "agencies",
            R"(        {"id": "ubnd", "name": "UBND tỉnh", "short": "UBND", "state": "active", "since": null, "until": null, "successor": null, "held_by": null, "email": [], "owes": []},
        {"id": "so-b", "name": "Sở \"B\"\t\u202e", "short": null, "state": "active", "since": "2025-03-01", "until": null, "successor": null, "held_by": null, "email": ["b@example.gov.vn"], "owes": [{"duty": "yearly", "period": 2025, "due": "2025-12-09"}]},
        {"id": "so-a", "name": "Sở A", "short": null, "state": "ended", "since": null, "until": "2025-02-28", "successor": "so-b", "held_by": "so-b", "email": [], "owes": []})"));
  }
  SUBCASE("groups: as written and on the day") {
    CHECK(
        rendered(ListKind::groups) ==
        document("groups",
                 R"(        {"id": "g", "name": "Nhóm", "named": ["so-a"], "members": ["so-b"]})"));
  }
  SUBCASE("tasks: deadlines resolved, null when ongoing") {
    CHECK(
        rendered(ListKind::tasks) ==
        document(
            "tasks",
            R"(        {"id": "T1", "title": "Một", "owners": ["so-a"], "partners": ["ubnd"], "due": "2024-03-31"},
        {"id": "T2", "title": "Hai", "owners": ["g"], "partners": [], "due": null})"));
  }
  SUBCASE("duties: the day's instance of a yearly one, coverage as a word or ids") {
    CHECK(
        rendered(ListKind::duties) ==
        document(
            "duties",
            R"(        {"id": "yearly", "title": "Hằng năm", "from": ["so-a"], "to": ["ubnd"], "via": null, "yearly": true, "period": 2025, "due": "2025-12-09", "covers": "all-tasks", "request": null},
        {"id": "once", "title": "Một lần", "from": ["so-a"], "to": ["ubnd"], "via": "ubnd", "yearly": false, "period": null, "due": "2024-06-30", "covers": ["T1"], "request": null})"));
  }
}
