#include "text/unicode_normalize.hpp"

#include <string>
#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// "Sở Y tế" precomposed (NFC) and decomposed (NFD: base letters and marks).
constexpr std::string_view k_so_y_te_nfc = "S\xe1\xbb\x9f Y t\xe1\xba\xbf";
constexpr std::string_view k_so_y_te_nfd = "So\xcc\x9b\xcc\x89 Y te\xcc\x82\xcc\x81";

} // namespace

TEST_CASE("nfc") {
  SUBCASE("NFD becomes NFC") {
    CHECK(nfc(k_so_y_te_nfd) == k_so_y_te_nfc);
  }
  SUBCASE("NFC, ASCII and the empty text stay as they are") {
    CHECK(nfc(k_so_y_te_nfc) == k_so_y_te_nfc);
    CHECK(nfc("II.3.a.2") == "II.3.a.2");
    CHECK(nfc("") == "");
  }
  SUBCASE("a mark in a different order composes the same") {
    // hook above (U+0309) before horn (U+031B): canonical ordering puts horn first
    CHECK(nfc("So\xcc\x89\xcc\x9b") == "S\xe1\xbb\x9f");
  }
  SUBCASE("a composition exclusion grows: one character becomes two") {
    // U+0958 DEVANAGARI LETTER QA is U+0915 U+093C in every normal form
    CHECK(nfc("\xe0\xa5\x98") == "\xe0\xa4\x95\xe0\xa4\xbc");
  }
  SUBCASE("the most a text grows: one character becomes three, threefold in UTF-8") {
    // U+1D160 MUSICAL SYMBOL EIGHTH NOTE is U+1D158 U+1D165 U+1D16E
    const std::string grown = nfc("x\xf0\x9d\x85\xa0y");
    CHECK(grown == "x\xf0\x9d\x85\x98\xf0\x9d\x85\xa5\xf0\x9d\x85\xaey");
    const std::string long_text = nfc(std::string(4000, 'a') + "\xf0\x9d\x85\xa0");
    CHECK(long_text.size() == 4012);
    CHECK(long_text.substr(4000) == "\xf0\x9d\x85\x98\xf0\x9d\x85\xa5\xf0\x9d\x85\xae");
  }
  SUBCASE("case and spaces are kept") {
    CHECK(nfc("  Đã  Hoàn ") == "  Đã  Hoàn ");
  }
}

TEST_CASE("fold_for_compare") {
  SUBCASE("case folded, NFD composed") {
    CHECK(fold_for_compare("Đã Hoàn Thành") == "đã hoàn thành");
    CHECK(fold_for_compare(k_so_y_te_nfd) == "sở y tế");
    CHECK(fold_for_compare("ĐANG THỰC HIỆN") == "đang thực hiện");
  }
  SUBCASE("outer white space trimmed, inner runs made one space") {
    CHECK(fold_for_compare("  đang \t thực   hiện ") == "đang thực hiện");
    CHECK(fold_for_compare("   ") == "");
  }
  SUBCASE("diacritics are kept: they tell words apart") {
    CHECK(fold_for_compare("đã hoàn thành") != fold_for_compare("da hoan thanh"));
  }
}

TEST_CASE("fold_without_diacritics") {
  CHECK(fold_without_diacritics("Sở Công Thương tỉnh Đồng Nai") == "so cong thuong tinh dong nai");
  CHECK(fold_without_diacritics(k_so_y_te_nfd) == "so y te");
  CHECK(fold_without_diacritics("ĐĂK LẮK") == "dak lak");
  CHECK(fold_without_diacritics("dn-so-ct") == "dn-so-ct");
  CHECK(fold_without_diacritics("") == "");
}
