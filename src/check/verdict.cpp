#include "check/verdict.hpp"

namespace plancheck {

Verdict verdict_of(Status status, std::optional<Status> fail_on) {
  if (fail_on && at_least(status, *fail_on)) {
    return Verdict::error;
  }
  return at_least(status, Status::late) ? Verdict::warning : Verdict::note;
}

} // namespace plancheck
