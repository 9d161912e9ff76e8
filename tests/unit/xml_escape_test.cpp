#include "text/xml_escape.hpp"

#include <string>

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
