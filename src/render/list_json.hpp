#pragma once

#include "check/plan_listing.hpp"

#include <iosfwd>

namespace plancheck {

// Write `result` as JSON (schemas/list.schema.json): {"plancheck": 1,
// "as_of", "kind", "plans": [{"id", "title", "timezone", KIND: [...]}]}.
void render_list_json(const ListResult& result, std::ostream& out);

} // namespace plancheck
