#include "text/ical_fold.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// Whether each physical line of `folded` is at most 75 octets, CR LF excluded.
bool lines_fit(const std::string& folded) {
  std::size_t start = 0;
  while (start < folded.size()) {
    const std::size_t end = folded.find("\r\n", start);
    if (end == std::string::npos || end - start > k_ical_line_octets) {
      return false;
    }
    start = end + 2;
  }
  return true;
}

} // namespace

TEST_CASE("ical_fold") {
  const std::string a75(75, 'a');
  CHECK(ical_fold("") == "\r\n");
  CHECK(ical_fold("BEGIN:VEVENT") == "BEGIN:VEVENT\r\n");
  // 75 octets fit; the 76th goes to a continuation line after one space.
  CHECK(ical_fold(a75) == a75 + "\r\n");
  CHECK(ical_fold(a75 + "b") == a75 + "\r\n b\r\n");
  // A continuation holds 74 octets after its space.
  const std::string a74(74, 'a');
  CHECK(ical_fold(a75 + a74 + "c") == a75 + "\r\n " + a74 + "\r\n c\r\n");
}

TEST_CASE("ical_fold: never inside a UTF-8 sequence") {
  // "ộ" is three octets, E1 BB 99.
  const std::string o = "\xE1\xBB\x99";
  SUBCASE("the limit falls after its first octet") {
    const std::string line = std::string(74, 'a') + o;
    CHECK(ical_fold(line) == std::string(74, 'a') + "\r\n " + o + "\r\n");
  }
  SUBCASE("the limit falls after its second octet") {
    const std::string line = std::string(73, 'a') + o + "b";
    CHECK(ical_fold(line) == std::string(73, 'a') + "\r\n " + o + "b\r\n");
  }
  SUBCASE("it ends exactly at the limit") {
    const std::string line = std::string(72, 'a') + o + "b";
    CHECK(ical_fold(line) == std::string(72, 'a') + o + "\r\n b\r\n");
  }
  SUBCASE("a long Vietnamese line") {
    std::string line = "SUMMARY:";
    for (int i = 0; i < 40; ++i) {
      line += "Báo cáo kết quả thực hiện ";
    }
    const std::string folded = ical_fold(line);
    CHECK(lines_fit(folded));
    // Unfolded, it is the line again: nothing lost, nothing split.
    std::string unfolded;
    for (std::size_t i = 0; i < folded.size(); ++i) {
      if (folded.compare(i, 3, "\r\n ") == 0) {
        i += 2;
        continue;
      }
      unfolded += folded[i];
    }
    CHECK(unfolded == line + "\r\n");
    // No physical line starts with a continuation octet.
    for (std::size_t at = folded.find("\r\n "); at != std::string::npos;
         at = folded.find("\r\n ", at + 1)) {
      CHECK((static_cast<unsigned char>(folded[at + 3]) & 0xC0U) != 0x80U);
    }
  }
  SUBCASE("a run of stray continuation octets is still cut") {
    const std::string line(100, '\x80');
    CHECK(ical_fold(line) == std::string(75, '\x80') + "\r\n " + std::string(25, '\x80') + "\r\n");
  }
}
