#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "app/table_options.hpp"

#include <iosfwd>
#include <string>

namespace plancheck {

// The options of `plancheck site`: matrix's plans, day and selection (its
// outputs unused), and the folder to write.
struct SiteOptions {
  TableOptions table;
  std::string folder;
};

// Run `plancheck site`: write to `options.folder`, whole (see
// write_site_folder), index.html with every plan's totals and matrix, a page
// per agency of each matrix, and the workbook matrix --format xlsx writes.
// Nothing goes to `out`; problems go to `err`. The exit status is matrix's.
ExitCode run_site(const SiteOptions& options, const OutputOptions& output, std::ostream& out,
                  std::ostream& err);

} // namespace plancheck
