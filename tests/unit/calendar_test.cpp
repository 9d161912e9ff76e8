#include "model/calendar.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::ymd;

TEST_CASE("parse_date") {
  SUBCASE("ISO form") {
    const ParsedDate parsed = parse_date("2024-03-04");
    REQUIRE(parsed.day);
    CHECK(*parsed.day == ymd(2024, 3, 4));
  }
  SUBCASE("Vietnamese form") {
    const ParsedDate parsed = parse_date("04/03/2024");
    REQUIRE(parsed.day);
    CHECK(*parsed.day == ymd(2024, 3, 4));
  }
  SUBCASE("29 February of a leap year") {
    CHECK(parse_date("2024-02-29").day == ymd(2024, 2, 29));
    CHECK(parse_date("29/02/2000").day == ymd(2000, 2, 29));
  }
  SUBCASE("days that do not exist") {
    for (const char* text : {"2023-02-29", "1900-02-29", "2024-02-30", "31/04/2025", "2024-13-01",
                             "2024-00-10", "2024-01-00", "00/01/2024", "2024-12-32"}) {
      CAPTURE(text);
      const ParsedDate parsed = parse_date(text);
      CHECK_FALSE(parsed.day);
      CHECK(parsed.error == DateError::no_such_day);
    }
  }
  SUBCASE("not written as a date") {
    for (const char* text : {"", "2024-2-3", "2024-02-03x", " 2024-02-03", "2024/02/03",
                             "03-02-2024", "3/2/2024", "03/02/24", "2024-02-03T00:00", "20240203",
                             "２０２４-02-03", "2024-0a-03", "+024-02-03"}) {
      CAPTURE(text);
      const ParsedDate parsed = parse_date(text);
      CHECK_FALSE(parsed.day);
      CHECK(parsed.error == DateError::bad_form);
    }
  }
  SUBCASE("from 1900 to 2199") {
    CHECK(parse_date("1900-01-01").day == ymd(1900, 1, 1));
    CHECK(parse_date("31/12/2199").day == ymd(2199, 12, 31));
    for (const char* text : {"1899-12-31", "01/01/2200", "9999-12-31", "0000-01-01"}) {
      CAPTURE(text);
      const ParsedDate parsed = parse_date(text);
      CHECK_FALSE(parsed.day);
      CHECK(parsed.error == DateError::out_of_range);
    }
  }
}

TEST_CASE("format_iso") {
  CHECK(format_iso(ymd(2024, 3, 4)) == "2024-03-04");
  CHECK(format_iso(ymd(999, 12, 31)) == "0999-12-31");
}

TEST_CASE("format_dmy") {
  CHECK(format_dmy(ymd(2024, 3, 4)) == "04/03/2024");
  CHECK(format_dmy(ymd(2025, 12, 10)) == "10/12/2025");
}

TEST_CASE("year_of") {
  CHECK(year_of(ymd(2024, 12, 31)) == 2024);
  CHECK(year_of(ymd(2025, 1, 1)) == 2025);
}

TEST_CASE("last_day_of_month") {
  CHECK(last_day_of_month(2024, 2) == ymd(2024, 2, 29));
  CHECK(last_day_of_month(2025, 2) == ymd(2025, 2, 28));
  CHECK(last_day_of_month(1900, 2) == ymd(1900, 2, 28));
  CHECK(last_day_of_month(2025, 4) == ymd(2025, 4, 30));
  CHECK(last_day_of_month(2025, 12) == ymd(2025, 12, 31));
}
