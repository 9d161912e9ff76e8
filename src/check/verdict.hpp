#pragma once

#include "check/status.hpp"

#include <optional>

namespace plancheck {

// How a finding counts for the run, decided once from --fail-on: `error`
// fails the run; the others are the level CI outputs (GitHub annotations,
// SARIF, JUnit) give a finding that does not.
enum class Verdict { error, warning, note };

// Return the verdict on a finding of `status` when the run fails on statuses
// at least as severe as `fail_on` (nullopt: on none): error when it fails the
// run, else warning from `late` up, else note.
Verdict verdict_of(Status status, std::optional<Status> fail_on);

// Whether `verdict` fails the run.
constexpr bool fails(Verdict verdict) {
  return verdict == Verdict::error;
}

} // namespace plancheck
