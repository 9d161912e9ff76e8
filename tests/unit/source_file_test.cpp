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

TEST_CASE("SourceFile::position on a long line") {
  // The blocks of characters counted ahead must agree with counting from
  // the start of the line, multi-byte characters across block edges included.
  std::string line;
  for (int i = 0; i < 300; ++i) {
    line += i % 3 == 0 ? "ế" : "a";
  }
  const SourceFile file("plan.yaml", "x\n" + line + "\n");
  int bytes = 0;
  for (int c = 1; c <= 300; ++c) {
    REQUIRE(file.position(1, bytes) == SourcePos{2, c});
    CHECK(file.offset_of({2, c}) == 2 + static_cast<std::size_t>(bytes));
    bytes += (c - 1) % 3 == 0 ? 3 : 1;
  }
  CHECK(file.position(1, bytes) == SourcePos{2, 301});
  CHECK(file.offset_of({2, 301}) == 2 + static_cast<std::size_t>(bytes));
  CHECK(file.offset_of({2, 999}) == 2 + static_cast<std::size_t>(bytes));
}

TEST_CASE("SourceFile::offset_of") {
  SUBCASE("UTF-8 text") {
    const SourceFile file("plan.yaml", "tên: 1\nb: 2");
    CHECK(file.offset_of({1, 1}) == 0);
    CHECK(file.offset_of({1, 3}) == 3);
    CHECK(file.offset_of({1, 4}) == 4);
    CHECK(file.offset_of({2, 2}) == 9);
    CHECK(file.offset_of({3, 1}) == file.bytes().size());
  }
  SUBCASE("text that is not UTF-8 counts each bad byte as a character") {
    const SourceFile file("plan.yaml", "a\xFF\xFE"
                                       "b\n");
    CHECK(file.position(0, 3) == SourcePos{1, 4});
    CHECK(file.offset_of({1, 4}) == 3);
  }
}
