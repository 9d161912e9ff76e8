#pragma once

#include "model/calendar.hpp"
#include "model/plan.hpp"

#include <string>
#include <vector>

namespace plancheck {

// One request file: a document that asked for reports after the plan was
// issued ("hoặc đột xuất khi có yêu cầu"). Its duties are one-off duties of
// the plan, written in the shape of plan.yaml's.
struct Request {
  std::string path; // as the user reached it
  SourcePos pos;    // the start of the document
  Id plan;
  Located<std::string> number;
  Located<Day> requested;
  Id requested_by;
  std::vector<Duty> duties; // each with `request` naming this file

  // What each of its duties records of it.
  RequestOrigin origin() const { return {path, number.value, requested.value}; }
};

} // namespace plancheck
