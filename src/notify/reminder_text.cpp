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

// The status whose words a kind is shown in.
Status shown_as(Kind kind) {
  switch (kind) {
  case Kind::overdue:
    return Status::overdue;
  case Kind::incomplete:
    return Status::incomplete;
  case Kind::coming:
    break;
  }
  return Status::due_soon;
}

std::string_view kind_name(Kind kind, Lang lang) {
  return status_name(shown_as(kind), lang);
}

std::string kind_heading(Kind kind, Lang lang) {
  return heading(shown_as(kind), lang);
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
    line += "\n  " + missing_text(f, lang);
  }
  if (f.answerable_by != nullptr) {
    // Whose item it was, and since when the reader's body holds it.
    const Agency& owed_by = *f.obligation.agency;
    std::string who = agency_text(owed_by);
    if (owed_by.until) {
      who += " (" + localize({MsgId::agency_until, {owed_by.until->value}}, lang) + ")";
    }
    if (f.passed_on) {
      line += "\n  " + localize({MsgId::item_of_passed_on, {who, *f.passed_on}}, lang);
    } else {
      line += "\n  " + localize({MsgId::item_of, {who}}, lang);
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
  return "--\n" + localize({MsgId::reminder_footer, {}}, lang) + '\n';
}

} // namespace

std::string reminder_subject(const AgencyItems& agency, Lang lang) {
  return fmt::format("[plancheck] {}: {}", agency_text(*agency.agency), counts(agency.items, lang));
}

std::string reminder_body(const AgencyItems& agency, Day as_of, Lang lang) {
  std::string out =
      localize({MsgId::reminder_greeting, {one_line(agency.agency->name)}}, lang) + "\n\n";
  out += localize(
             {MsgId::reminder_intro, {one_line(agency.plan->title), agency.plan->id.value, as_of}},
             lang) +
         "\n\n";
  out += items_by_kind(agency.items, lang);
  return out + footer(lang);
}

std::string digest_subject(const std::vector<AgencyItems>& agencies, Lang lang) {
  std::vector<const Finding*> all;
  for (const AgencyItems& a : agencies) {
    all.insert(all.end(), a.items.begin(), a.items.end());
    all.insert(all.end(), a.stale.begin(), a.stale.end());
  }
  return localize({MsgId::digest_subject, {counts(all, lang)}}, lang);
}

std::string digest_body(const std::vector<AgencyItems>& agencies, Day as_of, int max_overdue_days,
                        Lang lang) {
  std::string out = localize({MsgId::digest_intro, {as_of}}, lang) + "\n\n";
  for (const AgencyItems& a : agencies) {
    std::vector<const Finding*> all = a.items;
    all.insert(all.end(), a.stale.begin(), a.stale.end());
    const std::string mark =
        !a.exists       ? " [" + localize({MsgId::digest_not_existing, {}}, lang) + "]"
        : a.has_address ? ""
                        : " [" + localize({MsgId::digest_no_address, {}}, lang) + "]";
    out += fmt::format("== {} ({}){}: {}\n\n", one_line(a.agency->name), a.agency->id.value, mark,
                       counts(all, lang));
    out += items_by_kind(a.items, lang);
    if (!a.stale.empty()) {
      std::string section;
      for (const Finding* f : a.stale) {
        section += item_line(*f, lang);
      }
      out +=
          localize({MsgId::digest_stale_heading, {max_overdue_days}}, lang) + '\n' + section + '\n';
    }
  }
  return out + footer(lang);
}

} // namespace plancheck
