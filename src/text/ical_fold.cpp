#include "text/ical_fold.hpp"

namespace plancheck {
namespace {

// Whether `c` continues a UTF-8 sequence rather than starting one.
bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

} // namespace

std::string ical_fold(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / k_ical_line_octets * 3 + 2);
  // The first line holds 75 octets; each continuation holds 74 after its space.
  std::size_t room = k_ical_line_octets;
  while (line.size() > room) {
    std::size_t cut = room;
    // Back off to the start of the sequence the limit falls in; a run of
    // stray continuation bytes longer than a line is cut where it must be.
    while (cut > 0 && is_continuation(line[cut])) {
      --cut;
    }
    if (cut == 0) {
      cut = room;
    }
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = k_ical_line_octets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

} // namespace plancheck
