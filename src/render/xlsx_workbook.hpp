#pragma once

#include "check/status.hpp"
#include "model/calendar.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <xlsxwriter.h>

namespace plancheck {

// An Excel workbook being written through libxlsxwriter, which writes only
// to a named file: the workbook goes to an anonymous in-memory file (a
// temporary file, unlinked at once, where there is none), and `bytes`
// returns what it wrote, so that it reaches its target as every other
// format does: whole, through a temporary file renamed into place.
class XlsxWorkbook {
public:
  XlsxWorkbook();
  ~XlsxWorkbook();
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  // Add a sheet called `name` (31 characters at most, none of []:*?/\).
  lxw_worksheet* add_sheet(const char* name);

  // Write `text` as a string, never as a formula, whatever it starts with;
  // characters an XML file cannot hold are shown as "<U+XXXX>" and a text
  // longer than a cell holds is cut.
  void text(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t col, std::string_view value,
            lxw_format* format = nullptr);

  // Write `day` as an Excel date shown DD/MM/YYYY.
  void day(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t col, Day value);

  // Write `value` as a number.
  void number(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t col, double value);

  // The bold format of header rows, and the fill of a status.
  lxw_format* header() const { return m_header; }
  lxw_format* fill(Status status) const { return m_fills[static_cast<std::size_t>(status)]; }

  // Close the workbook and return the file's bytes. Throw std::runtime_error,
  // naming libxlsxwriter's reason, when it cannot be written.
  std::string bytes();

private:
  int m_fd = -1;
  lxw_workbook* m_book = nullptr;
  lxw_format* m_header = nullptr;
  lxw_format* m_date = nullptr;
  std::array<lxw_format*, k_status_count> m_fills{};
};

} // namespace plancheck
