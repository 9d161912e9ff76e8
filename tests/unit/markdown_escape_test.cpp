#include "text/markdown_escape.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace plancheck;

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
