// The as-of day is the calendar day in the plan's zone at a given instant.

#include "model/today.hpp"
#include "test_support.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>

using namespace plancheck;
using namespace plancheck::test;

namespace {

// The instant `text` (YYYY-MM-DD) plus `h`:`m`:`s`, in UTC.
std::chrono::system_clock::time_point utc(std::string_view text, int h, int m, int s) {
  return std::chrono::system_clock::time_point{day(text).time_since_epoch()} +
         std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s};
}

std::string today(std::chrono::system_clock::time_point now, const std::string& zone) {
  return iso(today_in_zone(now, zone));
}

// Sets the process's TZ for the life of the object, then puts it back.
class ProcessZone {
public:
  explicit ProcessZone(const char* zone) {
    if (const char* old = std::getenv("TZ")) {
      m_old = old;
    }
    ::setenv("TZ", zone, 1);
    ::tzset();
  }
  ~ProcessZone() {
    if (m_old) {
      ::setenv("TZ", m_old->c_str(), 1);
    } else {
      ::unsetenv("TZ");
    }
    ::tzset();
  }
  ProcessZone(const ProcessZone&) = delete;
  ProcessZone& operator=(const ProcessZone&) = delete;

private:
  std::optional<std::string> m_old;
};

void check_ho_chi_minh_midnight() {
  CHECK(today(utc("2026-11-28", 16, 59, 59), "Asia/Ho_Chi_Minh") == "2026-11-28");
  CHECK(today(utc("2026-11-28", 17, 0, 0), "Asia/Ho_Chi_Minh") == "2026-11-29");
}

} // namespace

TEST_CASE("check today: the day turns at 17:00 UTC in Asia/Ho_Chi_Minh (UTC+7)") {
  SUBCASE("with the process's zone as it is") {
    check_ho_chi_minh_midnight();
  }
  SUBCASE("with the process in UTC") {
    const ProcessZone zone("UTC");
    check_ho_chi_minh_midnight();
  }
  SUBCASE("with the process west of Greenwich") {
    const ProcessZone zone("America/Los_Angeles");
    check_ho_chi_minh_midnight();
  }
  SUBCASE("with the process east of Vietnam") {
    const ProcessZone zone("Pacific/Kiritimati");
    check_ho_chi_minh_midnight();
  }
}

TEST_CASE("check today: other zones") {
  CHECK(today(utc("2026-11-28", 23, 59, 59), "UTC") == "2026-11-28");
  CHECK(today(utc("2026-11-29", 0, 0, 0), "UTC") == "2026-11-29");
  // New York is UTC-5 in November.
  CHECK(today(utc("2026-11-29", 4, 59, 59), "America/New_York") == "2026-11-28");
  CHECK(today(utc("2026-11-29", 5, 0, 0), "America/New_York") == "2026-11-29");
  // Across a year's end.
  CHECK(today(utc("2025-12-31", 17, 0, 0), "Asia/Ho_Chi_Minh") == "2026-01-01");
}

TEST_CASE("check today: an unknown zone gives nothing") {
  CHECK_FALSE(today_in_zone(utc("2026-11-28", 12, 0, 0), "Mars/Olympus_Mons").has_value());
  CHECK_FALSE(today_in_zone(utc("2026-11-28", 12, 0, 0), "").has_value());
  CHECK_FALSE(today_in_zone(utc("2026-11-28", 12, 0, 0), "asia/ho_chi_minh_x").has_value());
}
