#include "load/work_calendar_reader.hpp"

#include "load/deadline_reader.hpp"
#include "load/document_reader.hpp"
#include "model/weekday_word.hpp"

#include <map>

namespace plancheck {
namespace {

// A list item: `2028-04-04` or `{date: 2028-09-04, name: "Quốc khánh"}`.
std::optional<CalendarDay> read_calendar_day(FieldReader& reader, const YamlNode& item,
                                             std::string_view key) {
  if (item.kind == YamlNode::Kind::mapping) {
    reader.check_keys(item, {"date", "name"});
    const auto day = reader.day_of(item, "date", Presence::required);
    const auto name = reader.text_of(item, "name", Presence::optional);
    if (!day) {
      return std::nullopt;
    }
    return CalendarDay{day->value, name ? name->value : std::string(), day->pos};
  }
  const auto day = reader.day(item, key);
  if (!day) {
    return std::nullopt;
  }
  return CalendarDay{day->value, {}, day->pos};
}

std::vector<CalendarDay> read_day_list(FieldReader& reader, const YamlNode& node,
                                       std::string_view key) {
  std::vector<CalendarDay> days;
  if (node.kind != YamlNode::Kind::sequence) {
    reader.reporter().report(node.pos, Rule::schema_type, MsgId::expected_list, {std::string(key)});
    return days;
  }
  for (const YamlNode& item : node.items) {
    if (auto day = read_calendar_day(reader, item, key)) {
      days.push_back(std::move(*day));
    }
  }
  return days;
}

// `weekend: [saturday, sunday]`: an unknown name is an error, a name twice
// a warning, and a week with no working day an error.
void read_weekend(FieldReader& reader, const YamlNode& node, WorkCalendar& calendar) {
  if (node.kind != YamlNode::Kind::sequence) {
    reader.reporter().report(node.pos, Rule::schema_type, MsgId::expected_list, {"weekend"});
    return;
  }
  std::array<bool, 7> weekend{};
  for (const YamlNode& item : node.items) {
    const auto word = reader.one_of(
        item, "weekend",
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
    if (!word) {
      continue;
    }
    const unsigned index = parse_weekday(*word).value_or(0);
    if (weekend.at(index)) {
      reader.reporter().report(item.pos, Rule::calendar_duplicate_day,
                               MsgId::calendar_weekday_twice, {*word});
    }
    weekend.at(index) = true;
  }
  if (std::find(weekend.begin(), weekend.end(), false) == weekend.end()) {
    reader.reporter().report(node.pos, Rule::schema_value, MsgId::calendar_whole_week);
    return;
  }
  calendar.weekend = weekend;
}

} // namespace

CalendarDays read_calendar_days(FieldReader& reader, const YamlNode& node) {
  CalendarDays days;
  if (const YamlNode* v = reader.optional(node, "holidays")) {
    days.holidays = read_day_list(reader, *v, "holidays");
  }
  if (const YamlNode* v = reader.optional(node, "workdays")) {
    days.workdays = read_day_list(reader, *v, "workdays");
  }
  return days;
}

void add_calendar_days(WorkCalendar& calendar, const CalendarDays& days, Reporter& reporter) {
  std::map<Day, const CalendarDay*> holidays; // this file's, to find repeats
  std::map<Day, const CalendarDay*> workdays;
  const auto earlier = [&](Day day) {
    return (calendar.holidays.contains(day) && !holidays.contains(day)) ||
           (calendar.workdays.contains(day) && !workdays.contains(day));
  };
  const auto repeated = [&](const CalendarDay& entry, std::map<Day, const CalendarDay*>& seen,
                            std::string_view key) {
    const auto [it, added] = seen.emplace(entry.day, &entry);
    if (!added) {
      reporter.report(entry.pos, Rule::calendar_duplicate_day, MsgId::calendar_day_twice,
                      {entry.day, std::string(key), it->second->pos.line});
    }
    return !added;
  };
  for (const CalendarDay& entry : days.holidays) {
    if (!earlier(entry.day) && !repeated(entry, holidays, "holidays")) {
      calendar.holidays.emplace(entry.day, entry.name);
    }
  }
  for (const CalendarDay& entry : days.workdays) {
    if (earlier(entry.day) || repeated(entry, workdays, "workdays")) {
      continue;
    }
    if (const auto it = holidays.find(entry.day); it != holidays.end()) {
      reporter.report(entry.pos, Rule::calendar_conflict, MsgId::calendar_holiday_and_workday,
                      {entry.day, it->second->pos.line});
      continue;
    }
    if (!calendar.weekend.at(date::weekday{entry.day}.c_encoding())) {
      reporter.report(entry.pos, Rule::calendar_workday, MsgId::calendar_workday_not_weekend,
                      {entry.day, weekday_word(entry.day)});
    }
    calendar.workdays.insert(entry.day);
  }
}

WorkCalendar read_work_calendar(FieldReader& reader, const YamlNode& node) {
  WorkCalendar calendar;
  reader.check_keys(node, {"weekend", "include", "holidays", "workdays", "roll"});
  if (const YamlNode* v = reader.optional(node, "weekend")) {
    read_weekend(reader, *v, calendar);
  }
  if (const YamlNode* v = reader.optional(node, "include")) {
    if (v->kind != YamlNode::Kind::sequence) {
      reader.reporter().report(v->pos, Rule::schema_type, MsgId::expected_list, {"include"});
    } else {
      for (const YamlNode& item : v->items) {
        if (auto path = reader.text(item, "include")) {
          calendar.includes.push_back({std::move(*path), item.pos});
        }
      }
    }
  }
  if (const YamlNode* v = reader.optional(node, "roll")) {
    calendar.roll = read_roll(reader, *v).value_or(Roll::none);
  }
  add_calendar_days(calendar, read_calendar_days(reader, node), reader.reporter());
  return calendar;
}

std::optional<CalendarDays> load_calendar_file(const SourceFile& file, Reporter& reporter) {
  FieldReader reader(reporter);
  const std::optional<YamlNode> root = read_document(file, reader);
  if (!root) {
    return std::nullopt;
  }
  reader.check_keys(*root, {"plancheck", "name", "holidays", "workdays"});
  reader.text_of(*root, "name", Presence::required);
  return read_calendar_days(reader, *root);
}

} // namespace plancheck
