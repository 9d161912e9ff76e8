#pragma once

#include "model/message.hpp"

#include <string_view>

namespace plancheck {

// One message of the table: its id and its template in each language.
struct MessageEntry {
  MsgId id{};
  std::string_view en;
  std::string_view vi;
};

} // namespace plancheck
