#include "text/text_layout.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>

using namespace plancheck;

// "Tổ chức" with its tone marks as combining characters (NFD): the "ô" of
// "Tổ" is "o" + U+0302 + U+0309, the "ư" of "chức" is "u" + U+031B + U+0301.
constexpr std::string_view k_nfd_to_chuc = "To\u0302\u0309 chu\u031B\u0301c";

TEST_CASE("pad_right") {
  CHECK(pad_right("Sở", 4) == "Sở  ");
  CHECK(pad_right("Sở Y tế", 3) == "Sở Y tế");
}

TEST_CASE("cut_at_word") {
  const std::string title = "Tổ chức nghiên cứu, quán triệt Nghị quyết số 36-NQ/TW";
  SUBCASE("text that fits is left whole, to the exact width") {
    CHECK(cut_at_word(title, display_width(title)) == title);
    CHECK(cut_at_word(title, 200) == title);
  }
  SUBCASE("one column short: cut at the last whole word that leaves room for the …") {
    CHECK(cut_at_word(title, display_width(title) - 1) ==
          "Tổ chức nghiên cứu, quán triệt Nghị quyết số…");
  }
  SUBCASE("cut at a word boundary, counted in columns, not bytes") {
    CHECK(cut_at_word(title, 20) == "Tổ chức nghiên cứu,…");
    CHECK(display_width(cut_at_word(title, 20)) == 20);
    CHECK(cut_at_word(title, 19) == "Tổ chức nghiên…");
  }
  SUBCASE("a first word longer than the width is cut between characters") {
    CHECK(cut_at_word("Kế-hoạch-phát-triển-công-nghệ sinh học", 12) == "Kế-hoạch-ph…");
  }
  SUBCASE("combining marks stay with their letter and take no column") {
    const std::string text = std::string(k_nfd_to_chuc) + " nghiên cứu và ứng dụng";
    CHECK(cut_at_word(text, 12) == std::string(k_nfd_to_chuc) + "…");
    const std::string word = "chu\u031B\u0301chu\u031B\u0301chu\u031B\u0301chu\u031B\u0301";
    CHECK(cut_at_word(word, 10) == "chu\u031B\u0301chu\u031B\u0301chu\u031B\u0301…");
  }
  SUBCASE("a width below the minimum counts as the minimum") {
    CHECK(k_min_line_width == 10);
    CHECK(cut_at_word(title, 0) == cut_at_word(title, k_min_line_width));
    CHECK(cut_at_word(title, 3) == "Tổ chức…");
  }
}

TEST_CASE("wrap_words") {
  SUBCASE("text that fits is one line, as it is") {
    CHECK(wrap_words("Sở KH&CN  Đồng Nai", 18) == std::vector<std::string>{"Sở KH&CN  Đồng Nai"});
    CHECK(wrap_words("", 20) == std::vector<std::string>{""});
  }
  SUBCASE("lines of whole words, each within the width exactly") {
    CHECK(wrap_words("Sở TN&MT (đến 28/02/2025) → Sở NN&MT Đồng Nai", 25) ==
          std::vector<std::string>{"Sở TN&MT (đến 28/02/2025)", "→ Sở NN&MT Đồng Nai"});
    CHECK(wrap_words("Sở TN&MT (đến 28/02/2025) → Sở NN&MT Đồng Nai", 24) ==
          std::vector<std::string>{"Sở TN&MT (đến", "28/02/2025) → Sở NN&MT", "Đồng Nai"});
  }
  SUBCASE("a word longer than a line is split between characters, nothing lost") {
    CHECK(wrap_words("số 0123456789abcdefghij x", 10) ==
          std::vector<std::string>{"số", "0123456789", "abcdefghij", "x"});
  }
  SUBCASE("combining marks stay with their letter") {
    const std::string word = "chu\u031B\u0301chu\u031B\u0301chu\u031B\u0301";
    CHECK(wrap_words(word + word, 10) ==
          std::vector<std::string>{"chu\u031B\u0301chu\u031B\u0301chu\u031B\u0301c",
                                   "hu\u031B\u0301chu\u031B\u0301chu\u031B\u0301"});
  }
  SUBCASE("a width below the minimum counts as the minimum") {
    CHECK(wrap_words("một hai ba bốn năm", 1) == std::vector<std::string>{"một hai ba", "bốn năm"});
  }
}
