#include "notify/message_id.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::ymd;

TEST_CASE("message_id names the plan, the recipient and the day, in the sender's domain") {
  const Mailbox from{"Văn phòng", "noreply@ubnd.example.gov.vn"};
  CHECK(message_id("kh-2024", "so-yt", ymd(2025, 6, 3), from) ==
        "plancheck.kh-2024.so-yt.20250603@ubnd.example.gov.vn");
  CHECK(message_id("kh-2024", "_digest", ymd(2025, 12, 31), from) ==
        "plancheck.kh-2024._digest.20251231@ubnd.example.gov.vn");
  // The same day gives the same id; another day another.
  CHECK(message_id("p", "a", ymd(2025, 6, 3), from) == message_id("p", "a", ymd(2025, 6, 3), from));
  CHECK(message_id("p", "a", ymd(2025, 6, 3), from) != message_id("p", "a", ymd(2025, 6, 4), from));
}
