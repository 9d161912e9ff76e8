#include "render/matrix_xlsx.hpp"

#include "render/xlsx_sheets.hpp"

#include <ostream>

namespace plancheck {

void render_matrix_xlsx(const std::vector<StatusMatrix>& matrices, const CheckResult& result,
                        Lang lang, std::ostream& out) {
  XlsxWorkbook book;
  add_matrix_sheet(book, matrices, lang);
  add_detail_sheet(book, result);
  add_legend_sheet(book, result, lang);
  out << book.bytes();
}

} // namespace plancheck
