#include "load/reporter.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <string_view>

namespace plancheck {
namespace {

// A token longer than this is underlined only this far: finding the end of a
// megabyte-long string for each of its errors would cost as much as the file.
constexpr std::size_t k_max_token_bytes = 4096;

// The column just past the token that starts at byte `start` of `line`, at
// `column`: a quoted string to its closing quote, anything else up to the
// YAML punctuation or space that ends a plain word. Editors and CI
// annotations underline it.
int token_end(std::string_view line, std::size_t start, int column) {
  if (start >= line.size()) {
    return column;
  }
  line = line.substr(0, std::min(line.size(), start + k_max_token_bytes));
  std::size_t byte = start;
  const char quote = line[byte];
  if (quote == '"' || quote == '\'') {
    const std::size_t close = line.find(quote, byte + 1);
    byte = close == std::string_view::npos ? line.size() : close + 1;
  } else {
    while (byte < line.size() &&
           std::string_view(" ,[]{}#").find(line[byte]) == std::string_view::npos &&
           !(line[byte] == ':' && (byte + 1 == line.size() || line[byte + 1] == ' '))) {
      ++byte;
    }
    byte = std::max(byte, start + 1);
  }
  return column + static_cast<int>(count_code_points(line.substr(start, byte - start)));
}

} // namespace

std::pair<std::string, int> excerpt(const SourceFile& file, SourcePos pos) {
  const std::string_view line = file.line(pos.line);
  if (line.data() == nullptr) {
    return {std::string(), pos.column};
  }
  const auto line_begin = static_cast<std::size_t>(line.data() - file.bytes().data());
  const int length = file.position_of_offset(line_begin + line.size()).column - 1;
  if (length <= k_excerpt_whole) {
    return {std::string(line), pos.column};
  }
  // The window keeps its width near either end of the line.
  const int first = std::clamp(pos.column - k_excerpt_width / 2, 1, length - k_excerpt_width + 1);
  const int past = first + k_excerpt_width;
  const std::size_t begin = file.offset_of({pos.line, first}) - line_begin;
  const std::size_t end = file.offset_of({pos.line, past}) - line_begin;
  std::string text = first > 1 ? "…" : "";
  text.append(line.substr(begin, end - begin));
  if (past <= length) {
    text += "…";
  }
  return {std::move(text), pos.column - first + 1 + (first > 1 ? 1 : 0)};
}

Reporter::Reporter(const SourceFile& file, Diagnostics& out)
    : m_file(&file), m_out(&out), m_counts(all_rules().size(), 0),
      m_summaries(all_rules().size(), std::string::npos) {}

bool Reporter::shows(Rule rule) const {
  return m_counts[static_cast<std::size_t>(rule)] < max_reports_per_file(rule);
}

void Reporter::report(SourcePos pos, Rule rule, MsgId id, std::vector<MessageArg> args) {
  const auto index = static_cast<std::size_t>(rule);
  const Severity severity = all_rules()[index].severity;
  if (!shows(rule)) {
    if (!summarise_repeats(rule)) {
      return;
    }
    std::size_t& summary = m_summaries[index];
    if (summary == std::string::npos) {
      summary = m_out->size();
      m_out->push_back(Diagnostic{m_file->path(), {}, {}, severity, rule, {}, {}, 0, 0});
    }
    Diagnostic& d = (*m_out)[summary];
    ++d.omitted;
    d.message = Message{MsgId::more_not_shown, {std::to_string(d.omitted)}};
    return;
  }
  ++m_counts[index];
  if (pos.line == 0) {
    m_out->push_back(Diagnostic{
        m_file->path(), pos, {}, severity, rule, Message{id, std::move(args)}, {}, 0, 0});
    return;
  }
  const std::string_view line = m_file->line(pos.line);
  const std::size_t start =
      line.data() == nullptr
          ? 0
          : m_file->offset_of(pos) - static_cast<std::size_t>(line.data() - m_file->bytes().data());
  const SourcePos end{pos.line, token_end(line, start, pos.column)};
  auto [text, column] = excerpt(*m_file, pos);
  m_out->push_back(Diagnostic{m_file->path(), pos, end, severity, rule,
                              Message{id, std::move(args)}, std::move(text), column, 0});
}

} // namespace plancheck
