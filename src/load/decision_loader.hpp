#pragma once

#include "load/reporter.hpp"
#include "model/decision.hpp"

#include <optional>

namespace plancheck {

// Turn one decision file into a Decision, reporting every value of the wrong
// shape. Return nullopt when the file is not YAML or not a mapping at all.
std::optional<Decision> load_decision(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
