#include "text/digit_groups.hpp"

#include <cstdint>
#include <limits>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("digit_groups puts a separator between groups of three digits") {
  CHECK(digit_groups(0, '.') == "0");
  CHECK(digit_groups(999, '.') == "999");
  CHECK(digit_groups(1000, '.') == "1.000");
  CHECK(digit_groups(2213, '.') == "2.213");
  CHECK(digit_groups(1234567, ',') == "1,234,567");
  CHECK(digit_groups(-2213, '.') == "-2.213");
  CHECK(digit_groups(std::numeric_limits<std::int64_t>::min(), '.') ==
        "-9.223.372.036.854.775.808");
}
