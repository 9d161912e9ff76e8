#include "text/json_string.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("json_string: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      {"", R"("")"},
      {"Sở Y tế 😀", R"("Sở Y tế 😀")"},
      {R"(a"b\c/d)", R"("a\"b\\c/d")"},
      {"\n\r\t", R"("\n\r\t")"},
      {std::string_view("\0\x01\x1b\x1f", 4), R"("\u0000\u0001\u001b\u001f")"},
      {"\x7f", R"("\u007f")"},
      // C1 and bidirectional controls, separators and noncharacters stay
      // exact for a parser but never appear raw in the file.
      {"\xc2\x80\xc2\x9b\xc2\x9d\xc2\x9f", R"("\u0080\u009b\u009d\u009f")"},
      {"\xe2\x80\xaa\xe2\x80\xae\xe2\x81\xa6\xe2\x81\xa9", R"("\u202a\u202e\u2066\u2069")"},
      {"\xe2\x80\xa8\xe2\x80\xa9", R"("\u2028\u2029")"},
      {"\xef\xbf\xbe\xef\xbf\xbf", R"("\ufffe\uffff")"},
      // A file name that is not UTF-8 still gives valid JSON.
      {"r\xff.yaml", R"("r\ufffd.yaml")"},
      {"\xc3", R"("\ufffd")"},
      {"</script>", R"("</script>")"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(json_string(row.text) == row.expected);
  }
}
