#include "render/check_text.hpp"

#include "render/column_fit.hpp"
#include "render/deadline_wording.hpp"
#include "render/finding_details.hpp"
#include "render/finding_words.hpp"
#include "text/digit_groups.hpp"
#include "text/one_line.hpp"
#include "text/text_layout.hpp"
#include "text/utf8.hpp"
#include "text/vietnamese_collation.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <ostream>
#include <tuple>

#include <fmt/format.h>

namespace plancheck {
namespace {

// The columns of a row, in the order they are shown.
constexpr std::size_t k_agency = 0;
constexpr std::size_t k_what = 1;
constexpr std::size_t k_deadline = 2;
constexpr std::size_t k_days = 3;
constexpr std::size_t k_columns = 4;

// Two spaces before each column.
constexpr std::size_t k_gaps = 2 * k_columns;

// How a row gives way to a narrow line: the agency wraps first, then the
// title narrows to what still reads as one, then the days and the deadline
// wrap, and last the title narrows to its narrowest.
constexpr std::array<Narrowing, 5> k_narrowing{
    {{k_agency, 20}, {k_what, 28}, {k_days, 12}, {k_deadline, 12}, {k_what, 20}}};

// A title's full length: what_text cuts nothing at this width.
constexpr std::size_t k_uncut = std::numeric_limits<std::size_t>::max() / 2;

struct Row {
  const Finding* finding;
  std::string agency;
  std::string deadline;
  std::string days;
};

// The widths of the columns, the same in every plan's section.
using Widths = std::vector<std::size_t>;

// What is owed, in a column `width` wide: cut at a word on a terminal,
// wrapped whole anywhere else.
std::vector<std::string> what_lines(const Finding& f, const TextOptions& options,
                                    std::size_t width) {
  if (options.layout.overflow == Overflow::cut) {
    return {what_text(f, options.lang, width)};
  }
  return wrap_words(what_text(f, options.lang, k_uncut), width);
}

// `text` without the spaces at its end.
std::string_view trim_end(std::string_view text) {
  return text.substr(0, text.find_last_not_of(' ') + 1);
}

// One row: its columns side by side, each wrapped in its width, and the days
// in the color of its status.
void write_row(const Row& row, const Widths& widths, const TextOptions& options, Color color,
               std::ostream& out) {
  const std::array<std::vector<std::string>, k_columns> cells{
      wrap_words(row.agency, widths[k_agency]), what_lines(*row.finding, options, widths[k_what]),
      wrap_words(row.deadline, widths[k_deadline]), wrap_words(row.days, widths[k_days])};
  std::size_t height = 0;
  for (const auto& cell : cells) {
    height = std::max(height, cell.size());
  }
  for (std::size_t line = 0; line < height; ++line) {
    std::string text;
    for (std::size_t column = 0; column < k_days; ++column) {
      const auto& cell = cells.at(column);
      text += "  " + pad_right(line < cell.size() ? cell[line] : "", widths[column]);
    }
    if (line < cells[k_days].size()) {
      out << text << "  " << options.style.paint(cells[k_days][line], color) << '\n';
    } else {
      out << trim_end(text) << '\n';
    }
  }
}

// `text` wrapped to the layout's width, each line after `indent`.
void write_wrapped(std::string_view text, std::size_t indent, const TextOptions& options,
                   Color color, std::ostream& out) {
  const std::size_t width = options.layout.width;
  for (const std::string& line : wrap_words(text, width > indent ? width - indent : 0)) {
    out << std::string(indent, ' ') << options.style.paint(line, color) << '\n';
  }
}

// The plan as a reader knows it: its title, and its number when it has one.
std::string plan_name(const Plan& plan, Lang lang) {
  std::string title = one_line(plan.title.empty() ? plan.id.value : plan.title);
  if (plan.number.empty()) {
    return title;
  }
  return localize({MsgId::plan_numbered, {title, one_line(plan.number)}}, lang);
}

// "Tổng cộng: quá hạn 20, chưa đầy đủ 2, …", "Total: 20 overdue, 2 incomplete, …".
std::string totals(const std::array<std::size_t, k_status_count>& counts, Lang lang) {
  std::vector<std::string> entries;
  for (Status status : k_all_statuses) {
    const auto count = static_cast<std::int64_t>(counts[static_cast<std::size_t>(status)]);
    const std::string number = lang == Lang::vi ? digit_groups(count, '.') : std::to_string(count);
    entries.push_back(localize({MsgId::total_entry, {status_name(status, lang), number}}, lang));
  }
  return localize({MsgId::total, {fmt::format("{}", fmt::join(entries, ", "))}}, lang);
}

// One plan's section: its heading, its rows by status, its totals.
void render_plan(const CheckResult& result, std::size_t index, const std::vector<Row>& rows,
                 const Widths& widths, const TextOptions& options, std::ostream& out) {
  const Lang lang = options.lang;
  const TerminalStyle& style = options.style;
  const Plan* plan = result.plans[index];
  write_wrapped(
      localize({MsgId::check_heading, {plan_name(*plan, lang), result.as_of, result.timezone}},
               lang),
      0, options, Color::bold, out);
  const auto in_plan = [&](const Row& r) {
    return r.finding->plan == plan;
  };
  if (std::none_of(rows.begin(), rows.end(), in_plan)) {
    out << '\n' << localize({MsgId::nothing_to_report, {}}, lang) << '\n';
  }
  for (Status status : k_all_statuses) {
    const auto listed = [&](const Row& r) {
      return in_plan(r) && r.finding->status == status;
    };
    const auto count = std::count_if(rows.begin(), rows.end(), listed);
    if (count == 0) {
      continue;
    }
    out << '\n'
        << style.paint(fmt::format("{} ({})", heading(status, lang), count), status_color(status))
        << '\n';
    for (const Row& row : rows) {
      if (!listed(row)) {
        continue;
      }
      write_row(row, widths, options, status_color(status), out);
      const std::size_t indent = widths[k_agency] + 4;
      if (const std::string request = request_text(*row.finding, lang); !request.empty()) {
        write_wrapped(request, indent, options, Color::none, out);
      }
      if (const std::string details = details_text(*row.finding, lang); !details.empty()) {
        write_wrapped(details, indent, options, Color::none, out);
      }
      if (const std::string waiver = waiver_text(*row.finding, lang); !waiver.empty()) {
        write_wrapped(waiver, indent, options, Color::none, out);
      }
    }
  }
  const auto& counts =
      index < result.plan_counts.size() ? result.plan_counts[index] : result.counts;
  out << '\n';
  write_wrapped(totals(counts, lang), 0, options, Color::none, out);
}

} // namespace

void render_check_text(const CheckResult& result, const TextOptions& options, std::ostream& out) {
  const Lang lang = options.lang;
  std::vector<Row> rows;
  for (const Finding& f : result.findings) {
    rows.push_back(
        {&f, owing_text(f, lang), deadline_text(f, lang, DayWord::named), row_days_text(f, lang)});
  }
  // Within a status, rows go by the agency's name as Vietnamese sorts it, then deadline.
  std::vector<std::string> keys;
  for (const Row& row : rows) {
    keys.push_back(vietnamese_sort_key(row.agency));
  }
  std::vector<std::size_t> order(rows.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(keys[a], rows[a].finding->due) < std::tie(keys[b], rows[b].finding->due);
  });
  std::vector<Row> sorted;
  for (std::size_t i : order) {
    sorted.push_back(rows[i]);
  }
  rows = std::move(sorted);
  Widths natural(k_columns, 0);
  for (const Row& row : rows) {
    const std::size_t what = display_width(what_text(*row.finding, lang, k_uncut));
    natural = {std::max(natural[k_agency], display_width(row.agency)),
               std::max(natural[k_what], what),
               std::max(natural[k_deadline], display_width(row.deadline)),
               std::max(natural[k_days], display_width(row.days))};
  }
  const std::size_t width = options.layout.width;
  const Widths widths = fit_columns(natural, k_narrowing, width > k_gaps ? width - k_gaps : 0);
  if (result.plans.empty()) {
    out << localize({MsgId::nothing_to_report, {}}, lang) << '\n';
  }
  for (std::size_t i = 0; i < result.plans.size(); ++i) {
    out << (i == 0 ? "" : "\n");
    render_plan(result, i, rows, widths, options, out);
  }
}

} // namespace plancheck
