#pragma once

#include "check/status_matrix.hpp"
#include "model/lang.hpp"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace plancheck {

// Where a table links an agency's name: the page of that agency (the
// site's); empty: the name is not a link.
using AgencyHref = std::function<std::string(const Agency&)>;

// Write one plan's matrix as HTML: a heading, one table per year (agencies
// down, ended bodies indented under their holder, each cell coloured by its
// status with a tooltip naming the report file, number, and the days it was
// sent and fulfilled), then the key of the columns. Every name is escaped.
void write_matrix_html(const StatusMatrix& matrix, Lang lang, const AgencyHref& href,
                       std::ostream& out);

// Write `matrices` as one self-contained HTML page (see write_html_head):
// each plan's matrix, the as-of day and the legend.
void render_matrix_html(const std::vector<StatusMatrix>& matrices, Lang lang, std::ostream& out);

} // namespace plancheck
