#include "load/field_reader.hpp"

#include "model/suggest.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include <fmt/format.h>

namespace plancheck {
namespace {

bool is_null_text(std::string_view t) {
  return t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL";
}

bool is_bool_text(std::string_view t) {
  return t == "true" || t == "True" || t == "TRUE" || t == "false" || t == "False" || t == "FALSE";
}

bool is_digits(std::string_view t, std::string_view alphabet) {
  return !t.empty() && t.find_first_not_of(alphabet) == std::string_view::npos;
}

bool is_int_text(std::string_view t) {
  if (t.starts_with("0o")) {
    return is_digits(t.substr(2), "01234567");
  }
  if (t.starts_with("0x")) {
    return is_digits(t.substr(2), "0123456789abcdefABCDEF");
  }
  if (t.starts_with('-') || t.starts_with('+')) {
    t.remove_prefix(1);
  }
  return is_digits(t, "0123456789");
}

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?  and .inf / .nan
bool is_float_text(std::string_view t) {
  static constexpr std::string_view k_special[] = {".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"};
  std::string_view body = t;
  if (body.starts_with('-') || body.starts_with('+')) {
    body.remove_prefix(1);
  }
  for (std::string_view s : k_special) {
    if (body == s) {
      return true;
    }
  }
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') {
      ++i;
    }
    return i - start;
  };
  const std::size_t whole = digits();
  std::size_t fraction = 0;
  if (i < body.size() && body[i] == '.') {
    ++i;
    fraction = digits();
  }
  if (whole == 0 && fraction == 0) {
    return false;
  }
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    ++i;
    if (i < body.size() && (body[i] == '-' || body[i] == '+')) {
      ++i;
    }
    if (digits() == 0) {
      return false;
    }
  }
  return i == body.size();
}

bool id_char(char c, IdSyntax syntax) {
  const bool lower_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  if (syntax == IdSyntax::name) {
    return lower_or_digit || c == '.' || c == '-';
  }
  return lower_or_digit || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '-';
}

} // namespace

ScalarKind scalar_kind(const YamlNode& node) {
  if (node.kind == YamlNode::Kind::null) {
    return ScalarKind::null;
  }
  if (!node.plain) {
    return ScalarKind::string;
  }
  const std::string_view t = node.text;
  if (is_null_text(t)) {
    return ScalarKind::null;
  }
  if (is_bool_text(t)) {
    return ScalarKind::boolean;
  }
  if (is_int_text(t)) {
    return ScalarKind::integer;
  }
  if (is_float_text(t)) {
    return ScalarKind::floating;
  }
  return ScalarKind::string;
}

bool FieldReader::expect_mapping(const YamlNode& node, std::string_view key) {
  if (node.kind == YamlNode::Kind::mapping) {
    return true;
  }
  m_reporter.report(node.pos, Rule::schema_type, MsgId::expected_mapping, {std::string(key)});
  return false;
}

void FieldReader::check_keys(const YamlNode& node, std::initializer_list<std::string_view> known) {
  const std::vector<std::string_view> candidates(known);
  for (const Located<std::string>& key : node.keys) {
    if (std::find(candidates.begin(), candidates.end(), key.value) != candidates.end()) {
      continue;
    }
    // A suggestion costs an edit distance per known key; none is made for
    // a report that will only be counted.
    if (!m_reporter.shows(Rule::schema_unknown_key)) {
      m_reporter.report(key.pos, Rule::schema_unknown_key, MsgId::unknown_key, {});
    } else if (const auto near = closest_match(key.value, candidates)) {
      m_reporter.report(key.pos, Rule::schema_unknown_key, MsgId::unknown_key_suggest,
                        {key.value, *near});
    } else {
      m_reporter.report(key.pos, Rule::schema_unknown_key, MsgId::unknown_key, {key.value});
    }
  }
}

const YamlNode* FieldReader::optional(const YamlNode& node, std::string_view key) {
  const YamlNode* value = node.find(key);
  if (value == nullptr) {
    return nullptr;
  }
  if (scalar_kind(*value) == ScalarKind::null) {
    m_reporter.report(value->pos, Rule::schema_type, MsgId::no_value, {std::string(key)});
    return nullptr;
  }
  return value;
}

const YamlNode* FieldReader::require(const YamlNode& node, std::string_view key) {
  const YamlNode* value = node.find(key);
  if (value == nullptr) {
    m_reporter.report(node.pos, Rule::schema_required, MsgId::required_key, {std::string(key)});
    return nullptr;
  }
  if (scalar_kind(*value) == ScalarKind::null) {
    m_reporter.report(value->pos, Rule::schema_required, MsgId::no_value, {std::string(key)});
    return nullptr;
  }
  return value;
}

std::optional<std::string> FieldReader::text(const YamlNode& node, std::string_view key) {
  if (node.kind != YamlNode::Kind::scalar) {
    m_reporter.report(node.pos, Rule::schema_type, MsgId::expected_text, {std::string(key)});
    return std::nullopt;
  }
  const ScalarKind kind = scalar_kind(node);
  if (kind != ScalarKind::string) {
    // `number: 017` would be the number 17 to every other YAML reader.
    m_reporter.report(node.pos, Rule::schema_type, MsgId::expected_text_quote,
                      {std::string(key), node.text});
    return std::nullopt;
  }
  if (node.text.empty()) {
    m_reporter.report(node.pos, Rule::schema_required, MsgId::no_value, {std::string(key)});
    return std::nullopt;
  }
  // Escapes such as "\x1b" would reach terminals and mail headers; line
  // breaks and tabs are all the control a text value needs.
  for (char c : node.text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7F) {
      m_reporter.report(node.pos, Rule::yaml_control_char, MsgId::control_char,
                        {fmt::format("{:04X}", static_cast<unsigned>(byte))});
      return std::nullopt;
    }
  }
  return node.text;
}

std::optional<Located<int>> FieldReader::integer(const YamlNode& node, std::string_view key) {
  if (node.kind != YamlNode::Kind::scalar || scalar_kind(node) != ScalarKind::integer) {
    m_reporter.report(node.pos, Rule::schema_type, MsgId::expected_integer, {std::string(key)});
    return std::nullopt;
  }
  std::string_view t = node.text;
  if (t.starts_with('+')) {
    t.remove_prefix(1);
  }
  int value = 0;
  const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (error == std::errc::result_out_of_range) {
    m_reporter.report(node.pos, Rule::schema_value, MsgId::expected_integer, {std::string(key)});
    return std::nullopt;
  }
  if (error != std::errc{} || end != t.data() + t.size()) {
    m_reporter.report(node.pos, Rule::schema_type, MsgId::not_decimal,
                      {std::string(key), node.text});
    return std::nullopt;
  }
  return Located<int>{value, node.pos};
}

std::optional<Located<Day>> FieldReader::day(const YamlNode& node, std::string_view key) {
  if (node.kind != YamlNode::Kind::scalar || scalar_kind(node) != ScalarKind::string) {
    m_reporter.report(node.pos, Rule::schema_date, MsgId::bad_date,
                      {node.kind == YamlNode::Kind::scalar ? node.text : std::string(key)});
    return std::nullopt;
  }
  const ParsedDate parsed = parse_date(node.text);
  if (!parsed.day) {
    const MsgId id = parsed.error == DateError::no_such_day    ? MsgId::no_such_day
                     : parsed.error == DateError::out_of_range ? MsgId::date_range
                                                               : MsgId::bad_date;
    m_reporter.report(node.pos, Rule::schema_date, id, {node.text});
    return std::nullopt;
  }
  return Located<Day>{*parsed.day, node.pos};
}

std::optional<Located<std::string>> FieldReader::id(const YamlNode& node, std::string_view key,
                                                    IdSyntax syntax) {
  const std::optional<std::string> value = text(node, key);
  if (!value) {
    return std::nullopt;
  }
  if (!valid_id(*value, syntax)) {
    m_reporter.report(node.pos, Rule::schema_id,
                      syntax == IdSyntax::name ? MsgId::bad_id : MsgId::bad_task_id, {*value});
    return std::nullopt;
  }
  return Located<std::string>{*value, node.pos};
}

const YamlNode* FieldReader::value_of(const YamlNode& node, std::string_view key,
                                      Presence presence) {
  return presence == Presence::required ? require(node, key) : optional(node, key);
}

std::optional<Located<std::string>> FieldReader::text_of(const YamlNode& node, std::string_view key,
                                                         Presence presence) {
  const YamlNode* value = value_of(node, key, presence);
  if (value == nullptr) {
    return std::nullopt;
  }
  std::optional<std::string> read = text(*value, key);
  if (!read) {
    return std::nullopt;
  }
  return Located<std::string>{std::move(*read), value->pos};
}

std::optional<Located<int>> FieldReader::integer_of(const YamlNode& node, std::string_view key,
                                                    Presence presence) {
  const YamlNode* value = value_of(node, key, presence);
  return value != nullptr ? integer(*value, key) : std::nullopt;
}

std::optional<Located<Day>> FieldReader::day_of(const YamlNode& node, std::string_view key,
                                                Presence presence) {
  const YamlNode* value = value_of(node, key, presence);
  return value != nullptr ? day(*value, key) : std::nullopt;
}

std::optional<Located<std::string>> FieldReader::id_of(const YamlNode& node, std::string_view key,
                                                       IdSyntax syntax, Presence presence) {
  const YamlNode* value = value_of(node, key, presence);
  return value != nullptr ? id(*value, key, syntax) : std::nullopt;
}

bool valid_id(std::string_view text, IdSyntax syntax) {
  if (text.empty() || text[0] == '.' || text[0] == '-' || text[0] == '_') {
    return false;
  }
  for (char c : text) {
    if (!id_char(c, syntax)) {
      return false;
    }
  }
  return true;
}

std::optional<Located<std::string>> FieldReader::reference(const YamlNode& node,
                                                           std::string_view key) {
  std::optional<std::string> value = text(node, key);
  if (!value) {
    return std::nullopt;
  }
  return Located<std::string>{std::move(*value), node.pos};
}

std::optional<Located<std::string>>
FieldReader::reference_of(const YamlNode& node, std::string_view key, Presence presence) {
  const YamlNode* value = value_of(node, key, presence);
  return value != nullptr ? reference(*value, key) : std::nullopt;
}

namespace {

// Read the items of list `node` under `key` with `read_item`, reporting a
// value that is not a list, and an empty one when `non_empty`.
template <class ReadItem>
std::vector<Located<std::string>> read_list(Reporter& reporter, const YamlNode& node,
                                            std::string_view key, bool non_empty,
                                            ReadItem read_item) {
  std::vector<Located<std::string>> ids;
  if (node.kind != YamlNode::Kind::sequence) {
    reporter.report(node.pos, Rule::schema_type, MsgId::expected_list, {std::string(key)});
    return ids;
  }
  if (node.items.empty() && non_empty) {
    reporter.report(node.pos, Rule::schema_value, MsgId::empty_list, {std::string(key)});
  }
  for (const YamlNode& item : node.items) {
    if (auto value = read_item(item)) {
      ids.push_back(std::move(*value));
    }
  }
  return ids;
}

} // namespace

std::vector<Located<std::string>> FieldReader::id_list(const YamlNode& node, std::string_view key,
                                                       IdSyntax syntax, bool non_empty) {
  return read_list(m_reporter, node, key, non_empty,
                   [&](const YamlNode& item) { return id(item, key, syntax); });
}

std::vector<Located<std::string>>
FieldReader::reference_list(const YamlNode& node, std::string_view key, bool non_empty) {
  return read_list(m_reporter, node, key, non_empty,
                   [&](const YamlNode& item) { return reference(item, key); });
}

bool FieldReader::key_id(const YamlNode& mapping, std::size_t index, IdSyntax syntax) {
  const Located<std::string>& key = mapping.keys[index];
  YamlNode as_node;
  as_node.kind = YamlNode::Kind::scalar;
  as_node.pos = key.pos;
  as_node.text = key.value;
  as_node.plain = mapping.plain_keys[index];
  return id(as_node, "id", syntax).has_value();
}

std::optional<std::string> FieldReader::one_of(const YamlNode& node, std::string_view key,
                                               std::initializer_list<std::string_view> allowed) {
  std::optional<std::string> value = text(node, key);
  if (!value) {
    return std::nullopt;
  }
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
    m_reporter.report(node.pos, Rule::schema_enum, MsgId::bad_enum,
                      {*value, fmt::format("{}", fmt::join(allowed, ", "))});
    return std::nullopt;
  }
  return value;
}

} // namespace plancheck
