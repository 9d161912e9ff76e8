#include "cli/option_values.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::ymd;

TEST_CASE("check_date and parse_optional_date") {
  CHECK(check_date("2025-06-23", Lang::en).empty());
  CHECK(check_date("23/06/2025", Lang::en).empty());
  CHECK(check_date("2025-02-30", Lang::en) ==
        "'2025-02-30' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
  CHECK(check_date("tomorrow", Lang::en) == "'tomorrow' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
  CHECK(parse_optional_date("23/06/2025") == ymd(2025, 6, 23));
  CHECK_FALSE(parse_optional_date("").has_value());
}

TEST_CASE("check_day_list and parse_day_list") {
  struct Good {
    const char* text;
    std::vector<int> days;
  };
  for (const Good& c : {Good{"30,14,7,3,1,0", {30, 14, 7, 3, 1, 0}}, Good{"0", {0}},
                        Good{"3660", {3660}}, Good{"", {}}}) {
    CAPTURE(c.text);
    CHECK(check_day_list(c.text, Lang::en).empty());
    CHECK(parse_day_list(c.text) == c.days);
  }
  struct Bad {
    const char* text;
    const char* why;
  };
  for (const Bad& c : {Bad{"3661", "'3661' is not a number of days (0 to 3660)"},
                       Bad{"7,-1", "'-1' is not a number of days (0 to 3660)"},
                       Bad{"7,,1", "'' is not a number of days (0 to 3660)"},
                       Bad{"7x", "'7x' is not a number of days (0 to 3660)"},
                       Bad{"a,b", "'a' is not a number of days (0 to 3660)"}}) {
    CAPTURE(c.text);
    CHECK(check_day_list(c.text, Lang::en) == c.why);
  }
}

TEST_CASE("check_statuses and parse_statuses") {
  CHECK(status_names() == "overdue,incomplete,late,due-soon,pending,waived,lapsed,ok");
  CHECK(check_statuses("overdue,due-soon", Lang::en).empty());
  CHECK(check_statuses("overdue,soon", Lang::en) ==
        "'soon' is not a status (overdue,incomplete,late,due-soon,pending,waived,lapsed,ok)");
  CHECK(parse_statuses({"late", "ok,overdue"}) ==
        std::vector<Status>{Status::late, Status::ok, Status::overdue});
}

TEST_CASE("parse_mailbox_option") {
  std::vector<Message> problems;
  const auto good = parse_mailbox_option("--cc", "Văn thư <vanthu@example.gov.vn>", problems);
  REQUIRE(good.has_value());
  CHECK(good->name == "Văn thư");
  CHECK(good->address == "vanthu@example.gov.vn");
  CHECK(problems.empty());

  CHECK_FALSE(parse_mailbox_option("--from", "nobody", problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(localize(problems.front(), Lang::en) ==
        "--from: 'nobody' is not an email address (name@domain.vn, or Name <name@domain.vn>)");
}
