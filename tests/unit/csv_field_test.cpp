#include "text/csv_field.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("csv_field: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      {"", ""},
      {"so-yt", "so-yt"},
      {"Sở Y tế", "Sở Y tế"},
      {"a,b", R"("a,b")"},
      {R"(say "hi")", R"("say ""hi""")"},
      {"\"", R"("""")"},
      {"a\nb", "\"a\nb\""},
      {"a\r\nb", "\"a\r\nb\""},
      {"a\tb", "a\tb"},
      {"\x1b[31mx", "<U+001B>[31mx"},
      {"\x1b,x", R"("<U+001B>,x")"},
      {"\xc2\x9b"
       "2J\xe2\x80\xae",
       "<U+009B>2J<U+202E>"},
      {"\xef\xbf\xbe", "<U+FFFE>"},
      {"r\xff", "r\uFFFD"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(csv_field(row.text) == row.expected);
  }
}

TEST_CASE("csv_text_field: formulas made inert") {
  CHECK(csv_text_field("=HYPERLINK(\"http://x\",\"y\")") ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_text_field("+1") == "'+1");
  CHECK(csv_text_field("-1") == "'-1");
  CHECK(csv_text_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text_field("\tx") == "'\tx");
  CHECK(csv_text_field("\rx") == "\"'\rx\"");
  CHECK(csv_text_field("Sở Y tế") == "Sở Y tế");
  CHECK(csv_text_field("a=b") == "a=b");
  CHECK(csv_text_field("") == "");
}
