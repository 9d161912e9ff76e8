#include "check/status.hpp"

namespace plancheck {

std::string_view status_id(Status status) {
  switch (status) {
  case Status::overdue:
    return "overdue";
  case Status::incomplete:
    return "incomplete";
  case Status::late:
    return "late";
  case Status::due_soon:
    return "due-soon";
  case Status::pending:
    return "pending";
  case Status::waived:
    return "waived";
  case Status::lapsed:
    return "lapsed";
  case Status::ok:
    return "ok";
  }
  return "ok";
}

std::optional<Status> parse_status(std::string_view name) {
  for (Status status : k_all_statuses) {
    if (status_id(status) == name) {
      return status;
    }
  }
  return std::nullopt;
}

Rule status_rule(Status status) {
  switch (status) {
  case Status::overdue:
    return Rule::deadline_overdue;
  case Status::incomplete:
    return Rule::deadline_incomplete;
  case Status::late:
    return Rule::deadline_late;
  case Status::due_soon:
    return Rule::deadline_due_soon;
  case Status::pending:
    return Rule::deadline_pending;
  case Status::waived:
    return Rule::deadline_waived;
  case Status::lapsed:
    return Rule::deadline_lapsed;
  case Status::ok:
    return Rule::deadline_ok;
  }
  return Rule::deadline_ok;
}

} // namespace plancheck
