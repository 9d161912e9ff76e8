#include "app/error_line.hpp"

#include <sstream>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("print_error shapes a line by what it is about") {
  struct Case {
    ErrorAbout about;
    std::string_view path;
    Lang lang;
    std::string_view line;
  };
  const Case cases[] = {
      {ErrorAbout::run, "", Lang::en, "plancheck: unknown command 'x'\n"},
      {ErrorAbout::run, "", Lang::vi, "plancheck: không có lệnh 'x'\n"},
      {ErrorAbout::input, "", Lang::en, "plancheck: error: unknown command 'x'\n"},
      {ErrorAbout::input, "a/b.yaml", Lang::en,
       "plancheck: a/b.yaml: error: unknown command 'x'\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    std::ostringstream err;
    print_error(err, {MsgId::unknown_command, {"x"}}, c.lang, c.about, c.path);
    CHECK(err.str() == c.line);
  }
}

TEST_CASE("print_error escapes the path, and the message of a line about input") {
  std::ostringstream err;
  print_error(err, {MsgId::unknown_command, {"a\x1b[2Jb"}}, Lang::en, ErrorAbout::input,
              "x\ny.yaml");
  CHECK(err.str() == "plancheck: x<U+000A>y.yaml: error: unknown command 'a<U+001B>[2Jb'\n");
}
