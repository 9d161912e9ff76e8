#pragma once

#include "check/plan_listing.hpp"
#include "render/check_text.hpp"

#include <iosfwd>

namespace plancheck {

// Write `result` for people: for each plan a header line, then its entries
// of the listed kind under headings (agencies by where they stand on the
// day), each as its id, its name, and lines of detail below the name.
void render_list_text(const ListResult& result, const TextOptions& options, std::ostream& out);

} // namespace plancheck
