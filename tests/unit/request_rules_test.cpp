#include "load/request_loader.hpp"
#include "test_support.hpp"
#include "validate/request_rules.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::plan_of;

namespace {

// `annual` is yearly; T1 is the only task.
constexpr std::string_view k_plan = "plancheck: 1\n"
                                    "id: p\n"
                                    "title: \"P\"\n"
                                    "issuer: ubnd\n"
                                    "period: {from: 2024-01-01, to: 2026-12-31}\n"
                                    "agencies:\n"
                                    "  ubnd: {name: \"UBND\"}\n"
                                    "  so-khcn: {name: \"Sở KH&CN\"}\n"
                                    "groups:\n"
                                    "  cac-so: {name: \"Các sở\", members: [so-khcn]}\n"
                                    "tasks:\n"
                                    "  - {id: T1, title: \"t1\", owners: [so-khcn]}\n"
                                    "duties:\n"
                                    "  - id: annual\n"
                                    "    title: \"Hằng năm\"\n"
                                    "    from: [so-khcn]\n"
                                    "    to: [ubnd]\n"
                                    "    due: {every: year, before: {month: 12, day: 10}}\n";

// A request file's text: `head` holds its keys but `duties`, `duties` its entries.
std::string request(std::string_view head, std::string_view duties) {
  return "plancheck: 1\n" + std::string(head) + "duties:\n" + std::string(duties);
}

constexpr std::string_view k_head = "plan: p\n"
                                    "number: \"1234/UBND-KGVX\"\n"
                                    "requested: 2025-06-02\n"
                                    "requested_by: ubnd\n";

// One duty entry, as lines 7 to 11 of a request.
std::string duty(std::string_view id, std::string_view due = "{by: 2025-06-20}",
                 std::string_view from = "so-khcn") {
  return "  - id: " + std::string(id) + "\n    title: \"x\"\n    from: [" + std::string(from) +
         "]\n    to: [ubnd]\n    due: " + std::string(due) + "\n";
}

// Load the request files `texts` (named r1.yaml, r2.yaml, ...) for k_plan,
// add their duties to it as loading a workspace does, and check them.
Diagnostics request_rules_of(const std::vector<std::string>& texts) {
  Plan plan = plan_of(std::string(k_plan));
  plan.path = "plan.yaml";
  std::deque<SourceFile> files;
  std::vector<LoadedRequest> loaded;
  Diagnostics out;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const SourceFile& file = files.emplace_back("r" + std::to_string(i + 1) + ".yaml", texts[i]);
    Diagnostics loading;
    Reporter reporter(file, loading);
    std::optional<Request> r = load_request(file, reporter);
    REQUIRE(describe(loading) == "");
    REQUIRE(r);
    plan.duties.insert(plan.duties.end(), r->duties.begin(), r->duties.end());
    loaded.push_back({&file, std::move(r)});
  }
  plan.index();
  check_request_rules(plan, loaded, out);
  return out;
}

} // namespace

TEST_CASE("check_request_rules accepts a sound request") {
  CHECK(describe(request_rules_of({request(k_head, duty("so-ket", "{by: 2025-06-02}"))})) == "");
  CHECK(describe(request_rules_of(
            {request(k_head, duty("so-ket", "{within: 2025-Q2}", "cac-so"))})) == "");
}

TEST_CASE("check_request_rules reports each problem in the request's file") {
  SUBCASE("another plan") {
    const std::string head = "plan: q\nnumber: \"1\"\nrequested: 2025-06-02\nrequested_by: ubnd\n";
    const Diagnostics d = request_rules_of({request(head, duty("so-ket"))});
    CHECK(describe(d) == "2:7 request.plan: this request is for plan 'q', but its plan is 'p'");
    CHECK(d.front().path == "r1.yaml");
  }
  SUBCASE("a group as requested_by") {
    const std::string head =
        "plan: p\nnumber: \"1\"\nrequested: 2025-06-02\nrequested_by: cac-so\n";
    CHECK(describe(request_rules_of({request(head, duty("so-ket"))})) ==
          "5:15 ref.group-not-agency: 'cac-so' is a group; name a single agency");
  }
  SUBCASE("an unknown sender") {
    CHECK(describe(request_rules_of({request(k_head, duty("so-ket", "{by: 2025-06-20}", "so-kh"))}))
              .starts_with("9:12 ref.unknown-agency: unknown agency or group 'so-kh'"));
  }
  SUBCASE("a deadline before the request") {
    CHECK(describe(request_rules_of({request(k_head, duty("so-ket", "{by: 2025-06-01}"))})) ==
          "4:12 request.after-due: requested on 2025-06-02, after the deadline of duty 'so-ket' "
          "(2025-06-01): check 'requested' and 'due'");
  }
  SUBCASE("an id of the plan") {
    CHECK(describe(request_rules_of({request(k_head, duty("annual"))})) ==
          "7:9 ref.duplicate-id: duty id 'annual' is already used in plan.yaml (line 14); give "
          "this duty its own id");
  }
  SUBCASE("an id twice in one request") {
    CHECK(describe(request_rules_of({request(k_head, duty("so-ket") + duty("so-ket"))})) ==
          "12:9 ref.duplicate-id: 'so-ket' is defined twice (first at line 7)");
  }
  SUBCASE("an id of an earlier request") {
    const Diagnostics d =
        request_rules_of({request(k_head, duty("so-ket")), request(k_head, duty("so-ket"))});
    CHECK(describe(d) == "7:9 ref.duplicate-id: duty id 'so-ket' is already used in r1.yaml "
                         "(line 7); give this duty its own id");
    CHECK(d.front().path == "r2.yaml");
  }
}
