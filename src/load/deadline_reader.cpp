#include "load/deadline_reader.hpp"

#include <array>

namespace plancheck {
namespace {

// {month: M, day: D}, a day that exists in some year (29 February included).
bool read_month_day(FieldReader& reader, const YamlNode& node, std::string_view key,
                    Deadline& deadline) {
  if (!reader.expect_mapping(node, key)) {
    return false;
  }
  reader.check_keys(node, {"month", "day"});
  const YamlNode* month_node = reader.require(node, "month");
  const YamlNode* day_node = reader.require(node, "day");
  if (month_node == nullptr || day_node == nullptr) {
    return false;
  }
  const auto month = reader.integer(*month_node, "month");
  const auto day = reader.integer(*day_node, "day");
  if (!month || !day) {
    return false;
  }
  if (month->value < 1 || month->value > 12) {
    reader.reporter().report(month->pos, Rule::schema_value, MsgId::month_range,
                             {std::to_string(month->value)});
    return false;
  }
  const date::month_day md{date::month{static_cast<unsigned>(month->value)},
                           date::day{static_cast<unsigned>(std::max(day->value, 0))}};
  if (day->value < 1 || !md.ok()) {
    reader.reporter().report(day->pos, Rule::schema_value, MsgId::day_range,
                             {std::to_string(day->value), std::to_string(month->value)});
    return false;
  }
  deadline.month = static_cast<unsigned>(month->value);
  deadline.day = static_cast<unsigned>(day->value);
  return true;
}

// 2024, "2024", 2024-Q1 or 2024-05.
bool read_within(FieldReader& reader, const YamlNode& node, Deadline& deadline) {
  const ScalarKind kind = scalar_kind(node);
  const std::string& t = node.text;
  const auto digits = [&](std::size_t from, std::size_t count) {
    return t.size() >= from + count &&
           t.substr(from, count).find_first_not_of("0123456789") == std::string::npos;
  };
  const bool year_form =
      (kind == ScalarKind::integer || kind == ScalarKind::string) && t.size() == 4 && digits(0, 4);
  const auto out_of_range = [&](int year) {
    if (year >= k_first_year && year <= k_last_year) {
      return false;
    }
    reader.reporter().report(node.pos, Rule::schema_date, MsgId::year_range, {t});
    return true;
  };
  if (node.kind == YamlNode::Kind::scalar && year_form) {
    deadline.form = DeadlineForm::within_year;
    deadline.year = std::stoi(t);
    return !out_of_range(deadline.year);
  }
  if (node.kind == YamlNode::Kind::scalar && kind == ScalarKind::string && digits(0, 4) &&
      t.size() == 7 && t[4] == '-') {
    const int year = std::stoi(t.substr(0, 4));
    const bool quarter = t[5] == 'Q' && t[6] >= '1' && t[6] <= '4';
    const int month = digits(5, 2) ? std::stoi(t.substr(5, 2)) : 0;
    if (quarter || (month >= 1 && month <= 12)) {
      if (out_of_range(year)) {
        return false;
      }
      deadline.form = quarter ? DeadlineForm::within_quarter : DeadlineForm::within_month;
      deadline.year = year;
      deadline.part = quarter ? static_cast<unsigned>(t[6] - '0') : static_cast<unsigned>(month);
      return true;
    }
  }
  reader.reporter().report(node.pos, Rule::schema_value, MsgId::bad_within,
                           {node.kind == YamlNode::Kind::scalar ? t : std::string("within")});
  return false;
}

std::optional<Located<Deadline>> read_deadline_date(FieldReader& reader, const YamlNode& node,
                                                    Repeats repeats, MsgId no_repeat);

} // namespace

std::optional<Located<Deadline>> read_deadline(FieldReader& reader, const YamlNode& node,
                                               Repeats repeats, MsgId no_repeat, RollKey rolls) {
  if (!reader.expect_mapping(node, "due")) {
    return std::nullopt;
  }
  if (rolls == RollKey::accepted) {
    reader.check_keys(node, {"by", "before", "within", "every", "roll"});
  } else {
    reader.check_keys(node, {"by", "before", "within", "every"});
  }
  std::optional<Located<Deadline>> deadline = read_deadline_date(reader, node, repeats, no_repeat);
  if (const YamlNode* roll = rolls == RollKey::accepted ? node.find("roll") : nullptr) {
    const std::optional<Roll> value = read_roll(reader, *roll);
    if (deadline && value) {
      deadline->value.roll = value;
    }
  }
  return deadline;
}

std::optional<Roll> read_roll(FieldReader& reader, const YamlNode& node) {
  const auto word =
      reader.one_of(node, "roll", {"none", "next-working-day", "previous-working-day"});
  return word ? parse_roll(*word) : std::nullopt;
}

namespace {

// The date part of a `due` mapping whose keys were checked.
std::optional<Located<Deadline>> read_deadline_date(FieldReader& reader, const YamlNode& node,
                                                    Repeats repeats, MsgId no_repeat) {
  const YamlNode* every = node.find("every");
  if (every != nullptr && repeats == Repeats::forbidden) {
    const std::size_t index = static_cast<std::size_t>(every - node.values.data());
    reader.reporter().report(node.keys[index].pos, Rule::schema_value, no_repeat);
    return std::nullopt;
  }
  const std::array<std::string_view, 3> forms{"by", "before", "within"};
  int present = 0;
  for (std::string_view form : forms) {
    present += node.find(form) != nullptr ? 1 : 0;
  }
  if (present != 1) {
    reader.reporter().report(node.pos, Rule::schema_value, MsgId::deadline_form,
                             {every != nullptr ? "by, before" : "by, before, within"});
    return std::nullopt;
  }
  Deadline deadline;
  if (every != nullptr) {
    if (!reader.one_of(*every, "every", {"year"})) {
      return std::nullopt;
    }
    const YamlNode* by = node.find("by");
    const YamlNode* before = node.find("before");
    if (by == nullptr && before == nullptr) {
      reader.reporter().report(node.pos, Rule::schema_value, MsgId::deadline_yearly_needs_day);
      return std::nullopt;
    }
    deadline.form = by != nullptr ? DeadlineForm::yearly_by : DeadlineForm::yearly_before;
    if (!read_month_day(reader, by != nullptr ? *by : *before, by != nullptr ? "by" : "before",
                        deadline)) {
      return std::nullopt;
    }
    return Located<Deadline>{deadline, node.pos};
  }
  if (const YamlNode* within = node.find("within")) {
    if (!read_within(reader, *within, deadline)) {
      return std::nullopt;
    }
    return Located<Deadline>{deadline, node.pos};
  }
  const bool is_by = node.find("by") != nullptr;
  const YamlNode& value = *node.find(is_by ? "by" : "before");
  const auto day = reader.day(value, is_by ? "by" : "before");
  if (!day) {
    return std::nullopt;
  }
  deadline.form = is_by ? DeadlineForm::by : DeadlineForm::before;
  deadline.date = day->value;
  return Located<Deadline>{deadline, node.pos};
}

} // namespace
} // namespace plancheck
