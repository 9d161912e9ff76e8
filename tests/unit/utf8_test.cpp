#include "text/utf8.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// Decode the first code point of `bytes`; return it (or -1) and the bytes it took.
std::pair<long, std::size_t> decode_first(std::string_view bytes) {
  std::size_t i = 0;
  const std::optional<char32_t> c = decode_utf8(bytes, i);
  return {c ? static_cast<long>(*c) : -1L, i};
}

} // namespace

TEST_CASE("decode_utf8") {
  SUBCASE("one to four bytes") {
    CHECK(decode_first("a") == std::pair<long, std::size_t>{0x61, 1});
    CHECK(decode_first("\xC6\xA1") == std::pair<long, std::size_t>{0x01A1, 2});     // ơ
    CHECK(decode_first("\xE1\xBB\x9F") == std::pair<long, std::size_t>{0x1EDF, 3}); // ở
    CHECK(decode_first("\xF0\x9F\x98\x80") == std::pair<long, std::size_t>{0x1F600, 4});
    CHECK(decode_first("\xF4\x8F\xBF\xBF") == std::pair<long, std::size_t>{0x10FFFF, 4});
  }
  SUBCASE("invalid sequences advance one byte") {
    CHECK(decode_first("\xFF") == std::pair<long, std::size_t>{-1, 1});
    CHECK(decode_first("\x80") == std::pair<long, std::size_t>{-1, 1});
    CHECK(decode_first("\xC0\xAF") == std::pair<long, std::size_t>{-1, 1});         // overlong '/'
    CHECK(decode_first("\xE0\x80\xAF") == std::pair<long, std::size_t>{-1, 1});     // overlong '/'
    CHECK(decode_first("\xF0\x80\x80\xAF") == std::pair<long, std::size_t>{-1, 1}); // overlong '/'
    CHECK(decode_first("\xED\xA0\x80") == std::pair<long, std::size_t>{-1, 1});     // surrogate
    CHECK(decode_first("\xF4\x90\x80\x80") == std::pair<long, std::size_t>{-1, 1}); // past U+10FFFF
    CHECK(decode_first("\xE1\xBB") == std::pair<long, std::size_t>{-1, 1});         // truncated
    CHECK(decode_first("\xE1\x41\x9F") == std::pair<long, std::size_t>{-1, 1}); // no continuation
    CHECK(decode_first("\xF8\x88\x80\x80\x80") == std::pair<long, std::size_t>{-1, 1});
  }
}

TEST_CASE("count_code_points") {
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("Sở Y tế") == 7);
  CHECK(count_code_points("a\xFF"
                          "b") == 3);
}

TEST_CASE("display_width") {
  SUBCASE("precomposed Vietnamese") {
    CHECK(display_width("Sở Y tế") == 7);
  }
  SUBCASE("combining marks take no column") {
    CHECK(display_width("Se\xCC\x89") == 2);        // e + combining hook above
    CHECK(display_width("e\xCC\x82\xCC\x81") == 1); // e + circumflex + acute
  }
  SUBCASE("wide characters take two columns") {
    CHECK(display_width("中文") == 4);
    CHECK(display_width("한국") == 4);
    CHECK(display_width("ＡＢ") == 4);
    CHECK(display_width("a中b") == 4);
  }
  SUBCASE("an invalid byte takes one column") {
    CHECK(display_width("a\xFF") == 2);
  }
  SUBCASE("zero-width space and byte order mark") {
    CHECK(display_width("a\xE2\x80\x8B"
                        "b\xEF\xBB\xBF") == 2);
  }
}
