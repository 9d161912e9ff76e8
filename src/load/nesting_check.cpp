#include "load/nesting_check.hpp"

#include "load/yaml_tree.hpp"

#include <string_view>

namespace plancheck {
namespace {

class NestingScan {
public:
  explicit NestingScan(std::string_view text) : m_text(text) {}

  // Return the offset of the first bracket nested too deep, or npos.
  std::size_t run() {
    while (m_i < m_text.size()) {
      start_line();
      // A quoted scalar may run on over several lines; the next line starts
      // after the line break that ends this one.
      while (m_i < m_text.size() && m_text[m_i] != '\n') {
        if (const std::size_t deep = step(); deep != std::string_view::npos) {
          return deep;
        }
      }
      ++m_i;
    }
    return std::string_view::npos;
  }

private:
  char at(std::size_t i) const { return i < m_text.size() ? m_text[i] : '\n'; }
  bool blank(std::size_t i) const { return at(i) == ' ' || at(i) == '\n' || at(i) == '\r'; }
  void skip_line() {
    const std::size_t end = m_text.find('\n', m_i);
    m_i = end == std::string_view::npos ? m_text.size() : end;
  }

  // At the start of a line: measure its indentation, and skip the line
  // while it belongs to a block scalar (`|` or `>`), whose text is not YAML.
  void start_line() {
    std::size_t indent = 0;
    while (at(m_i + indent) == ' ') {
      ++indent;
    }
    const bool empty = blank(m_i + indent);
    if (m_block_indent != std::string_view::npos && (empty || indent > m_block_indent)) {
      skip_line();
      return;
    }
    m_block_indent = std::string_view::npos;
    m_indent = indent;
    m_i += indent;
    m_token_start = true;
  }

  // Skip a quoted scalar that starts at m_i.
  void skip_quoted() {
    const char quote = m_text[m_i];
    for (++m_i; m_i < m_text.size(); ++m_i) {
      if (quote == '"' && m_text[m_i] == '\\') {
        ++m_i;
      } else if (m_text[m_i] == quote) {
        if (quote == '\'' && at(m_i + 1) == '\'') {
          ++m_i;
          continue;
        }
        ++m_i;
        return;
      }
    }
  }

  std::size_t step() {
    const char c = m_text[m_i];
    switch (c) {
    case ' ':
    case '\r':
      ++m_i;
      return std::string_view::npos;
    case '#':
      if (m_i == 0 || m_text[m_i - 1] == ' ' || m_text[m_i - 1] == '\n') {
        skip_line();
        return std::string_view::npos;
      }
      break;
    case '"':
    case '\'':
      if (m_token_start) {
        skip_quoted();
        m_token_start = false;
        return std::string_view::npos;
      }
      break;
    case '[':
    case '{':
      if (m_token_start || m_depth > 0) {
        if (++m_depth > k_max_yaml_depth) {
          return m_i;
        }
        m_token_start = true;
        ++m_i;
        return std::string_view::npos;
      }
      break;
    case ']':
    case '}':
      if (m_depth > 0) {
        --m_depth;
      }
      break;
    case ',':
      if (m_depth > 0) {
        m_token_start = true;
        ++m_i;
        return std::string_view::npos;
      }
      break;
    case ':':
    case '-':
    case '?':
      if ((c == ':' || m_token_start) &&
          (blank(m_i + 1) || (m_depth > 0 && std::string_view(",[]{}").find(at(m_i + 1)) !=
                                                 std::string_view::npos))) {
        m_token_start = true;
        ++m_i;
        return std::string_view::npos;
      }
      break;
    case '&':
    case '!':
      // An anchor or a tag comes before the node it names.
      if (m_token_start) {
        while (!blank(m_i)) {
          ++m_i;
        }
        return std::string_view::npos;
      }
      break;
    case '|':
    case '>':
      if (m_token_start && m_depth == 0) {
        m_block_indent = m_indent;
        skip_line();
        return std::string_view::npos;
      }
      break;
    default:
      break;
    }
    m_token_start = false;
    ++m_i;
    return std::string_view::npos;
  }

  std::string_view m_text;
  std::size_t m_i = 0;
  int m_depth = 0;
  bool m_token_start = true;                           // the next character may begin a node
  std::size_t m_indent = 0;                            // of the current line
  std::size_t m_block_indent = std::string_view::npos; // of the line that began a block scalar
};

} // namespace

bool check_nesting(const SourceFile& file, Reporter& reporter) {
  const std::size_t deep = NestingScan(file.bytes()).run();
  if (deep == std::string_view::npos) {
    return true;
  }
  reporter.report(file.position_of_offset(deep), Rule::yaml_too_deep, MsgId::too_deep,
                  {std::to_string(k_max_yaml_depth)});
  return false;
}

} // namespace plancheck
