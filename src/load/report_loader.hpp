#pragma once

#include "load/reporter.hpp"
#include "model/report.hpp"

#include <optional>

namespace plancheck {

// Turn one report file into a Report, reporting every value of the wrong
// shape. Return nullopt when the file is not YAML or not a mapping at all.
std::optional<Report> load_report(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
