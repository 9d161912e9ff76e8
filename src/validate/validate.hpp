#pragma once

#include "load/workspace.hpp"

namespace plancheck {

// Apply every rule that spans files to what `ws` holds, adding to its
// diagnostics, and sort them by file and position.
void validate_workspace(Workspace& ws);

} // namespace plancheck
