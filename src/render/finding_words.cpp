#include "render/finding_words.hpp"

#include "model/calendar.hpp"
#include "render/count_noun.hpp"
#include "render/deadline_wording.hpp"
#include "text/one_line.hpp"
#include "text/text_layout.hpp"
#include "text/utf8.hpp"

#include <array>

#include <fmt/format.h>

namespace plancheck {

namespace {

// The word and the heading of each status, in Status order.
constexpr std::array<MsgId, k_status_count> k_status_words{
    MsgId::status_overdue, MsgId::status_incomplete, MsgId::status_late,   MsgId::status_due_soon,
    MsgId::status_pending, MsgId::status_waived,     MsgId::status_lapsed, MsgId::status_ok};
constexpr std::array<MsgId, k_status_count> k_status_headings{
    MsgId::heading_overdue,  MsgId::heading_incomplete, MsgId::heading_late,
    MsgId::heading_due_soon, MsgId::heading_pending,    MsgId::heading_waived,
    MsgId::heading_lapsed,   MsgId::heading_ok};

// "1 day", "3 days", "3 ngày" inside the sentence `id`.
std::string days_sentence(MsgId id, int days, Lang lang) {
  return localize({id, {count_noun(static_cast<std::size_t>(days), Noun::day, lang)}}, lang);
}

} // namespace

std::string_view status_name(Status status, Lang lang) {
  return message_template(k_status_words[static_cast<std::size_t>(status)], lang);
}

std::string heading(Status status, Lang lang) {
  // Uppercasing Vietnamese needs more than ASCII; the headings are fixed words.
  return std::string(message_template(k_status_headings[static_cast<std::size_t>(status)], lang));
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
  const int d = f.days;
  switch (f.status) {
  case Status::ok:
    return std::string(status_name(Status::ok, lang));
  case Status::late:
    return days_sentence(MsgId::days_late, d, lang);
  case Status::waived:
  case Status::lapsed:
    // Nobody is late with what nobody owes any more; the days only date it.
    return d > 0 ? days_sentence(MsgId::days_past_due, d, lang)
                 : days_sentence(MsgId::days_left, -d, lang);
  default:
    if (d > 0) {
      return days_sentence(MsgId::days_overdue, d, lang);
    }
    if (d == 0) {
      return localize({MsgId::due_today, {}}, lang);
    }
    return days_sentence(MsgId::days_left, -d, lang);
  }
}

// What is owed: the task id and title, or the duty title and its year. Long
// titles are cut at a word so that the year always shows.
std::string what_text(const Finding& f, Lang lang, std::size_t max_width) {
  const Obligation& o = f.obligation;
  if (o.kind == ObligationKind::task) {
    return cut_at_word(one_line(fmt::format("{} {}", o.task->id.value, o.task->title)), max_width);
  }
  if (!o.period) {
    return cut_at_word(one_line(o.duty->title), max_width);
  }
  const std::string year = ", " + localize({MsgId::duty_year, {*o.period}}, lang);
  const std::size_t year_width = display_width(year);
  return cut_at_word(one_line(o.duty->title), max_width > year_width ? max_width - year_width : 0) +
         year;
}

std::string deadline_text(const Finding& f, Lang lang, DayWord words) {
  if (f.decision && f.status != Status::waived) {
    // An extension replaces the plan's deadline; the decision says by whose word.
    const std::string day = format_dmy(f.due);
    const std::string number = one_line(f.decision->number);
    const MsgId id = words == DayWord::named ? MsgId::extended_by_day : MsgId::extended_by;
    return localize({id, {day, number}}, lang);
  }
  const Obligation& o = f.obligation;
  const Deadline& deadline =
      o.kind == ObligationKind::duty ? o.duty->due->value : o.task->due->value;
  std::string wording = deadline_wording(deadline, o.period, lang, words);
  if (o.rolled == Roll::none) {
    return wording;
  }
  // The plan's words, then the working day the calendar moved them to.
  const MsgId id = o.rolled == Roll::next_working_day ? MsgId::deadline_rolled_next
                                                      : MsgId::deadline_rolled_previous;
  return localize({id, {std::move(wording), format_dmy(f.due)}}, lang);
}

std::string waiver_text(const Finding& f, Lang lang) {
  if (f.status != Status::waived || !f.decision) {
    return {};
  }
  const std::string number = one_line(f.decision->number);
  const std::string reason = one_line(f.decision->reason);
  return localize({MsgId::waived_by, {number, reason}}, lang);
}

std::string request_text(const Finding& f, Lang lang) {
  const Obligation& o = f.obligation;
  if (o.kind != ObligationKind::duty || !o.duty->request) {
    return {};
  }
  const RequestOrigin& request = *o.duty->request;
  return localize({MsgId::requested_in, {one_line(request.number), request.requested}}, lang);
}

std::string missing_text(const Finding& f, Lang lang) {
  return localize({MsgId::missing_tasks, {fmt::format("{}", fmt::join(f.missing_tasks, ", "))}},
                  lang);
}

std::string agency_text(const Agency& agency) {
  return one_line(agency.short_name.empty() ? agency.name : agency.short_name);
}

std::string owing_text(const Finding& f, Lang lang) {
  const Agency& agency = *f.obligation.agency;
  std::string text = agency_text(agency);
  if (f.agency_ended && agency.until) {
    text += " (" + localize({MsgId::agency_until, {agency.until->value}}, lang) + ")";
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
    message += "; " + missing_text(f, lang);
  }
  if (const std::string waiver = waiver_text(f, lang); !waiver.empty()) {
    message += "; " + waiver;
  }
  return message;
}

} // namespace plancheck
