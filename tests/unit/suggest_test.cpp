#include "model/suggest.hpp"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("closest_match") {
  const std::vector<std::string_view> keys{"title", "tasks", "timezone", "issuer", "issued"};
  SUBCASE("a typo") {
    CHECK(closest_match("titl", keys) == "title");
    CHECK(closest_match("timezon", keys) == "timezone");
    CHECK(closest_match("tasks_", keys) == "tasks");
  }
  SUBCASE("the closest of several") {
    CHECK(closest_match("issuez", keys) == "issuer");
    CHECK(closest_match("issuedd", keys) == "issued");
  }
  SUBCASE("a tie goes to the first candidate") {
    CHECK(closest_match("issue", keys) == "issuer");
  }
  SUBCASE("too far to be a typo") {
    CHECK_FALSE(closest_match("budget", keys));
    CHECK_FALSE(closest_match("tittle-page", keys));
  }
  SUBCASE("at most two edits, even for long words") {
    CHECK(closest_match("so-khcnn-tinh", {"so-khcn-tinhh"}) == "so-khcn-tinhh");
    CHECK_FALSE(closest_match("so-khcn-tinh", {"so-kh-tnh-x"}));
  }
  SUBCASE("short words allow one edit") {
    CHECK(closest_match("tu", {"to"}) == "to");
    CHECK_FALSE(closest_match("ab", {"cd"}));
  }
  SUBCASE("two letters swapped are one edit") {
    CHECK(closest_match("titel", keys) == "title");
    CHECK(closest_match("so-ty", {"so-yt", "so-tc"}) == "so-yt");
    CHECK(closest_match("ab", {"ba"}) == "ba");
  }
  SUBCASE("no candidates") {
    CHECK_FALSE(closest_match("title", {}));
  }
}
