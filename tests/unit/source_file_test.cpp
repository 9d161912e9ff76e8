#include "load/source_file.hpp"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("SourceFile drops a byte order mark") {
  const SourceFile file("plan.yaml", "\xEF\xBB\xBFid: p\n");
  CHECK(file.bytes() == "id: p\n");
  CHECK(file.path() == "plan.yaml");
}

TEST_CASE("SourceFile::line") {
  const SourceFile file("plan.yaml", "a: 1\r\ntên: 2\n\nlast");
  CHECK(file.line(1) == "a: 1");
  CHECK(file.line(2) == "tên: 2");
  CHECK(file.line(3) == "");
  CHECK(file.line(4) == "last");
  CHECK(file.line(5) == "");
  CHECK(file.line(0) == "");
}

TEST_CASE("SourceFile::position counts characters") {
  const SourceFile file("plan.yaml", "tên: \"Sở Y tế\"\nb\n");
  SUBCASE("after multi-byte characters") {
    // The closing quote is byte 18 of the line and its 14th character.
    CHECK(file.position(0, 18) == SourcePos{1, 14});
    CHECK(file.position(0, 0) == SourcePos{1, 1});
  }
  SUBCASE("past the end of the line") {
    CHECK(file.position(0, 99) == SourcePos{1, 15});
  }
  SUBCASE("of an offset") {
    CHECK(file.position_of_offset(0) == SourcePos{1, 1});
    CHECK(file.position_of_offset(5) == SourcePos{1, 5});
    CHECK(file.position_of_offset(19) == SourcePos{1, 15});
    CHECK(file.position_of_offset(20) == SourcePos{2, 1});
  }
}
