#include "cli/format_option.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::fake_getenv;
using plancheck::test::FakeEnvironment;

TEST_CASE("check_format") {
  CHECK(check_format("text", FormatCommand::validate, Lang::en).empty());
  CHECK(check_format("json=out.json", FormatCommand::validate, Lang::en).empty());
  CHECK(check_format("text=-", FormatCommand::validate, Lang::en).empty());
  CHECK(check_format("csv", FormatCommand::check, Lang::en).empty());
  CHECK(check_format("csv", FormatCommand::validate, Lang::en) ==
        "'csv' is not a format (text, json, github, junit, sarif)");
  CHECK(check_format("csv=a.csv", FormatCommand::validate, Lang::en) ==
        "'csv' is not a format (text, json, github, junit, sarif)");
  CHECK(check_format("xml=a.xml", FormatCommand::check, Lang::en) ==
        "'xml' is not a format (text, json, csv, github, junit, sarif, xlsx)");
  CHECK(check_format("json=", FormatCommand::check, Lang::en) == "'json=' names no file after '='");
}

TEST_CASE("check_format: xlsx goes to a file only") {
  CHECK(check_format("xlsx=out.xlsx", FormatCommand::matrix, Lang::en).empty());
  CHECK(check_format("xlsx=out.xlsx", FormatCommand::check, Lang::en).empty());
  for (const char* text : {"xlsx", "xlsx=-", "xlsx=/dev/stdout", "xlsx=/dev/stderr"}) {
    CAPTURE(text);
    CHECK(check_format(text, FormatCommand::matrix, Lang::en) ==
          "'xlsx' is written to a file only, never to standard output: --format xlsx=FILE");
  }
  CHECK(check_format("xlsx", FormatCommand::matrix, Lang::vi) ==
        "'xlsx' chỉ ghi ra tệp, không ghi ra đầu ra chuẩn: --format xlsx=TỆP");
  CHECK(check_format("html", FormatCommand::matrix, Lang::en).empty());
  CHECK(check_format("html", FormatCommand::check, Lang::en) ==
        "'html' is not a format (text, json, csv, github, junit, sarif, xlsx)");
}

TEST_CASE("to_output_targets") {
  SUBCASE("what --format asks for, in order") {
    const FakeEnvironment environment({{"GITHUB_ACTIONS", "true"}});
    CHECK(to_output_targets({"json=a.json", "text"}, fake_getenv) ==
          std::vector<OutputTarget>{{OutputFormat::json, "a.json"}, {OutputFormat::text, ""}});
  }
  SUBCASE("without --format: text") {
    const FakeEnvironment environment({});
    CHECK(to_output_targets({}, fake_getenv) ==
          std::vector<OutputTarget>{{OutputFormat::text, ""}});
  }
  SUBCASE("without --format in GitHub Actions: text and annotations") {
    const FakeEnvironment environment({{"GITHUB_ACTIONS", "true"}});
    CHECK(to_output_targets({}, fake_getenv) ==
          std::vector<OutputTarget>{{OutputFormat::text, ""}, {OutputFormat::github, ""}});
  }
}
