#include "load/request_loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::ymd;

namespace {

// A request's first six lines; tests append the entries of `duties` from line 7 on.
constexpr std::string_view k_head = "plancheck: 1\n"
                                    "plan: p\n"
                                    "number: \"1234/UBND-KGVX\"\n"
                                    "requested: 2025-06-02\n"
                                    "requested_by: ubnd\n"
                                    "duties:\n";

struct LoadedRequestText {
  Diagnostics diagnostics;
  std::optional<Request> request;
};

LoadedRequestText load_request_text(std::string text) {
  const SourceFile file("requests/1234.yaml", std::move(text));
  LoadedRequestText out;
  Reporter reporter(file, out.diagnostics);
  out.request = load_request(file, reporter);
  return out;
}

LoadedRequestText with(std::string_view tail) {
  return load_request_text(std::string(k_head) + std::string(tail));
}

} // namespace

TEST_CASE("load_request reads a valid request and marks its duties") {
  const auto loaded = with("  - id: so-ket\n"
                           "    title: \"Sơ kết\"\n"
                           "    from: [so-khcn]\n"
                           "    to: [ubnd]\n"
                           "    due: {by: 20/06/2025}\n");
  CHECK(describe(loaded.diagnostics) == "");
  REQUIRE(loaded.request);
  const Request& r = *loaded.request;
  CHECK(r.path == "requests/1234.yaml");
  CHECK(r.plan.value == "p");
  CHECK(r.number.value == "1234/UBND-KGVX");
  CHECK(r.requested.value == ymd(2025, 6, 2));
  CHECK(r.requested.pos == SourcePos{4, 12});
  CHECK(r.requested_by.value == "ubnd");
  REQUIRE(r.duties.size() == 1);
  const Duty& duty = r.duties.front();
  CHECK(duty.id.value == "so-ket");
  CHECK(duty.id.pos == SourcePos{7, 9});
  REQUIRE(duty.due);
  CHECK(last_on_time_day(duty.due->value) == ymd(2025, 6, 20));
  REQUIRE(duty.request);
  CHECK(duty.request->path == "requests/1234.yaml");
  CHECK(duty.request->number == "1234/UBND-KGVX");
  CHECK(duty.request->requested == ymd(2025, 6, 2));
}

TEST_CASE("load_request reports what is wrong, located") {
  SUBCASE("a yearly every") {
    const auto loaded = with("  - id: hang-nam\n"
                             "    title: \"Hằng năm\"\n"
                             "    from: [so-khcn]\n"
                             "    to: [ubnd]\n"
                             "    due: {every: year, by: {month: 6, day: 20}}\n");
    CHECK(describe(loaded.diagnostics) ==
          "11:11 schema.value: a request asks once and cannot repeat; a yearly duty belongs in "
          "plan.yaml");
  }
  SUBCASE("duties missing") {
    const auto loaded = load_request_text("plancheck: 1\nplan: p\nnumber: \"1\"\n"
                                          "requested: 2025-06-02\nrequested_by: ubnd\n");
    CHECK(describe(loaded.diagnostics) == "1:1 schema.required: missing required key 'duties'");
  }
  SUBCASE("duties not a list") {
    const auto loaded = with("  id: x\n");
    CHECK(describe(loaded.diagnostics) == "7:3 schema.type: 'duties' must be a list");
  }
  SUBCASE("an empty list") {
    const auto loaded =
        load_request_text(std::string(k_head.substr(0, k_head.size() - 1)) + " []\n");
    CHECK(describe(loaded.diagnostics) == "6:9 schema.value: 'duties' must list at least one item");
  }
  SUBCASE("an unknown key") {
    const auto loaded = load_request_text("plancheck: 1\nplan: p\nnumber: \"1\"\n"
                                          "requested: 2025-06-02\nrequested_by: ubnd\n"
                                          "date: 2025-06-02\nduties: []\n");
    CHECK(describe(loaded.diagnostics).starts_with("6:1 schema.unknown-key: "));
  }
}
