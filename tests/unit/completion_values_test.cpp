#include "cli/completion_values.hpp"

#include <CLI/CLI.hpp>
#include <doctest/doctest.h>

using namespace plancheck;

using Words = std::vector<std::string>;

TEST_CASE("completion_name") {
  CHECK(completion_name(Words{"text", "json"}) == "values:text,json");
  CHECK(completion_name(Words{}) == "values:");
  CHECK(completion_name("a,b") == "values:a,b");
}

TEST_CASE("enumerated_values") {
  CLI::App app;
  std::string value;
  SUBCASE("a check named by completion_name") {
    CLI::Option* option = app.add_option("--status", value)
                              ->check([](const std::string&) { return std::string(); }, "",
                                      completion_name("late,ok"));
    CHECK(enumerated_values(*option) == Words{"late", "ok"});
  }
  SUBCASE("a CLI11 IsMember check, after a check that names none") {
    CLI::Option* option = app.add_option("--color", value)
                              ->check(CLI::Range(0, 10))
                              ->check(CLI::IsMember({"auto", "always", "never"}));
    CHECK(enumerated_values(*option) == Words{"auto", "always", "never"});
  }
  SUBCASE("any text: no check, or a check of another kind") {
    CHECK(enumerated_values(*app.add_option("--path", value)).empty());
    CHECK(
        enumerated_values(*app.add_option("--year", value)->check(CLI::Range(1000, 9999))).empty());
    CHECK(enumerated_values(*app.add_option("--date", value)
                                 ->check([](const std::string&) { return std::string(); }, "DATE"))
              .empty());
  }
}
