#include "render/xlsx_workbook.hpp"

#include "render/status_fill.hpp"
#include "text/visible_text.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/mman.h>
#include <unistd.h>

namespace plancheck {
namespace {

// The most a cell holds: 32,767 characters; a cut at that many bytes keeps
// at most as many characters, and is moved back to a character boundary.
constexpr std::size_t k_max_cell_bytes = 32767;

std::string cell_text(std::string_view value) {
  std::string text = make_visible(value, "\t\n");
  if (text.size() > k_max_cell_bytes) {
    std::size_t end = k_max_cell_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
      --end;
    }
    text.resize(end);
  }
  return text;
}

// An anonymous file: in memory, else a temporary file in /tmp unlinked at once
// (the environment, TMPDIR among it, is read by the command line alone).
int anonymous_file() {
  const int fd = memfd_create("plancheck-xlsx", MFD_CLOEXEC);
  if (fd >= 0) {
    return fd;
  }
  std::string path = "/tmp/plancheck-xlsx-XXXXXX";
  const int tmp = mkostemp(path.data(), O_CLOEXEC);
  if (tmp >= 0) {
    unlink(path.c_str());
  }
  return tmp;
}

void check(lxw_error error) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error(std::string("xlsx: ") + lxw_strerror(error));
  }
}

} // namespace

XlsxWorkbook::XlsxWorkbook() : m_fd(anonymous_file()) {
  if (m_fd < 0) {
    throw std::runtime_error(std::string("xlsx: ") + std::strerror(errno));
  }
  // /proc/self/fd names the open file, which libxlsxwriter opens by name.
  const std::string name = "/proc/self/fd/" + std::to_string(m_fd);
  m_book = workbook_new(name.c_str());
  if (m_book == nullptr) {
    close(m_fd);
    throw std::runtime_error("xlsx: the workbook could not be created");
  }
  m_header = workbook_add_format(m_book);
  format_set_bold(m_header);
  format_set_bg_color(m_header, 0xECEFF1);
  format_set_border(m_header, LXW_BORDER_THIN);
  format_set_text_wrap(m_header);
  format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
  m_date = workbook_add_format(m_book);
  format_set_num_format(m_date, "dd/mm/yyyy");
  for (const Status status : k_all_statuses) {
    lxw_format* fill = workbook_add_format(m_book);
    format_set_pattern(fill, LXW_PATTERN_SOLID);
    format_set_bg_color(fill, status_fill_rgb(status));
    format_set_border(fill, LXW_BORDER_THIN);
    format_set_align(fill, LXW_ALIGN_CENTER);
    format_set_text_wrap(fill);
    m_fills[static_cast<std::size_t>(status)] = fill;
  }
}

XlsxWorkbook::~XlsxWorkbook() {
  if (m_book != nullptr) {
    workbook_close(m_book);
  }
  if (m_fd >= 0) {
    close(m_fd);
  }
}

lxw_worksheet* XlsxWorkbook::add_sheet(const char* name) {
  lxw_worksheet* sheet = workbook_add_worksheet(m_book, name);
  if (sheet == nullptr) {
    throw std::runtime_error(std::string("xlsx: cannot add the sheet ") + name);
  }
  return sheet;
}

void XlsxWorkbook::text(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t col,
                        std::string_view value, lxw_format* format) {
  if (value.empty() && format == nullptr) {
    return;
  }
  check(worksheet_write_string(sheet, row, col, cell_text(value).c_str(), format));
}

void XlsxWorkbook::day(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t col, Day value) {
  const date::year_month_day ymd{value};
  lxw_datetime when{static_cast<int>(ymd.year()),
                    static_cast<int>(unsigned(ymd.month())),
                    static_cast<int>(unsigned(ymd.day())),
                    0,
                    0,
                    0.0};
  check(worksheet_write_datetime(sheet, row, col, &when, m_date));
}

void XlsxWorkbook::number(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t col,
                          double value) {
  check(worksheet_write_number(sheet, row, col, value, nullptr));
}

std::string XlsxWorkbook::bytes() {
  lxw_workbook* book = m_book;
  m_book = nullptr;
  check(workbook_close(book));
  std::string data;
  if (lseek(m_fd, 0, SEEK_SET) < 0) {
    throw std::runtime_error(std::string("xlsx: ") + std::strerror(errno));
  }
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(m_fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      throw std::runtime_error(std::string("xlsx: ") + std::strerror(errno));
    }
    if (n == 0) {
      break;
    }
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return data;
}

} // namespace plancheck
