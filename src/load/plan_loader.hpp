#pragma once

#include "load/reporter.hpp"
#include "model/plan.hpp"

#include <optional>

namespace plancheck {

// Turn plan.yaml into a Plan, reporting every value of the wrong shape.
// Return nullopt when the file is not YAML or not a mapping at all;
// otherwise a Plan with whatever was well-formed (look at the reports to
// know whether it is complete).
std::optional<Plan> load_plan(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
