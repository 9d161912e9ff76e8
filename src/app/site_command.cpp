#include "app/site_command.hpp"

#include "app/matrix_command.hpp"
#include "app/prepared_run.hpp"
#include "app/site_folder.hpp"
#include "check/status_matrix.hpp"
#include "render/matrix_xlsx.hpp"
#include "render/site_pages.hpp"

#include <filesystem>
#include <sstream>

namespace plancheck {
namespace {

template <typename Render> FolderFile page(std::string name, Render render) {
  std::ostringstream text;
  render(text);
  return {std::move(name), text.str()};
}

} // namespace

ExitCode run_site(const SiteOptions& options, const OutputOptions& output, std::ostream& /*out*/,
                  std::ostream& err) {
  // The index stands for the folder in the checks every output gets: not
  // inside a plan folder, not over something that is not a file.
  const TableOptions& table = options.table;
  const OutputTarget index{OutputFormat::html,
                           (std::filesystem::path(options.folder) / k_site_index).string()};
  const std::unique_ptr<PreparedRun> run =
      prepare_run(table.plans, table.as_of, table.now, table.selection, {{index}, {}}, output.lang,
                  err, Reading::everything, table.jobs);
  if (!run) {
    return ExitCode::usage;
  }
  const CheckResult result = check_for_matrix(*run, table);
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);

  const Lang lang = output.lang;
  std::vector<FolderFile> files;
  files.push_back(page(std::string(k_site_index),
                       [&](std::ostream& out) { render_site_index(matrices, result, lang, out); }));
  for (const StatusMatrix& m : matrices) {
    for (const MatrixRow& row : m.rows) {
      files.push_back(page(agency_page_name(*m.plan, *row.agency),
                           [&](std::ostream& out) { render_agency_page(m, row, lang, out); }));
    }
  }
  files.push_back(page(std::string(k_site_workbook), [&](std::ostream& out) {
    render_matrix_xlsx(matrices, result, lang, out);
  }));
  if (!write_site_folder(options.folder, files, err, lang)) {
    return ExitCode::usage;
  }
  return result.failures > 0 ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
