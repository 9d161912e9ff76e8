#pragma once

#include "load/reporter.hpp"
#include "model/request.hpp"

#include <optional>

namespace plancheck {

// Turn one request file into a Request, reporting every value of the wrong
// shape and a yearly `every` (a request asks once). Each duty records the
// request it comes from. Return nullopt when the file is not YAML or not a
// mapping at all.
std::optional<Request> load_request(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
