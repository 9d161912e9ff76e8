#include "text/xml_escape.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

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
  // UTF-8, including 4-byte sequences, passes through.
  CHECK(xml_escape("Đồng Nai 😀") == "Đồng Nai 😀");
}

TEST_CASE("xml_escape: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      // What XML 1.0 cannot hold at all becomes visible text.
      {std::string_view("a\x01"
                        "b\x1f"
                        "c\0d",
                        7),
       "a&lt;U+0001&gt;b&lt;U+001F&gt;c&lt;U+0000&gt;d"},
      {"\x1b[31m", "&lt;U+001B&gt;[31m"},
      {"\xef\xbf\xbe\xef\xbf\xbf", "&lt;U+FFFE&gt;&lt;U+FFFF&gt;"},
      {"r\xff", "r\uFFFD"},
      {"\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
      // What it can hold but a reader should not see raw.
      {"\x7f", "&lt;U+007F&gt;"},
      {"\xc2\x9b"
       "2J\xc2\x9d",
       "&lt;U+009B&gt;2J&lt;U+009D&gt;"},
      {"\xe2\x80\xae"
       "cba\xe2\x81\xa6",
       "&lt;U+202E&gt;cba&lt;U+2066&gt;"},
      {"]]>", "]]&gt;"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(xml_escape(row.text) == row.expected);
  }
}
