#include "render/list_json.hpp"

#include "text/json_string.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {
namespace {

std::string id_array(const std::vector<Id>& ids) {
  std::string out = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    out += (i == 0 ? "" : ", ") + json_string(ids[i].value);
  }
  return out + "]";
}

std::string agency_array(const std::vector<const Agency*>& agencies) {
  std::string out = "[";
  for (std::size_t i = 0; i < agencies.size(); ++i) {
    out += (i == 0 ? "" : ", ") + json_string(agencies[i]->id.value);
  }
  return out + "]";
}

std::string day_or_null(const std::optional<Day>& day) {
  return day ? json_string(format_iso(*day)) : "null";
}

std::string located_day_or_null(const std::optional<Located<Day>>& day) {
  return day ? json_string(format_iso(day->value)) : "null";
}

std::string agency_or_null(const Agency* agency) {
  return agency != nullptr ? json_string(agency->id.value) : "null";
}

std::string year_or_null(const std::optional<int>& year) {
  return year ? std::to_string(*year) : "null";
}

std::string agency_json(const ListedAgency& entry) {
  const Agency& a = *entry.agency;
  std::string emails = "[";
  for (std::size_t i = 0; i < a.emails.size(); ++i) {
    emails += (i == 0 ? "" : ", ") + json_string(a.emails[i].value);
  }
  emails += "]";
  std::string owes = "[";
  for (std::size_t i = 0; i < entry.owes.size(); ++i) {
    const OwedDuty& o = entry.owes[i];
    owes += fmt::format("{}{{\"duty\": {}, \"period\": {}, \"due\": {}}}", i == 0 ? "" : ", ",
                        json_string(o.duty->id.value), year_or_null(o.period),
                        json_string(format_iso(o.due)));
  }
  owes += "]";
  return fmt::format("{{\"id\": {}, \"name\": {}, \"short\": {}, \"state\": {}, \"since\": {}, "
                     "\"until\": {}, \"successor\": {}, \"held_by\": {}, \"email\": {}, "
                     "\"owes\": {}}}",
                     json_string(a.id.value), json_string(a.name),
                     a.short_name.empty() ? "null" : json_string(a.short_name),
                     json_string(agency_state_id(entry.state)), located_day_or_null(a.since),
                     located_day_or_null(a.until), agency_or_null(entry.successor),
                     agency_or_null(entry.held_by), emails, owes);
}

std::string group_json(const ListedGroup& entry) {
  return fmt::format("{{\"id\": {}, \"name\": {}, \"named\": {}, \"members\": {}}}",
                     json_string(entry.group->id.value), json_string(entry.group->name),
                     id_array(entry.group->members), agency_array(entry.members));
}

std::string task_json(const ListedTask& entry) {
  const Task& t = *entry.task;
  return fmt::format("{{\"id\": {}, \"title\": {}, \"owners\": {}, \"partners\": {}, \"due\": {}}}",
                     json_string(t.id.value), json_string(t.title), id_array(t.owners),
                     id_array(t.partners), day_or_null(entry.due));
}

std::string covers_json(const Duty& duty) {
  switch (duty.covers) {
  case Covers::own_tasks:
    return "\"own-tasks\"";
  case Covers::all_tasks:
    return "\"all-tasks\"";
  case Covers::listed:
    break;
  }
  return id_array(duty.covered_tasks);
}

// The request that added the duty, or null for a duty of plan.yaml.
std::string request_json(const Duty& duty) {
  if (!duty.request) {
    return "null";
  }
  return fmt::format(
      "{{\"number\": {}, \"requested\": {}, \"path\": {}}}", json_string(duty.request->number),
      json_string(format_iso(duty.request->requested)), json_string(duty.request->path));
}

std::string duty_json(const ListedDuty& entry) {
  const Duty& d = *entry.duty;
  const bool yearly = d.due && d.due->value.yearly();
  return fmt::format(
      "{{\"id\": {}, \"title\": {}, \"from\": {}, \"to\": {}, \"via\": {}, "
      "\"yearly\": {}, \"period\": {}, \"due\": {}, \"covers\": {}, \"request\": {}}}",
      json_string(d.id.value), json_string(d.title), id_array(d.from), id_array(d.to),
      d.via ? json_string(d.via->value) : "null", yearly ? "true" : "false",
      year_or_null(entry.period), day_or_null(entry.due), covers_json(d), request_json(d));
}

// The entries of the listed kind, one JSON object each.
std::vector<std::string> entries_json(const PlanListing& listing, ListKind kind) {
  std::vector<std::string> entries;
  switch (kind) {
  case ListKind::agencies:
    for (const ListedAgency& entry : listing.agencies) {
      entries.push_back(agency_json(entry));
    }
    break;
  case ListKind::groups:
    for (const ListedGroup& entry : listing.groups) {
      entries.push_back(group_json(entry));
    }
    break;
  case ListKind::tasks:
    for (const ListedTask& entry : listing.tasks) {
      entries.push_back(task_json(entry));
    }
    break;
  case ListKind::duties:
    for (const ListedDuty& entry : listing.duties) {
      entries.push_back(duty_json(entry));
    }
    break;
  }
  return entries;
}

} // namespace

void render_list_json(const ListResult& result, std::ostream& out) {
  out << "{\n";
  out << "  \"plancheck\": 1,\n";
  out << "  \"as_of\": " << json_string(format_iso(result.as_of)) << ",\n";
  out << "  \"kind\": " << json_string(list_kind_name(result.kind)) << ",\n";
  out << "  \"plans\": [";
  for (std::size_t i = 0; i < result.plans.size(); ++i) {
    const PlanListing& listing = result.plans[i];
    out << (i == 0 ? "\n" : ",\n") << "    {\n";
    out << "      \"id\": " << json_string(listing.plan->id.value) << ",\n";
    out << "      \"title\": " << json_string(listing.plan->title) << ",\n";
    out << "      \"timezone\": " << json_string(listing.plan->timezone.value) << ",\n";
    out << "      " << json_string(list_kind_name(result.kind)) << ": [";
    const std::vector<std::string> entries = entries_json(listing, result.kind);
    for (std::size_t j = 0; j < entries.size(); ++j) {
      out << (j == 0 ? "\n" : ",\n") << "        " << entries[j];
    }
    out << (entries.empty() ? "]\n" : "\n      ]\n") << "    }";
  }
  out << (result.plans.empty() ? "]\n" : "\n  ]\n") << "}\n";
}

} // namespace plancheck
