#include "text/yaml_text.hpp"

#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("yaml_scalar") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      {"dn-so-yt", "dn-so-yt"},
      {"II.3.a.2", "II.3.a.2"},
      {"annual_department", "annual_department"},
      {"", "\"\""},
      {"2024", "\"2024\""},
      {"1.5", "\"1.5\""},
      {"true", "\"true\""},
      {"No", "\"No\""},
      {"NULL", "\"NULL\""},
      {".inf", "\".inf\""},
      {"a b", "\"a b\""},
      {"a: b", "\"a: b\""},
      {"x #y", "\"x #y\""},
      {"-x", "\"-x\""},
      {"Sở Y tế", "\"Sở Y tế\""},
      {"say \"hi\"\\", "\"say \\\"hi\\\"\\\\\""},
      {"a\nb\tc\r", "\"a\\nb\\tc\\r\""},
      {"\x1b[31m", "\"\\u001b[31m\""},
      {"\xc2\x85", "\"\\u0085\""},     // NEL: a line break to YAML 1.1
      {"\xe2\x80\xa8", "\"\\u2028\""}, // the line separator
      {"\xef\xbb\xbf", "\"\\ufeff\""}, // a byte-order mark
      {"\xff", "\"\\ufffd\""},         // not UTF-8
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(yaml_scalar(row.text) == row.expected);
  }
}

TEST_CASE("yaml_comment") {
  struct Row {
    std::string_view text;
    std::string_view expected;
  };
  const Row rows[] = {
      {"Lĩnh vực Y - Dược", "Lĩnh vực Y - Dược"},
      {"# not a key: x", "# not a key: x"},
      {"one\ntwo:\r\n  status: done", "one two:    status: done"},
      {"\x1b]0;x\x07", "<U+001B>]0;x<U+0007>"},
      {"a\xe2\x80\xa8"
       "b",
       "a<U+2028>b"},
      {"a\xc2\x85"
       "b",
       "a<U+0085>b"},
      {"\xef\xbb\xbfx", "<U+FEFF>x"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(yaml_comment(row.text) == row.expected);
  }
}
