#include "render/column_fit.hpp"

#include <array>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("fit_columns") {
  const std::array<Narrowing, 3> steps{{{0, 20}, {1, 30}, {1, 10}}};
  SUBCASE("a table that fits keeps its natural widths") {
    CHECK(fit_columns({40, 50}, steps, 90) == std::vector<std::size_t>{40, 50});
  }
  SUBCASE("the first step narrows only as far as needed") {
    CHECK(fit_columns({40, 50}, steps, 85) == std::vector<std::size_t>{35, 50});
  }
  SUBCASE("steps are taken in order, each down to its floor") {
    CHECK(fit_columns({40, 50}, steps, 60) == std::vector<std::size_t>{20, 40});
    CHECK(fit_columns({40, 50}, steps, 45) == std::vector<std::size_t>{20, 25});
  }
  SUBCASE("too narrow for every floor: the floors, however wide the row") {
    CHECK(fit_columns({40, 50}, steps, 5) == std::vector<std::size_t>{20, 10});
  }
  SUBCASE("a column already under its floor is not widened") {
    CHECK(fit_columns({12, 50}, steps, 40) == std::vector<std::size_t>{12, 28});
  }
  SUBCASE("a step for a column the table lacks is skipped") {
    const std::array<Narrowing, 2> other{{{5, 1}, {0, 2}}};
    CHECK(fit_columns({10}, other, 4) == std::vector<std::size_t>{4});
  }
}
