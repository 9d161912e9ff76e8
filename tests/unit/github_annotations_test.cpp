#include "render/github_annotations.hpp"

#include <sstream>
#include <string>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("render_validate_github escapes each part by its own rule") {
  Diagnostic d;
  d.path = "reports/so-yt, 2025:a.yaml";
  d.pos = {3, 5};
  d.end = {3, 9};
  d.severity = Severity::error;
  d.rule = Rule::schema_unknown_key;
  d.message = {MsgId::unknown_key, {"ghi%chú,\nx"}};
  const std::string message = localize(d.message, Lang::en);
  REQUIRE(message.find("ghi%chú,\nx") != std::string::npos);

  Diagnostic w = d;
  w.path = "plan.yaml";
  w.pos = {};
  w.end = {};
  w.severity = Severity::warning;
  w.rule = Rule::plan_unused_agency;
  w.message = {MsgId::unused_agency, {"so-du"}};

  std::ostringstream out;
  render_validate_github({d, w}, Lang::en, out);
  std::string escaped_message = message;
  escaped_message.replace(escaped_message.find("ghi%chú,\nx"), 11, "ghi%25chú,%0Ax");
  CHECK(out.str() ==
        "::group::reports/so-yt, 2025:a.yaml\n"
        "::error file=reports/so-yt%2C 2025%3Aa.yaml,line=3,col=5,endLine=3,endColumn=9,"
        "title=schema.unknown-key::" +
            escaped_message +
            "\n"
            "::endgroup::\n"
            "::group::plan.yaml\n"
            "::warning file=plan.yaml,title=plan.unused-agency::" +
            localize(w.message, Lang::en) +
            "\n"
            "::endgroup::\n");
}

TEST_CASE("render_validate_github writes nothing without diagnostics") {
  std::ostringstream out;
  render_validate_github({}, Lang::en, out);
  CHECK(out.str().empty());
}
