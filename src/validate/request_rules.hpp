#pragma once

#include "load/workspace.hpp"

namespace plancheck {

// Report, in each request file, a `plan` that names another plan, a
// `requested_by` that is not an agency, what its duties refer to that the
// plan lacks, a duty id already used in plan.yaml or an earlier request,
// and a duty whose last on-time day comes before the request's date.
// `plan`'s duties include the requests' (see LoadedPlan).
void check_request_rules(const Plan& plan, const std::vector<LoadedRequest>& requests,
                         Diagnostics& out);

} // namespace plancheck
