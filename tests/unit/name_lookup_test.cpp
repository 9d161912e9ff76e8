#include "model/name_lookup.hpp"

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

const std::vector<NamedId> k_agencies{
    {"so-ct", "Sở Công Thương", "Sở Công Thương"},
    {"dn-so-ct", "Sở Công Thương tỉnh Đồng Nai", "Sở Công Thương Đồng Nai"},
    {"so-yt", "Sở Y tế", "Sở Y tế"},
    {"dn-so-yt", "Sở Y tế tỉnh Đồng Nai", "Sở Y tế Đồng Nai"},
    {"so-khcn", "Sở Khoa học và Công nghệ", "Sở KH&CN"},
};

std::string ids(const NameLookup& lookup) {
  std::string out;
  for (const NamedId& m : lookup.matches) {
    out += out.empty() ? "" : " ";
    out += m.id;
  }
  return out;
}

} // namespace

TEST_CASE("look_up_name") {
  SUBCASE("an id, also but for case and '_'") {
    CHECK(look_up_name("dn-so-ct", k_agencies).id == "dn-so-ct");
    CHECK(look_up_name("DN_SO_CT", k_agencies).id == "dn-so-ct");
  }
  SUBCASE("a whole name or short name, without diacritics or case") {
    CHECK(look_up_name("Sở Công Thương Đồng Nai", k_agencies).id == "dn-so-ct");
    CHECK(look_up_name("so cong thuong tinh dong nai", k_agencies).id == "dn-so-ct");
    CHECK(look_up_name("sở kh&cn", k_agencies).id == "so-khcn");
  }
  SUBCASE("a whole name wins over the names it begins") {
    CHECK(look_up_name("So Cong Thuong", k_agencies).id == "so-ct");
    CHECK(look_up_name("sở y tế", k_agencies).id == "so-yt");
  }
  SUBCASE("a beginning only one name has") {
    CHECK(look_up_name("so khoa", k_agencies).id == "so-khcn");
    CHECK(look_up_name("so y te d", k_agencies).id == "dn-so-yt");
  }
  SUBCASE("a beginning several names have: all of them, no id") {
    const NameLookup lookup = look_up_name("so cong", k_agencies);
    CHECK_FALSE(lookup.id);
    CHECK(ids(lookup) == "so-ct dn-so-ct");
  }
  SUBCASE("nothing matches") {
    const NameLookup lookup = look_up_name("So Tai chinh", k_agencies);
    CHECK_FALSE(lookup.id);
    CHECK(lookup.matches.empty());
    CHECK(look_up_name("  ", k_agencies).matches.empty());
  }
}
