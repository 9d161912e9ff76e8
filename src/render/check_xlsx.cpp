#include "render/check_xlsx.hpp"

#include "render/xlsx_sheets.hpp"

#include <ostream>

namespace plancheck {

void render_check_xlsx(const CheckResult& result, Lang lang, std::ostream& out) {
  XlsxWorkbook book;
  add_detail_sheet(book, result);
  add_legend_sheet(book, result, lang);
  out << book.bytes();
}

} // namespace plancheck
