#include "text/markdown_escape.hpp"

#include <string>
#include <string_view>

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

TEST_CASE("markdown_cell: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      // Links and images are inert: no bracket opens one.
      {"[x](https://evil.example)", "\\[x\\](https\\://evil.example)"},
      {"![i](http://e.example/i.png)", "!\\[i\\](http\\://e.example/i.png)"},
      {"[r]: https://evil.example", "\\[r\\]: https\\://evil.example"},
      // An escape in the data cannot cancel ours.
      {"\\[x\\](y)", "\\\\\\[x\\\\\\](y)"},
      // No autolink, bare or bracketed, no e-mail link, no mention.
      {"see https://evil.example now", "see https\\://evil.example now"},
      {"<https://evil.example>", "&lt;https\\://evil.example>"},
      {"www.evil.example WWW.E.X", "www\\.evil.example WWW\\.E.X"},
      {"a@evil.example @octocat", "a\\@evil.example \\@octocat"},
      // No emphasis, code or strike-through, which could close a bold lead early.
      {"Sở *A* **B** __c__", "Sở \\*A\\* \\*\\*B\\*\\* \\_\\_c\\_\\_"},
      {"`rm` ~~x~~", "\\`rm\\` \\~\\~x\\~\\~"},
      // Colons and dots elsewhere stay as they are.
      {"còn thiếu: T1. Xong", "còn thiếu: T1. Xong"},
      {"&#91;x&#93;(y)", "&amp;#91;x&amp;#93;(y)"},
      // Controls and bidirectional characters become visible.
      {"\x1b[31m", "&lt;U+001B>\\[31m"},
      {"\xc2\x9b"
       "2J\xe2\x80\xae",
       "&lt;U+009B>2J&lt;U+202E>"},
      {"a\tb", "a\tb"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(markdown_cell(row.text) == row.expected);
  }
}
