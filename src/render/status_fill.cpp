#include "render/status_fill.hpp"

namespace plancheck {

std::uint32_t status_fill_rgb(Status status) {
  switch (status) {
  case Status::ok:
    return 0xC8E6C9;
  case Status::late:
    return 0xFFF59D;
  case Status::incomplete:
    return 0xFFCC80;
  case Status::overdue:
    return 0xEF9A9A;
  case Status::due_soon:
    return 0x90CAF9;
  case Status::pending:
    return 0xF5F5F5;
  case Status::waived:
    return 0xE1BEE7;
  case Status::lapsed:
    break;
  }
  return 0xE0E0E0;
}

} // namespace plancheck
