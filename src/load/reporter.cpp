#include "load/reporter.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace plancheck {
namespace {

// The column just past the token that starts at `column` of `line`: a quoted
// string to its closing quote, anything else up to the YAML punctuation or
// space that ends a plain word. Editors and CI annotations underline it.
int token_end(std::string_view line, int column) {
  std::size_t byte = 0;
  for (int c = 1; c < column && byte < line.size(); ++c) {
    decode_utf8(line, byte);
  }
  if (byte >= line.size()) {
    return column;
  }
  const std::size_t start = byte;
  const char quote = line[byte];
  if (quote == '"' || quote == '\'') {
    std::size_t close = line.find(quote, byte + 1);
    byte = close == std::string_view::npos ? line.size() : close + 1;
  } else {
    while (byte < line.size() &&
           line.substr(byte, 1).find_first_of(" ,[]{}#") == std::string_view::npos &&
           !(line[byte] == ':' && (byte + 1 == line.size() || line[byte + 1] == ' '))) {
      ++byte;
    }
    byte = std::max(byte, start + 1);
  }
  return column + static_cast<int>(count_code_points(line.substr(start, byte - start)));
}

} // namespace

void Reporter::report(SourcePos pos, Rule rule, MsgId id, std::vector<std::string> args) {
  const Severity severity = all_rules()[static_cast<std::size_t>(rule)].severity;
  const std::string_view line = m_file->line(pos.line);
  const SourcePos end =
      pos.line == 0 ? SourcePos{} : SourcePos{pos.line, token_end(line, pos.column)};
  m_out->push_back(Diagnostic{m_file->path(), pos, end, severity, rule,
                              Message{id, std::move(args)}, std::string(line)});
}

} // namespace plancheck
