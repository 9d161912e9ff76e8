#pragma once

#include "model/calendar.hpp"

#include <string>

namespace plancheck {

// The ad-hoc request (yêu cầu đột xuất) a duty comes from: the document that
// asked for the report, so that every word about the duty can name it.
struct RequestOrigin {
  std::string path;   // the request file, as the user reached it
  std::string number; // the requesting document's number (số ký hiệu)
  Day requested{};    // the requesting document's date
};

} // namespace plancheck
