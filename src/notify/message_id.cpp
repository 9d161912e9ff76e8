#include "notify/message_id.hpp"

#include <fmt/format.h>

namespace plancheck {

std::string message_id(const std::string& plan, const std::string& who, Day day,
                       const Mailbox& from) {
  const std::string domain = from.address.substr(from.address.rfind('@') + 1);
  const date::year_month_day ymd{day};
  return fmt::format("plancheck.{}.{}.{:04}{:02}{:02}@{}", plan, who, static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), domain);
}

} // namespace plancheck
