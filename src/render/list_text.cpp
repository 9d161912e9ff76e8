#include "render/list_text.hpp"

#include "render/deadline_wording.hpp"
#include "text/one_line.hpp"
#include "text/text_layout.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <utility>

#include <fmt/format.h>

namespace plancheck {
namespace {

// One entry: its id in the first column, its name beside it, and lines of
// detail below the name.
struct Entry {
  std::string id;
  std::string name;
  std::vector<std::string> details;
};

struct Section {
  std::string heading;
  std::vector<Entry> entries;
};

std::string id_list(const std::vector<Id>& ids) {
  std::vector<std::string> shown;
  for (const Id& id : ids) {
    shown.push_back(one_line(id.value));
  }
  return fmt::format("{}", fmt::join(shown, ", "));
}

std::string agency_id_list(const std::vector<const Agency*>& agencies) {
  std::vector<std::string> shown;
  for (const Agency* agency : agencies) {
    shown.push_back(one_line(agency->id.value));
  }
  return fmt::format("{}", fmt::join(shown, ", "));
}

// "since 2025-07-01; successor: so-nnmt, now dn-so-nnmt", or empty.
std::string span_text(const ListedAgency& entry, Lang lang) {
  const Agency& agency = *entry.agency;
  std::vector<std::string> parts;
  if (agency.since && agency.until) {
    parts.push_back(
        localize({MsgId::list_between, {agency.since->value, agency.until->value}}, lang));
  } else if (agency.since) {
    parts.push_back(localize({MsgId::list_since, {agency.since->value}}, lang));
  } else if (agency.until) {
    parts.push_back(localize({MsgId::agency_until, {agency.until->value}}, lang));
  }
  if (entry.successor != nullptr && entry.held_by != nullptr && entry.held_by != entry.successor) {
    parts.push_back(
        localize({MsgId::list_successor_now,
                  {one_line(entry.successor->id.value), one_line(entry.held_by->id.value)}},
                 lang));
  } else if (entry.successor != nullptr) {
    parts.push_back(localize({MsgId::list_successor, {one_line(entry.successor->id.value)}}, lang));
  } else if (entry.state == AgencyState::ended) {
    parts.push_back(localize({MsgId::list_no_successor, {}}, lang));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

Entry agency_entry(const ListedAgency& entry, int year, Lang lang) {
  const Agency& agency = *entry.agency;
  Entry shown{one_line(agency.id.value), one_line(agency.name), {}};
  if (!agency.short_name.empty() && agency.short_name != agency.name) {
    shown.name += " (" + one_line(agency.short_name) + ")";
  }
  if (std::string span = span_text(entry, lang); !span.empty()) {
    shown.details.push_back(std::move(span));
  }
  if (!agency.emails.empty()) {
    std::vector<std::string> emails;
    for (const auto& email : agency.emails) {
      emails.push_back(one_line(email.value));
    }
    shown.details.push_back(
        localize({MsgId::list_email, {fmt::format("{}", fmt::join(emails, ", "))}}, lang));
  }
  std::vector<std::string> owed;
  for (const OwedDuty& o : entry.owes) {
    owed.push_back(
        fmt::format("{} ({})", one_line(o.duty->id.value),
                    deadline_wording(o.duty->due->value, o.period, lang, DayWord::named)));
  }
  if (!owed.empty()) {
    shown.details.push_back(
        localize({MsgId::list_owes, {year, fmt::format("{}", fmt::join(owed, ", "))}}, lang));
  } else if (entry.state != AgencyState::ended) {
    shown.details.push_back(localize({MsgId::list_owes_none, {year}}, lang));
  }
  return shown;
}

std::vector<Section> agency_sections(const PlanListing& listing, Day as_of, Lang lang) {
  constexpr std::array<std::pair<AgencyState, MsgId>, 3> k_headings{
      {{AgencyState::active, MsgId::list_active},
       {AgencyState::not_begun, MsgId::list_not_begun},
       {AgencyState::ended, MsgId::list_ended}}};
  std::vector<Section> sections;
  for (const auto& [state, heading] : k_headings) {
    Section section{localize({heading, {as_of}}, lang), {}};
    for (const ListedAgency& entry : listing.agencies) {
      if (entry.state == state) {
        section.entries.push_back(agency_entry(entry, year_of(as_of), lang));
      }
    }
    if (!section.entries.empty()) {
      sections.push_back(std::move(section));
    }
  }
  return sections;
}

Section group_section(const PlanListing& listing, Day as_of, Lang lang) {
  Section section{localize({MsgId::list_groups, {}}, lang), {}};
  for (const ListedGroup& entry : listing.groups) {
    Entry shown{one_line(entry.group->id.value), one_line(entry.group->name), {}};
    shown.details.push_back(localize({MsgId::list_named, {id_list(entry.group->members)}}, lang));
    shown.details.push_back(
        entry.members.empty()
            ? localize({MsgId::list_no_members, {as_of}}, lang)
            : localize({MsgId::list_members, {as_of, agency_id_list(entry.members)}}, lang));
    section.entries.push_back(std::move(shown));
  }
  return section;
}

Section task_section(const PlanListing& listing, Lang lang) {
  Section section{localize({MsgId::list_tasks, {}}, lang), {}};
  for (const ListedTask& entry : listing.tasks) {
    const Task& task = *entry.task;
    Entry shown{one_line(task.id.value), one_line(task.title), {}};
    shown.details.push_back(localize({MsgId::list_owners, {id_list(task.owners)}}, lang));
    if (!task.partners.empty()) {
      shown.details.push_back(localize({MsgId::list_partners, {id_list(task.partners)}}, lang));
    }
    const std::string deadline = task.due ? deadline_wording(task.due->value, std::nullopt, lang)
                                          : localize({MsgId::list_ongoing, {}}, lang);
    shown.details.push_back(localize({MsgId::list_deadline, {deadline}}, lang));
    section.entries.push_back(std::move(shown));
  }
  return section;
}

// The deadline of a duty in the plan's words; a yearly one as its instance
// of the listing's year.
std::string duty_deadline(const ListedDuty& entry, int year, Lang lang) {
  const Deadline& deadline = entry.duty->due->value;
  if (!deadline.yearly()) {
    return deadline_wording(deadline, std::nullopt, lang);
  }
  if (!entry.period) {
    return localize({MsgId::list_yearly_none, {year}}, lang);
  }
  return localize({MsgId::list_yearly, {year, deadline_wording(deadline, entry.period, lang)}},
                  lang);
}

std::string covers_text(const Duty& duty, Lang lang) {
  switch (duty.covers) {
  case Covers::own_tasks:
    return localize({MsgId::list_covers_own, {}}, lang);
  case Covers::all_tasks:
    return localize({MsgId::list_covers_all, {}}, lang);
  case Covers::listed:
    break;
  }
  return id_list(duty.covered_tasks);
}

Section duty_section(const PlanListing& listing, Day as_of, Lang lang) {
  Section section{localize({MsgId::list_duties, {}}, lang), {}};
  for (const ListedDuty& entry : listing.duties) {
    const Duty& duty = *entry.duty;
    Entry shown{one_line(duty.id.value), one_line(duty.title), {}};
    shown.details.push_back(localize({MsgId::list_senders, {id_list(duty.from)}}, lang));
    shown.details.push_back(localize({MsgId::list_recipients, {id_list(duty.to)}}, lang));
    if (duty.via) {
      shown.details.push_back(localize({MsgId::list_via, {one_line(duty.via->value)}}, lang));
    }
    if (duty.due) {
      shown.details.push_back(
          localize({MsgId::list_deadline, {duty_deadline(entry, year_of(as_of), lang)}}, lang));
    }
    shown.details.push_back(localize({MsgId::list_covers, {covers_text(duty, lang)}}, lang));
    if (duty.request) {
      shown.details.push_back(localize(
          {MsgId::requested_in, {one_line(duty.request->number), duty.request->requested}}, lang));
    }
    section.entries.push_back(std::move(shown));
  }
  return section;
}

std::vector<Section> sections_of(const PlanListing& listing, ListKind kind, Day as_of, Lang lang) {
  switch (kind) {
  case ListKind::agencies:
    return agency_sections(listing, as_of, lang);
  case ListKind::groups:
    return {group_section(listing, as_of, lang)};
  case ListKind::tasks:
    return {task_section(listing, lang)};
  case ListKind::duties:
    return {duty_section(listing, as_of, lang)};
  }
  return {};
}

void write_sections(const std::vector<Section>& sections, Lang lang, const TerminalStyle& style,
                    std::ostream& out) {
  std::size_t id_width = 0;
  for (const Section& section : sections) {
    for (const Entry& entry : section.entries) {
      id_width = std::max(id_width, display_width(entry.id));
    }
  }
  const std::string indent(2 + id_width + 2, ' ');
  for (const Section& section : sections) {
    out << '\n'
        << style.paint(fmt::format("{} ({})", section.heading, section.entries.size()), Color::bold)
        << '\n';
    if (section.entries.empty()) {
      out << "  " << localize({MsgId::list_empty, {}}, lang) << '\n';
    }
    for (const Entry& entry : section.entries) {
      out << "  " << pad_right(entry.id, id_width) << "  " << entry.name << '\n';
      for (const std::string& detail : entry.details) {
        out << indent << detail << '\n';
      }
    }
  }
}

} // namespace

void render_list_text(const ListResult& result, const TextOptions& options, std::ostream& out) {
  const Lang lang = options.lang;
  bool first = true;
  for (const PlanListing& listing : result.plans) {
    const Plan& plan = *listing.plan;
    out << (first ? "" : "\n")
        << options.style.paint(
               localize({MsgId::list_heading,
                         {one_line(plan.id.value), result.as_of, one_line(plan.timezone.value)}},
                        lang),
               Color::bold)
        << '\n';
    write_sections(sections_of(listing, result.kind, result.as_of, lang), lang, options.style, out);
    first = false;
  }
}

} // namespace plancheck
