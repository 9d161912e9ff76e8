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

TEST_CASE("suggest_id") {
  const std::vector<NamedId> known = {
      {"II.5", {}, {}},
      {"annual-department", {}, {}},
      {"dn-so-ct", "Sở Công Thương tỉnh Đồng Nai", "Sở CT Đồng Nai"},
      {"dn-so-yt", "Sở Y tế tỉnh Đồng Nai", {}},
      {"so-yt", "Sở Y tế", {}},
  };
  const auto id_of = [&](std::string_view written) {
    const auto near = suggest_id(written, known);
    return near ? near->id + (near->name.empty() ? "" : " (" + near->name + ")") : "-";
  };
  SUBCASE("case") {
    CHECK(id_of("ii.5") == "II.5");
    CHECK(id_of("DN-SO-CT") == "dn-so-ct");
  }
  SUBCASE("'_' for '-'") {
    CHECK(id_of("annual_department") == "annual-department");
    CHECK(id_of("Annual_Departmnt") == "annual-department"); // and a typo
  }
  SUBCASE("an agency by its name, without diacritics or case") {
    CHECK(id_of("Sở Công Thương tỉnh Đồng Nai") == "dn-so-ct (Sở Công Thương tỉnh Đồng Nai)");
    CHECK(id_of("so cong thuong tinh dong nai") == "dn-so-ct (Sở Công Thương tỉnh Đồng Nai)");
    CHECK(id_of("SỞ CT ĐỒNG NAI") == "dn-so-ct (Sở Công Thương tỉnh Đồng Nai)");
  }
  SUBCASE("the beginning of one name, in whole words") {
    CHECK(id_of("Sở Công Thương") == "dn-so-ct (Sở Công Thương tỉnh Đồng Nai)");
    CHECK(id_of("Sở Công Thươ") == "-");
  }
  SUBCASE("a whole name wins over the names it begins") {
    CHECK(id_of("Sở Y tế") == "so-yt (Sở Y tế)");
  }
  SUBCASE("the beginning of several names is no suggestion") {
    CHECK(id_of("Sở") == "-");
  }
  SUBCASE("a typo, as closest_match") {
    CHECK(id_of("dn-so-cx") == "dn-so-ct");
    CHECK(id_of("budget") == "-");
  }
  SUBCASE("nothing known") {
    CHECK_FALSE(suggest_id("so-yt", {}));
  }
}

TEST_CASE("loose_id_key") {
  CHECK(loose_id_key("Annual_Department") == "annual-department");
  CHECK(loose_id_key("ii.5") == loose_id_key("II.5"));
  // Only ASCII is folded: a name with diacritics is not an id.
  CHECK(loose_id_key("Sở_YT") == "sở-yt");
}
