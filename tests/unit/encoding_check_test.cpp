#include "load/encoding_check.hpp"
#include "test_support.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;

namespace {

test::CheckedText check_text(std::string text) {
  return test::check_text_with(std::move(text), check_encoding);
}

} // namespace

TEST_CASE("check_encoding") {
  struct Case {
    const char* name;
    std::string text;
    bool fit;
    const char* diagnostics;
  };
  const std::vector<Case> cases{
      {"Vietnamese UTF-8 is fit", "title: \"Kế hoạch phát triển công nghệ sinh học\"\r\n", true,
       ""},
      {"a UTF-8 byte order mark is accepted", "\xEF\xBB\xBFtitle: \"Sở Y tế\"\n", true, ""},
      {"invalid byte", "a: 1\ntên: \xFF\n", false,
       "2:6 yaml.encoding: byte 0xFF is not UTF-8; save the file as UTF-8"},
      {"overlong encoding of '/'", "a: \xC0\xAF\n", false,
       "1:4 yaml.encoding: byte 0xC0 is not UTF-8; save the file as UTF-8\n"
       "1:5 yaml.encoding: byte 0xAF is not UTF-8; save the file as UTF-8"},
      {"encoded surrogate", "\xED\xA0\x80", false,
       "1:1 yaml.encoding: byte 0xED is not UTF-8; save the file as UTF-8\n"
       "1:2 yaml.encoding: byte 0xA0 is not UTF-8; save the file as UTF-8\n"
       "1:3 yaml.encoding: byte 0x80 is not UTF-8; save the file as UTF-8"},
      {"truncated sequence at the end", "a: \xE1\xBB", false,
       "1:4 yaml.encoding: byte 0xE1 is not UTF-8; save the file as UTF-8\n"
       "1:5 yaml.encoding: byte 0xBB is not UTF-8; save the file as UTF-8"},
      {"NUL byte", std::string("a: b\0c\n", 7), false,
       "1:5 yaml.binary: a NUL byte: this is a binary file, not text; plans and reports are "
       "UTF-8 YAML text"},
      {"C1 control character", "a: \xC2\x85\n", false,
       "1:4 yaml.control-char: control character U+0085 is not allowed"},
      {"tab, once a line", "a:\tb\t\nc:\n\t- d\n", false,
       "1:3 yaml.tab: tab character; indent and separate with spaces\n"
       "3:1 yaml.tab: tab character; indent and separate with spaces"},
      {"line ends of CR alone, once a file", "plancheck: 1\rid: p\rtitle: \"x\"\r", false,
       "1:13 yaml.line-end: a line ends with CR alone (old Mac OS line ends), which is not "
       "supported; save the file with LF or CR LF line ends"},
      {"CR LF line ends are fine", "plancheck: 1\r\nid: p\r\n", true, ""},
      {"a no-break space in the indentation, once a line",
       "agencies:\n \u00A0\u00A0a: {name: x}\n  b:\u00A0{}\n", false,
       "2:2 yaml.indent: U+00A0 NO-BREAK SPACE in the indentation; indent with ordinary "
       "spaces (U+0020)"},
      {"an ideographic space in the indentation", "a:\n\u3000b: 1\n", false,
       "2:1 yaml.indent: U+3000 IDEOGRAPHIC SPACE in the indentation; indent with ordinary "
       "spaces (U+0020)"},
      {"a no-break space inside text is fine", "name: \"Sở\u00A0Y tế\"\n", true, ""},
  };
  for (const Case& c : cases) {
    SUBCASE(c.name) {
      CAPTURE(c.text);
      const auto checked = check_text(c.text);
      CHECK(checked.fit == c.fit);
      CHECK(describe(checked.diagnostics) == c.diagnostics);
    }
  }
  SUBCASE("Windows-1258 text") {
    // "Sở" in the old Vietnamese code page: 0xD5 is not followed by a continuation byte.
    const auto checked = check_text("name: S\xD5 Y\n");
    CHECK_FALSE(checked.fit);
    CHECK(describe(checked.diagnostics) ==
          "1:8 yaml.encoding: byte 0xD5 is not UTF-8; save the file as UTF-8");
  }
  SUBCASE("text that is not UTF-8 is reported twenty times, and the rest counted") {
    const auto checked = check_text(std::string(1000, '\xFF'));
    CHECK_FALSE(checked.fit);
    REQUIRE(checked.diagnostics.size() == 21);
    CHECK(describe(checked.diagnostics[20]) ==
          "0:0 yaml.encoding: and 980 more of this kind in this file, not shown");
  }
  SUBCASE("a binary file is one error, whatever else it holds") {
    std::string bytes;
    for (int i = 0; i < 4096; ++i) {
      bytes += static_cast<char>(i * 7 % 256);
    }
    const auto checked = check_text(bytes);
    CHECK_FALSE(checked.fit);
    CHECK(describe(checked.diagnostics) ==
          "1:1 yaml.binary: a NUL byte: this is a binary file, not text; plans and reports are "
          "UTF-8 YAML text");
  }
}
