#include "render/finding_words.hpp"

#include "model/calendar.hpp"
#include "render/deadline_wording.hpp"
#include "text/one_line.hpp"
#include "text/text_layout.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

namespace plancheck {

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
  case Status::waived:
    return vi ? "được miễn" : "waived";
  case Status::lapsed:
    return vi ? "không còn đơn vị thực hiện" : "lapsed";
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
  case Status::waived:
    return vi ? "ĐƯỢC MIỄN" : "WAIVED";
  case Status::lapsed:
    return vi ? "KHÔNG CÒN ĐƠN VỊ THỰC HIỆN" : "LAPSED";
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
  case Status::waived:
  case Status::lapsed:
    return Color::dim;
  case Status::ok:
    return Color::green;
  }
  return Color::none;
}

std::string days_text(const Finding& f, Lang lang) {
  const bool vi = lang == Lang::vi;
  const int d = f.days;
  const auto plural = [](int n) {
    return n == 1 ? "day" : "days";
  };
  switch (f.status) {
  case Status::ok:
    return vi ? "đúng hạn" : "on time";
  case Status::late:
    return vi ? fmt::format("trễ {} ngày", d) : fmt::format("{} {} late", d, plural(d));
  case Status::waived:
  case Status::lapsed:
    // Nobody is late with what nobody owes any more; the days only date it.
    if (d > 0) {
      return vi ? fmt::format("{} ngày sau hạn", d) : fmt::format("{} {} past due", d, plural(d));
    }
    return vi ? fmt::format("còn {} ngày", -d) : fmt::format("{} {} left", -d, plural(-d));
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
std::string what_text(const Finding& f, Lang lang, std::size_t max_width) {
  const Obligation& o = f.obligation;
  if (o.kind == ObligationKind::task) {
    return truncate_to(one_line(fmt::format("{} {}", o.task->id.value, o.task->title)), max_width);
  }
  if (!o.period) {
    return truncate_to(one_line(o.duty->title), max_width);
  }
  const std::string year = fmt::format(", {} {}", lang == Lang::vi ? "năm" : "year", *o.period);
  return truncate_to(one_line(o.duty->title), max_width - display_width(year)) + year;
}

std::string deadline_text(const Finding& f, Lang lang) {
  if (f.decision && f.status != Status::waived) {
    // An extension replaces the plan's deadline; the decision says by whose word.
    const std::string day = format_dmy(f.due);
    const std::string number = one_line(f.decision->number);
    return lang == Lang::vi ? fmt::format("gia hạn đến {} theo {}", day, number)
                            : fmt::format("extended to {} by {}", day, number);
  }
  const Obligation& o = f.obligation;
  const Deadline& deadline =
      o.kind == ObligationKind::duty ? o.duty->due->value : o.task->due->value;
  return deadline_wording(deadline, o.period, lang);
}

std::string waiver_text(const Finding& f, Lang lang) {
  if (f.status != Status::waived || !f.decision) {
    return {};
  }
  const std::string number = one_line(f.decision->number);
  const std::string reason = one_line(f.decision->reason);
  return lang == Lang::vi ? fmt::format("miễn theo {}: {}", number, reason)
                          : fmt::format("waived by {}: {}", number, reason);
}

std::string agency_text(const Agency& agency) {
  return one_line(agency.short_name.empty() ? agency.name : agency.short_name);
}

std::string owing_text(const Finding& f, Lang lang) {
  const Agency& agency = *f.obligation.agency;
  std::string text = agency_text(agency);
  if (f.agency_ended && agency.until) {
    text += fmt::format(" ({} {})", lang == Lang::vi ? "đến" : "until",
                        format_day(agency.until->value, lang));
  }
  if (f.answerable_by != nullptr) {
    text += " → " + agency_text(*f.answerable_by);
  }
  return text;
}

std::string finding_summary(const Finding& f, Lang lang) {
  std::string message = fmt::format("{}: {} ({}): {}", owing_text(f, lang), what_text(f, lang, 200),
                                    deadline_text(f, lang), days_text(f, lang));
  if (!f.missing_tasks.empty()) {
    message += fmt::format(
        "; {} {}", lang == Lang::vi ? "còn thiếu:" : "missing:", fmt::join(f.missing_tasks, ", "));
  }
  if (const std::string waiver = waiver_text(f, lang); !waiver.empty()) {
    message += "; " + waiver;
  }
  return message;
}

} // namespace plancheck
