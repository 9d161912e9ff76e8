#include "text/digit_groups.hpp"

namespace plancheck {

std::string digit_groups(std::int64_t number, char separator) {
  const bool negative = number < 0;
  // Through unsigned, so that the most negative number has a magnitude too.
  std::uint64_t magnitude =
      negative ? ~static_cast<std::uint64_t>(number) + 1 : static_cast<std::uint64_t>(number);
  std::string out;
  int digits = 0;
  do {
    if (digits > 0 && digits % 3 == 0) {
      out.insert(out.begin(), separator);
    }
    out.insert(out.begin(), static_cast<char>('0' + magnitude % 10));
    magnitude /= 10;
    ++digits;
  } while (magnitude != 0);
  return negative ? "-" + out : out;
}

} // namespace plancheck
