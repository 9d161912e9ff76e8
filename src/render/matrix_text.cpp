#include "render/matrix_text.hpp"

#include "render/finding_words.hpp"
#include "render/matrix_cell_text.hpp"
#include "text/one_line.hpp"
#include "text/text_layout.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <ostream>

namespace plancheck {
namespace {

constexpr std::size_t k_gap = 2;             // spaces between columns
constexpr std::size_t k_min_name_width = 16; // the agency column narrows no further

// One cell as lines: the mark and the report number, then the day it was sent.
std::vector<std::string> cell_lines(const std::optional<MatrixCell>& cell, Lang lang) {
  if (!cell) {
    return {};
  }
  std::string first = cell_mark(*cell);
  if (!cell->report) {
    return {first};
  }
  const std::size_t indent = display_width(first) + 1;
  first += " " + one_line(cell->report->number);
  return {first, std::string(indent, ' ') + format_day(cell->report->submitted, lang)};
}

// The spaces that set a row under its holder.
std::string indent_of(const MatrixRow& row) {
  return std::string(static_cast<std::size_t>(row.depth) * 2, ' ');
}

// A row's label: indented under its holder, with its last day when it has ended.
std::string label_of(const MatrixRow& row, Lang lang) {
  return indent_of(row) + row_label(row, one_line(row.agency->name), lang);
}

// A row's label in lines of at most `width` columns, cut or wrapped as
// `overflow` says; each line keeps the row's indent, so that a wrapped
// name still reads as under its holder.
std::vector<std::string> label_lines(const MatrixRow& row, std::size_t width, Overflow overflow,
                                     Lang lang) {
  const std::string indent = indent_of(row);
  const std::size_t room = width > indent.size() ? width - indent.size() : 1;
  const std::string label = row_label(row, one_line(row.agency->name), lang);
  std::vector<std::string> lines = overflow == Overflow::cut
                                       ? std::vector<std::string>{cut_at_word(label, room)}
                                       : wrap_words(label, room);
  for (std::string& line : lines) {
    line.insert(0, indent);
  }
  return lines;
}

// `text` without the spaces at its end.
std::string trim_end(std::string text) {
  text.erase(text.find_last_not_of(' ') + 1);
  return text;
}

// One year's block: the header, then each row, as many lines as its tallest cell.
void write_block(const StatusMatrix& m, const MatrixYear& part, const TextOptions& options,
                 std::ostream& out) {
  const Lang lang = options.lang;
  const std::size_t first = part.first;
  const std::size_t last = part.last;
  std::vector<std::size_t> widths;
  for (std::size_t c = first; c < last; ++c) {
    std::size_t width = display_width(column_header(m.columns[c]));
    for (const std::size_t r : part.rows) {
      for (const std::string& line : cell_lines(m.rows[r].cells[c], lang)) {
        width = std::max(width, display_width(line));
      }
    }
    widths.push_back(width);
  }
  std::size_t name_width = display_width(localize({MsgId::matrix_agency, {}}, lang));
  for (const std::size_t r : part.rows) {
    name_width = std::max(name_width, display_width(label_of(m.rows[r], lang)));
  }
  std::size_t cells_width = 0;
  for (const std::size_t width : widths) {
    cells_width += k_gap + width;
  }
  if (name_width + cells_width > options.layout.width) {
    const std::size_t room =
        options.layout.width > cells_width ? options.layout.width - cells_width : 0;
    name_width = std::max(room, k_min_name_width);
  }
  std::string header = pad_right(localize({MsgId::matrix_agency, {}}, lang), name_width);
  for (std::size_t c = first; c < last; ++c) {
    header += std::string(k_gap, ' ') + pad_right(column_header(m.columns[c]), widths[c - first]);
  }
  out << options.style.paint(trim_end(header), Color::bold) << '\n';
  for (const std::size_t r : part.rows) {
    const MatrixRow& row = m.rows[r];
    const std::vector<std::string> names =
        label_lines(row, name_width, options.layout.overflow, lang);
    std::vector<std::vector<std::string>> cells;
    std::size_t height = names.size();
    for (std::size_t c = first; c < last; ++c) {
      cells.push_back(cell_lines(row.cells[c], lang));
      height = std::max(height, cells.back().size());
    }
    for (std::size_t line = 0; line < height; ++line) {
      std::string text = pad_right(line < names.size() ? names[line] : "", name_width);
      for (std::size_t c = first; c < last; ++c) {
        const std::vector<std::string>& lines = cells[c - first];
        const std::string piece = line < lines.size() ? lines[line] : "";
        text += std::string(k_gap, ' ');
        const std::string padded = pad_right(piece, widths[c - first]);
        if (line == 0 && row.cells[c]) {
          // The mark is painted after the padding is measured without escapes.
          const std::string mark = cell_mark(*row.cells[c]);
          text += options.style.paint(mark, status_color(row.cells[c]->status)) +
                  padded.substr(mark.size());
        } else {
          text += padded;
        }
      }
      out << trim_end(text) << '\n';
    }
  }
}

// The key of the columns of `m`, each wrapped to the layout's width.
void write_key(const StatusMatrix& m, const TextOptions& options, std::ostream& out) {
  out << '\n' << localize({MsgId::matrix_columns, {}}, options.lang) << ":\n";
  for (const MatrixColumn& column : m.columns) {
    const std::vector<std::string> lines =
        wrap_words(one_line(column_key(column, options.lang)), options.layout.width - 2);
    for (const std::string& line : lines) {
      out << "  " << line << '\n';
    }
  }
}

} // namespace

void render_matrix_text(const std::vector<StatusMatrix>& matrices, const TextOptions& options,
                        std::ostream& out) {
  const Lang lang = options.lang;
  for (const StatusMatrix& m : matrices) {
    const std::string title = one_line(plan_table_title(*m.plan));
    for (const std::string& line : wrap_words(
             localize({MsgId::matrix_heading, {title, m.as_of}}, lang), options.layout.width)) {
      out << options.style.paint(line, Color::bold) << '\n';
    }
    if (m.columns.empty()) {
      out << '\n' << localize({MsgId::matrix_empty, {}}, lang) << '\n';
      continue;
    }
    for (const MatrixYear& part : m.years) {
      out << '\n'
          << options.style.paint(localize({MsgId::matrix_year, {part.year}}, lang), Color::bold)
          << '\n';
      write_block(m, part, options, out);
    }
    write_key(m, options, out);
    out << '\n';
  }
  for (const std::string& line : wrap_words(matrix_legend(lang), options.layout.width)) {
    out << line << '\n';
  }
}

} // namespace plancheck
