#include "text/vietnamese_collation.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
  std::stable_sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return vietnamese_sort_key(a) < vietnamese_sort_key(b);
  });
  return names;
}

} // namespace

TEST_CASE("vietnamese_sort_key orders names as Vietnamese does") {
  SUBCASE("đ after d, not after z as its bytes would") {
    CHECK(sorted({"Đồng Nai", "Zeta", "Dầu Tiếng"}) ==
          std::vector<std::string>{"Dầu Tiếng", "Đồng Nai", "Zeta"});
  }
  SUBCASE("a, ă, â as three letters; tones after the base letter") {
    CHECK(sorted({"Âu", "Ăn", "Ba", "An"}) == std::vector<std::string>{"An", "Ăn", "Âu", "Ba"});
  }
  SUBCASE("case and precomposed or decomposed forms do not split a name from its kin") {
    CHECK(sorted({"Sở Y tế", "sở Công Thương", "Sở Công Thương Đồng Nai"}) ==
          std::vector<std::string>{"sở Công Thương", "Sở Công Thương Đồng Nai", "Sở Y tế"});
    CHECK(vietnamese_sort_key("Sở") == vietnamese_sort_key("So\xCC\x9B\xCC\x89"));
  }
  SUBCASE("a prefix comes first") {
    CHECK(vietnamese_sort_key("Sở") < vietnamese_sort_key("Sở Y tế"));
  }
}
