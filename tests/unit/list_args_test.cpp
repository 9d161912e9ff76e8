#include "cli/list_args.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::FakeEnvironment;
using plancheck::test::ymd;

TEST_CASE("check_list_kind") {
  for (const char* kind : {"agencies", "groups", "tasks", "duties"}) {
    CAPTURE(kind);
    CHECK(check_list_kind(kind, Lang::en).empty());
  }
  SUBCASE("a word that is no kind, in each language") {
    CHECK(check_list_kind("agency", Lang::en) ==
          "'agency' is not something to list: say agencies, groups, tasks or duties");
    CHECK(check_list_kind("nhiem-vu", Lang::vi) ==
          "không liệt kê được 'nhiem-vu': hãy ghi agencies, groups, tasks hoặc duties");
    CHECK_FALSE(check_list_kind("", Lang::en).empty());
  }
}

TEST_CASE("to_list_options") {
  SUBCASE("every argument and the clock") {
    const FakeEnvironment environment({});
    Environment env = environment.env();
    env.now = std::chrono::system_clock::time_point(std::chrono::hours(24));
    const ListOptions options = to_list_options({"duties", {"plans/x"}, "30/11/2026", "json"}, env);
    CHECK(options.kind == ListKind::duties);
    CHECK(options.plans == std::vector<std::string>{"plans/x"});
    CHECK(options.as_of == ymd(2026, 11, 30));
    CHECK(options.now == env.now);
    CHECK(options.format == OutputFormat::json);
  }
  SUBCASE("defaults: today, text") {
    const FakeEnvironment environment({});
    const ListOptions options = to_list_options({"groups", {}, "", "text"}, environment.env());
    CHECK(options.kind == ListKind::groups);
    CHECK(options.plans.empty());
    CHECK_FALSE(options.as_of.has_value());
    CHECK(options.format == OutputFormat::text);
  }
}
