#include "app/output_target.hpp"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("parse_output_target") {
  CHECK(parse_output_target("text") == OutputTarget{OutputFormat::text, ""});
  CHECK(parse_output_target("text=-") == OutputTarget{OutputFormat::text, "-"});
  CHECK(parse_output_target("junit=out/a=b.xml") ==
        OutputTarget{OutputFormat::junit, "out/a=b.xml"});
  CHECK(parse_output_target("sarif=") == OutputTarget{OutputFormat::sarif, ""});
  CHECK_FALSE(parse_output_target("xml=a.xml").has_value());
  CHECK_FALSE(parse_output_target("=a").has_value());
}

TEST_CASE("is_stdout") {
  CHECK(is_stdout({OutputFormat::text, ""}));
  CHECK(is_stdout({OutputFormat::text, "-"}));
  CHECK(is_stdout({OutputFormat::text, "/dev/stdout"}));
  CHECK_FALSE(is_stdout({OutputFormat::text, "./-"}));
}

TEST_CASE("conflicting_targets") {
  using Targets = std::vector<OutputTarget>;
  const std::string alone = "--format: json, csv, junit and sarif must be alone on standard "
                            "output; send the others to files with FORMAT=PATH";
  struct Case {
    Targets targets;
    std::optional<std::string> conflict;
  };
  const Case cases[] = {
      {{{OutputFormat::text, ""}, {OutputFormat::github, "-"}}, std::nullopt},
      {{{OutputFormat::json, ""}}, std::nullopt},
      {{{OutputFormat::json, ""}, {OutputFormat::sarif, "a"}, {OutputFormat::text, "b"}},
       std::nullopt},
      {{{OutputFormat::json, ""}, {OutputFormat::text, ""}}, alone},
      {{{OutputFormat::github, ""}, {OutputFormat::csv, "-"}}, alone},
      {{{OutputFormat::junit, "x"}, {OutputFormat::sarif, "x"}}, "--format: x is named twice"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.targets.size());
    const auto conflict = conflicting_targets(c.targets);
    CHECK(conflict.has_value() == c.conflict.has_value());
    if (conflict && c.conflict) {
      CHECK(localize(*conflict, Lang::en) == *c.conflict);
    }
  }
}
