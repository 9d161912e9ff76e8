#include "render/check_text.hpp"

#include "render/deadline_wording.hpp"
#include "render/finding_details.hpp"
#include "render/finding_words.hpp"
#include "text/digit_groups.hpp"
#include "text/one_line.hpp"
#include "text/text_layout.hpp"
#include "text/utf8.hpp"
#include "text/vietnamese_collation.hpp"

#include <algorithm>
#include <numeric>
#include <ostream>
#include <tuple>

#include <fmt/format.h>

namespace plancheck {
namespace {

// Titles run to whole sentences; a row shows the start of one.
constexpr std::size_t k_max_what_width = 60;

struct Row {
  const Finding* finding;
  std::string agency;
  std::string what;
  std::string deadline;
  std::string days;
};

// The widths of the columns, the same in every plan's section.
struct Widths {
  std::size_t agency = 0;
  std::size_t what = 0;
  std::size_t deadline = 0;
};

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
  out << style.paint(localize({MsgId::check_heading,
                               {plan_name(*plan, lang), result.as_of, result.timezone}},
                              lang),
                     Color::bold)
      << '\n';
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
      out << "  " << pad_right(row.agency, widths.agency) << "  "
          << pad_right(row.what, widths.what) << "  " << pad_right(row.deadline, widths.deadline)
          << "  " << style.paint(row.days, status_color(status)) << '\n';
      const std::string indent(widths.agency + 4, ' ');
      if (const std::string details = details_text(*row.finding, lang); !details.empty()) {
        out << indent << details << '\n';
      }
      if (const std::string waiver = waiver_text(*row.finding, lang); !waiver.empty()) {
        out << indent << waiver << '\n';
      }
    }
  }
  const auto& counts =
      index < result.plan_counts.size() ? result.plan_counts[index] : result.counts;
  out << '\n' << totals(counts, lang) << '\n';
}

} // namespace

void render_check_text(const CheckResult& result, const TextOptions& options, std::ostream& out) {
  const Lang lang = options.lang;
  std::vector<Row> rows;
  for (const Finding& f : result.findings) {
    rows.push_back({&f, owing_text(f, lang), what_text(f, lang, k_max_what_width),
                    deadline_text(f, lang, DayWord::named), row_days_text(f, lang)});
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
  Widths widths;
  for (const Row& row : rows) {
    widths.agency = std::max(widths.agency, display_width(row.agency));
    widths.what = std::max(widths.what, display_width(row.what));
    widths.deadline = std::max(widths.deadline, display_width(row.deadline));
  }
  if (result.plans.empty()) {
    out << localize({MsgId::nothing_to_report, {}}, lang) << '\n';
  }
  for (std::size_t i = 0; i < result.plans.size(); ++i) {
    out << (i == 0 ? "" : "\n");
    render_plan(result, i, rows, widths, options, out);
  }
}

} // namespace plancheck
