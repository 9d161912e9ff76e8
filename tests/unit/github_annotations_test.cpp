#include "render/github_annotations.hpp"
#include "render/junit.hpp"
#include "render/markdown_summary.hpp"

#include <sstream>
#include <string>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("github_escape_data escapes % CR LF and nothing else") {
  CHECK(github_escape_data("") == "");
  CHECK(github_escape_data("plain text") == "plain text");
  CHECK(github_escape_data("%") == "%25");
  CHECK(github_escape_data("\r") == "%0D");
  CHECK(github_escape_data("\n") == "%0A");
  CHECK(github_escape_data("100%\r\nxong") == "100%25%0D%0Axong");
  // An escape already in the text is escaped again, not taken as one.
  CHECK(github_escape_data("%0A") == "%250A");
  CHECK(github_escape_data("%25") == "%2525");
  // Colons and commas end nothing in the message part.
  CHECK(github_escape_data("a: b, c") == "a: b, c");
  CHECK(github_escape_data("::error::") == "::error::");
  // UTF-8 passes through byte for byte.
  CHECK(github_escape_data("Sở Y tế: 50%") == "Sở Y tế: 50%25");
}

TEST_CASE("github_escape_property escapes % CR LF : and ,") {
  CHECK(github_escape_property("") == "");
  CHECK(github_escape_property("plans/x/plan.yaml") == "plans/x/plan.yaml");
  CHECK(github_escape_property("%") == "%25");
  CHECK(github_escape_property("\r") == "%0D");
  CHECK(github_escape_property("\n") == "%0A");
  CHECK(github_escape_property(":") == "%3A");
  CHECK(github_escape_property(",") == "%2C");
  CHECK(github_escape_property("a,b:c%d\r\ne") == "a%2Cb%3Ac%25d%0D%0Ae");
  CHECK(github_escape_property("%3A") == "%253A");
  CHECK(github_escape_property("C:\\báo cáo, 2025.yaml") == "C%3A\\báo cáo%2C 2025.yaml");
  // Characters that need no escape: = and spaces are fine inside a property.
  CHECK(github_escape_property("a=b c") == "a=b c");
}

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

TEST_CASE("xml_escape") {
  CHECK(xml_escape("") == "");
  CHECK(xml_escape("plain") == "plain");
  CHECK(xml_escape("&") == "&amp;");
  CHECK(xml_escape("<") == "&lt;");
  CHECK(xml_escape(">") == "&gt;");
  CHECK(xml_escape("\"") == "&quot;");
  CHECK(xml_escape("'") == "&apos;");
  CHECK(xml_escape("Sở KH&CN <\"x\">") == "Sở KH&amp;CN &lt;&quot;x&quot;&gt;");
  // An entity already in the text is escaped again.
  CHECK(xml_escape("&amp;") == "&amp;amp;");
  // Line breaks and tabs survive attribute-value normalisation as references.
  CHECK(xml_escape("a\nb\rc\td") == "a&#10;b&#13;c&#9;d");
  // Other control characters cannot be written in XML 1.0 at all: dropped.
  CHECK(xml_escape(std::string("a\x01"
                               "b\x1f"
                               "c\x00"
                               "d",
                               7)) == "abcd");
  CHECK(xml_escape("\x7f") == "\x7f");
  // UTF-8, including 4-byte sequences, passes through.
  CHECK(xml_escape("Đồng Nai 😀") == "Đồng Nai 😀");
}

TEST_CASE("markdown_cell") {
  CHECK(markdown_cell("") == "");
  CHECK(markdown_cell("plain") == "plain");
  CHECK(markdown_cell("a|b") == "a\\|b");
  CHECK(markdown_cell("||") == "\\|\\|");
  CHECK(markdown_cell("a\nb") == "a b");
  CHECK(markdown_cell("a\rb") == "a b");
  CHECK(markdown_cell("a\r\nb") == "a  b");
  CHECK(markdown_cell("Sở KH&CN | Sở Y tế") == "Sở KH&amp;CN \\| Sở Y tế");
  // No HTML: a tag or a comment would hide the rest of the summary.
  CHECK(markdown_cell("<!-- x") == "&lt;!-- x");
  CHECK(markdown_cell("<b>50%</b> > 0") == "&lt;b>50%&lt;/b> > 0");
  CHECK(markdown_cell("&lt;") == "&amp;lt;");
  // The result is one line holding no unescaped pipe.
  const std::string cell = markdown_cell("x|\ny|\r\nz");
  CHECK(cell.find('\n') == std::string::npos);
  CHECK(cell.find('\r') == std::string::npos);
  for (std::size_t i = cell.find('|'); i != std::string::npos; i = cell.find('|', i + 1)) {
    CHECK(i > 0);
    CHECK(cell[i - 1] == '\\');
  }
}
