#include "text/yaml_text.hpp"

#include "text/one_line.hpp"
#include "text/utf8.hpp"
#include "text/visible_text.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace plancheck {
namespace {

constexpr char32_t k_byte_order_mark = 0xFEFF;

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_word_char(char c) {
  return is_letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
}

// Words that some YAML reader (1.1 or 1.2) takes for a boolean or null.
bool is_special_word(std::string_view text) {
  static constexpr std::array<std::string_view, 11> k_words{
      "true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf"};
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return std::find(k_words.begin(), k_words.end(), lower) != k_words.end();
}

bool is_plain(std::string_view text) {
  return !text.empty() && is_letter(text.front()) &&
         std::all_of(text.begin(), text.end(), is_word_char) && !is_special_word(text);
}

std::string escaped(char32_t c) {
  switch (c) {
  case '"':
    return "\\\"";
  case '\\':
    return "\\\\";
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  case '\t':
    return "\\t";
  default:
    return fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
  }
}

} // namespace

std::string yaml_scalar(std::string_view text) {
  if (is_plain(text)) {
    return std::string(text);
  }
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::optional<char32_t> c = decode_utf8(text, i);
    if (!c) {
      out += "\\ufffd";
    } else if (*c == '"' || *c == '\\' || *c < 0x20 || is_unsafe_char(*c) ||
               *c == k_byte_order_mark) {
      out += escaped(*c);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  out += '"';
  return out;
}

std::string yaml_comment(std::string_view text) {
  const std::string line = one_line(text);
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t start = i;
    const std::optional<char32_t> c = decode_utf8(line, i);
    if (c && *c == k_byte_order_mark) {
      out += visible_code_point(*c);
    } else {
      out.append(line.substr(start, i - start));
    }
  }
  return out;
}

} // namespace plancheck
