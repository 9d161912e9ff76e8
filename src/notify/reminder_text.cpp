#include "notify/reminder_text.hpp"

#include "render/deadline_wording.hpp"
#include "render/finding_words.hpp"
#include "text/one_line.hpp"

#include <array>

#include <fmt/format.h>

namespace plancheck {
namespace {

// The three kinds of reminder item; pending items inside a lead time are
// "due soon" to the reader.
enum class Kind { overdue, incomplete, coming };

Kind kind_of(const Finding& f) {
  if (f.status == Status::overdue) {
    return Kind::overdue;
  }
  return f.status == Status::incomplete ? Kind::incomplete : Kind::coming;
}

std::string_view kind_name(Kind kind, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (kind) {
  case Kind::overdue:
    return vi ? "quá hạn" : "overdue";
  case Kind::incomplete:
    return vi ? "chưa đầy đủ" : "incomplete";
  case Kind::coming:
    return vi ? "sắp đến hạn" : "due soon";
  }
  return {};
}

std::string_view kind_heading(Kind kind, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (kind) {
  case Kind::overdue:
    return vi ? "QUÁ HẠN" : "OVERDUE";
  case Kind::incomplete:
    return vi ? "CHƯA ĐẦY ĐỦ" : "INCOMPLETE";
  case Kind::coming:
    return vi ? "SẮP ĐẾN HẠN" : "DUE SOON";
  }
  return {};
}

constexpr std::array k_kinds{Kind::overdue, Kind::incomplete, Kind::coming};

std::string counts(const std::vector<const Finding*>& items, Lang lang) {
  std::vector<std::string> parts;
  for (Kind kind : k_kinds) {
    const auto n = std::count_if(items.begin(), items.end(),
                                 [&](const Finding* f) { return kind_of(*f) == kind; });
    if (n > 0) {
      parts.push_back(fmt::format("{} {}", n, kind_name(kind, lang)));
    }
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string item_line(const Finding& f, Lang lang) {
  std::string line = fmt::format("- {}\n  {}; {}", what_text(f, lang, 400), deadline_text(f, lang),
                                 days_text(f, lang));
  if (f.status == Status::incomplete && !f.missing_tasks.empty()) {
    line +=
        fmt::format("\n  {} {}",
                    lang == Lang::vi ? "còn thiếu:" : "missing:", fmt::join(f.missing_tasks, ", "));
  }
  if (f.answerable_by != nullptr) {
    // Whose item it was, and since when the reader's body holds it.
    const Agency& owed_by = *f.obligation.agency;
    std::string who = agency_text(owed_by);
    if (owed_by.until) {
      who += fmt::format(" ({} {})", lang == Lang::vi ? "đến" : "until",
                         format_day(owed_by.until->value, lang));
    }
    if (f.passed_on) {
      line += lang == Lang::vi ? fmt::format("\n  việc của {}, chuyển giao từ ngày {}", who,
                                             format_day(*f.passed_on, lang))
                               : fmt::format("\n  an item of {}, passed on {}", who,
                                             format_day(*f.passed_on, lang));
    } else {
      line += lang == Lang::vi ? fmt::format("\n  việc của {}", who)
                               : fmt::format("\n  an item of {}", who);
    }
  }
  return line + '\n';
}

std::string items_by_kind(const std::vector<const Finding*>& items, Lang lang) {
  std::string out;
  for (Kind kind : k_kinds) {
    std::string section;
    for (const Finding* f : items) {
      if (kind_of(*f) == kind) {
        section += item_line(*f, lang);
      }
    }
    if (!section.empty()) {
      out += fmt::format("{}\n{}\n", kind_heading(kind, lang), section);
    }
  }
  return out;
}

std::string footer(Lang lang) {
  return lang == Lang::vi
             ? "--\nThư này do plancheck gửi tự động; vui lòng không trả lời thư này.\n"
             : "--\nThis message was sent automatically by plancheck; please do not reply to it.\n";
}

} // namespace

std::string reminder_subject(const AgencyItems& agency, Lang lang) {
  return fmt::format("[plancheck] {}: {}", agency_text(*agency.agency), counts(agency.items, lang));
}

std::string reminder_body(const AgencyItems& agency, Day as_of, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string out =
      fmt::format("{} {},\n\n", vi ? "Kính gửi" : "To", one_line(agency.agency->name));
  out +=
      vi ? fmt::format("Theo {} ({}), tính đến ngày {}, đơn vị có các việc sau cần lưu ý:\n\n",
                       one_line(agency.plan->title), agency.plan->id.value, format_day(as_of, lang))
         : fmt::format("Under {} ({}), as of {}, these items need your attention:\n\n",
                       one_line(agency.plan->title), agency.plan->id.value,
                       format_day(as_of, lang));
  out += items_by_kind(agency.items, lang);
  return out + footer(lang);
}

std::string digest_subject(const std::vector<AgencyItems>& agencies, Lang lang) {
  std::vector<const Finding*> all;
  for (const AgencyItems& a : agencies) {
    all.insert(all.end(), a.items.begin(), a.items.end());
    all.insert(all.end(), a.stale.begin(), a.stale.end());
  }
  return fmt::format("[plancheck] {}: {}", lang == Lang::vi ? "Tổng hợp" : "Digest",
                     counts(all, lang));
}

std::string digest_body(const std::vector<AgencyItems>& agencies, Day as_of, int max_overdue_days,
                        Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string out =
      vi ? fmt::format("Các việc cần nhắc tính đến ngày {}, theo đơn vị:\n\n",
                       format_day(as_of, lang))
         : fmt::format("Items to remind as of {}, by agency:\n\n", format_day(as_of, lang));
  for (const AgencyItems& a : agencies) {
    std::vector<const Finding*> all = a.items;
    all.insert(all.end(), a.stale.begin(), a.stale.end());
    const std::string_view mark =
        !a.exists ? (vi ? " [không tồn tại vào ngày này]" : " [does not exist on this day]")
        : a.has_address ? ""
                        : (vi ? " [không có địa chỉ email]" : " [no address]");
    out += fmt::format("== {} ({}){}: {}\n\n", one_line(a.agency->name), a.agency->id.value, mark,
                       counts(all, lang));
    out += items_by_kind(a.items, lang);
    if (!a.stale.empty()) {
      std::string section;
      for (const Finding* f : a.stale) {
        section += item_line(*f, lang);
      }
      out +=
          vi ? fmt::format("QUÁ HẠN TRÊN {} NGÀY (không còn nhắc trong thư gửi đơn vị)\n{}\n",
                           max_overdue_days, section)
             : fmt::format("OVERDUE MORE THAN {} DAYS (no longer in the agency's reminders)\n{}\n",
                           max_overdue_days, section);
    }
  }
  return out + footer(lang);
}

} // namespace plancheck
