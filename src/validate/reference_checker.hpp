#pragma once

#include "load/reporter.hpp"
#include "model/plan.hpp"

namespace plancheck {

// What a reference may point at.
enum class RefKind { agency, agency_or_group, task, duty };

// Report `ref` when the plan has nothing of `kind` with its id, suggesting
// the closest id when there is one. Return whether it resolves.
bool check_reference(const Plan& plan, const Id& ref, RefKind kind, Reporter& reporter);

} // namespace plancheck
