#include "render/check_text.hpp"

#include "load/utf8.hpp"
#include "render/deadline_wording.hpp"
#include "render/text_layout.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace plancheck {
namespace {

// Titles run to whole sentences; a row shows the start of one.
constexpr std::size_t k_max_what_width = 60;

std::string_view status_name(Status status, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (status) {
  case Status::overdue:
    return vi ? "quá hạn" : "overdue";
  case Status::incomplete:
    return vi ? "chưa đầy đủ" : "incomplete";
  case Status::late:
    return vi ? "trễ hạn" : "late";
  case Status::due_soon:
    return vi ? "sắp đến hạn" : "due soon";
  case Status::pending:
    return vi ? "chưa đến hạn" : "pending";
  case Status::ok:
    return vi ? "đúng hạn" : "on time";
  }
  return {};
}

std::string heading(Status status, Lang lang) {
  // Uppercasing Vietnamese needs more than ASCII; the headings are fixed words.
  const bool vi = lang == Lang::vi;
  switch (status) {
  case Status::overdue:
    return vi ? "QUÁ HẠN" : "OVERDUE";
  case Status::incomplete:
    return vi ? "CHƯA ĐẦY ĐỦ" : "INCOMPLETE";
  case Status::late:
    return vi ? "TRỄ HẠN" : "LATE";
  case Status::due_soon:
    return vi ? "SẮP ĐẾN HẠN" : "DUE SOON";
  case Status::pending:
    return vi ? "CHƯA ĐẾN HẠN" : "PENDING";
  case Status::ok:
    return vi ? "ĐÚNG HẠN" : "ON TIME";
  }
  return {};
}

Color status_color(Status status) {
  switch (status) {
  case Status::overdue:
    return Color::red;
  case Status::incomplete:
    return Color::yellow;
  case Status::late:
    return Color::magenta;
  case Status::due_soon:
    return Color::cyan;
  case Status::pending:
    return Color::dim;
  case Status::ok:
    return Color::green;
  }
  return Color::none;
}

std::string days_text(const Finding& f, Lang lang) {
  const bool vi = lang == Lang::vi;
  const int d = f.days;
  const auto plural = [](int n) { return n == 1 ? "day" : "days"; };
  switch (f.status) {
  case Status::ok:
    return vi ? "đúng hạn" : "on time";
  case Status::late:
    return vi ? fmt::format("trễ {} ngày", d) : fmt::format("{} {} late", d, plural(d));
  default:
    if (d > 0) {
      return vi ? fmt::format("quá hạn {} ngày", d) : fmt::format("{} {} overdue", d, plural(d));
    }
    if (d == 0) {
      return vi ? "hạn hôm nay" : "due today";
    }
    return vi ? fmt::format("còn {} ngày", -d) : fmt::format("{} {} left", -d, plural(-d));
  }
}

// What is owed: the task id and title, or the duty title and its year. Long
// titles are cut so that the year always shows.
std::string what_text(const Finding& f, Lang lang) {
  const Obligation& o = f.obligation;
  if (o.kind == ObligationKind::task) {
    return truncate_to(fmt::format("{} {}", o.task->id.value, o.task->title), k_max_what_width);
  }
  if (!o.period) {
    return truncate_to(o.duty->title, k_max_what_width);
  }
  const std::string year = fmt::format(", {} {}", lang == Lang::vi ? "năm" : "year", *o.period);
  return truncate_to(o.duty->title, k_max_what_width - display_width(year)) + year;
}

std::string deadline_text(const Finding& f, Lang lang) {
  const Obligation& o = f.obligation;
  const Deadline& deadline = o.kind == ObligationKind::duty ? o.duty->due->value : o.task->due->value;
  return deadline_wording(deadline, o.period, lang);
}

std::string agency_text(const Agency& agency) {
  return agency.short_name.empty() ? agency.name : agency.short_name;
}

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
  const bool vi = lang == Lang::vi;

  std::vector<std::string> plan_ids;
  for (const Plan* plan : result.plans) {
    plan_ids.push_back(plan->id.value);
  }
  out << style.paint(fmt::format("{} {} · {} {} · {}", vi ? "Kế hoạch" : "Plan",
                                 fmt::join(plan_ids, ", "), vi ? "ngày kiểm tra" : "as of",
                                 format_day(result.as_of, lang), result.timezone),
                     Color::bold)
      << '\n';

  std::vector<Row> rows;
  for (const Finding& f : result.findings) {
    rows.push_back({&f, agency_text(*f.obligation.agency),
                    what_text(f, lang), deadline_text(f, lang),
                    days_text(f, lang)});
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
    out << '\n' << (vi ? "Không có mục nào cần báo." : "Nothing to report.") << '\n';
  }
  for (Status status : k_all_statuses) {
    const auto count = std::count_if(rows.begin(), rows.end(),
                                     [&](const Row& r) { return r.finding->status == status; });
    if (count == 0) {
      continue;
    }
    out << '\n' << style.paint(fmt::format("{} ({})", heading(status, lang), count), status_color(status)) << '\n';
    for (const Row& row : rows) {
      if (row.finding->status != status) {
        continue;
      }
      out << "  " << pad_right(row.agency, agency_width) << "  " << pad_right(row.what, what_width)
          << "  " << pad_right(row.deadline, deadline_width) << "  "
          << style.paint(row.days, status_color(status)) << '\n';
      if (status == Status::incomplete && !row.finding->missing_tasks.empty()) {
        out << "  " << std::string(agency_width, ' ') << "  " << (vi ? "còn thiếu: " : "missing: ")
            << fmt::format("{}", fmt::join(row.finding->missing_tasks, ", ")) << '\n';
      }
    }
  }

  std::vector<std::string> counts;
  for (Status status : k_all_statuses) {
    counts.push_back(fmt::format("{} {}", result.counts[static_cast<std::size_t>(status)],
                                 status_name(status, lang)));
  }
  out << '\n' << (vi ? "Tổng: " : "Total: ") << fmt::format("{}", fmt::join(counts, ", ")) << '\n';
}

} // namespace plancheck
