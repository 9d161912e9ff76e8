#include "model/diagnostic.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;

namespace {

Diagnostic unknown_key(std::string path, int line) {
  return Diagnostic{std::move(path),
                    {line, 1},
                    {},
                    Severity::error,
                    Rule::schema_unknown_key,
                    Message{MsgId::unknown_key, {"k" + std::to_string(line)}},
                    {},
                    1,
                    0};
}

} // namespace

TEST_CASE("sort_diagnostics") {
  SUBCASE("drops exact repeats") {
    Diagnostics ds{unknown_key("a.yaml", 2), unknown_key("a.yaml", 1), unknown_key("a.yaml", 2)};
    sort_diagnostics(ds);
    CHECK(describe(ds) == "1:1 schema.unknown-key: unknown key 'k1'\n"
                          "2:1 schema.unknown-key: unknown key 'k2'");
  }
  SUBCASE("folds what is past the limit of a rule in a file into one, after the last shown") {
    Diagnostics ds;
    for (int line = 30; line >= 1; --line) {
      ds.push_back(unknown_key("a.yaml", line));
    }
    ds.push_back(unknown_key("b.yaml", 1));
    // What a reporter already summarised counts too.
    ds.push_back(Diagnostic{"a.yaml",
                            {},
                            {},
                            Severity::error,
                            Rule::schema_unknown_key,
                            Message{MsgId::more_not_shown, {"7"}},
                            {},
                            0,
                            7});
    ds.push_back(Diagnostic{"a.yaml",
                            {40, 1},
                            {},
                            Severity::error,
                            Rule::schema_type,
                            Message{MsgId::expected_integer, {"x"}},
                            {},
                            1,
                            0});
    sort_diagnostics(ds);
    REQUIRE(ds.size() == 23);
    CHECK(describe(ds[19]) == "20:1 schema.unknown-key: unknown key 'k20'");
    CHECK(describe(ds[20]) ==
          "0:0 schema.unknown-key: and 17 more of this kind in this file, not shown");
    CHECK(ds[20].path == "a.yaml");
    CHECK(describe(ds[21]) == "40:1 schema.type: 'x' must be a whole number");
    CHECK(ds[22].path == "b.yaml");
    CHECK(count_severity(ds, Severity::error) == 39);
  }
  SUBCASE("anchors: one a file, the rest dropped") {
    Diagnostics ds;
    for (int line = 1; line <= 3; ++line) {
      ds.push_back(Diagnostic{"a.yaml",
                              {line, 1},
                              {},
                              Severity::error,
                              Rule::yaml_anchor,
                              Message{MsgId::anchor_alias, {"*"}},
                              {},
                              1,
                              0});
    }
    sort_diagnostics(ds);
    CHECK(describe(ds) ==
          "1:1 yaml.anchor: anchors and aliases (*) are not accepted; write the value out");
  }
}
