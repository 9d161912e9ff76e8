#include "render/check_text.hpp"

#include "render/deadline_wording.hpp"
#include "render/finding_details.hpp"
#include "render/finding_words.hpp"
#include "text/text_layout.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <ostream>

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

} // namespace

void render_check_text(const CheckResult& result, const TextOptions& options, std::ostream& out) {
  const Lang lang = options.lang;
  const TerminalStyle& style = options.style;

  std::vector<std::string> plan_ids;
  for (const Plan* plan : result.plans) {
    plan_ids.push_back(plan->id.value);
  }
  out << style.paint(localize({MsgId::check_heading,
                               {fmt::format("{}", fmt::join(plan_ids, ", ")), result.as_of,
                                result.timezone}},
                              lang),
                     Color::bold)
      << '\n';

  std::vector<Row> rows;
  for (const Finding& f : result.findings) {
    rows.push_back({&f, owing_text(f, lang), what_text(f, lang, k_max_what_width),
                    deadline_text(f, lang), row_days_text(f, lang)});
  }
  std::size_t agency_width = 0;
  std::size_t what_width = 0;
  std::size_t deadline_width = 0;
  for (const Row& row : rows) {
    agency_width = std::max(agency_width, display_width(row.agency));
    what_width = std::max(what_width, display_width(row.what));
    deadline_width = std::max(deadline_width, display_width(row.deadline));
  }

  if (rows.empty()) {
    out << '\n' << localize({MsgId::nothing_to_report, {}}, lang) << '\n';
  }
  for (Status status : k_all_statuses) {
    const auto count = std::count_if(rows.begin(), rows.end(),
                                     [&](const Row& r) { return r.finding->status == status; });
    if (count == 0) {
      continue;
    }
    out << '\n'
        << style.paint(fmt::format("{} ({})", heading(status, lang), count), status_color(status))
        << '\n';
    for (const Row& row : rows) {
      if (row.finding->status != status) {
        continue;
      }
      out << "  " << pad_right(row.agency, agency_width) << "  " << pad_right(row.what, what_width)
          << "  " << pad_right(row.deadline, deadline_width) << "  "
          << style.paint(row.days, status_color(status)) << '\n';
      if (const std::string details = details_text(*row.finding, lang); !details.empty()) {
        out << "  " << std::string(agency_width, ' ') << "  " << details << '\n';
      }
      if (const std::string waiver = waiver_text(*row.finding, lang); !waiver.empty()) {
        out << "  " << std::string(agency_width, ' ') << "  " << waiver << '\n';
      }
    }
  }

  std::vector<std::string> counts;
  for (Status status : k_all_statuses) {
    counts.push_back(fmt::format("{} {}", result.counts[static_cast<std::size_t>(status)],
                                 status_name(status, lang)));
  }
  out << '\n'
      << localize({MsgId::total, {fmt::format("{}", fmt::join(counts, ", "))}}, lang) << '\n';
}

} // namespace plancheck
