#include "load/source_file.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace plancheck {

SourceFile::SourceFile(std::string path, std::string bytes)
    : m_path(std::move(path)), m_bytes(std::move(bytes)) {
  if (m_bytes.starts_with("\xEF\xBB\xBF")) {
    m_bytes.erase(0, 3);
  }
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_bytes.size(); ++i) {
    if (m_bytes[i] == '\n') {
      m_line_starts.push_back(i + 1);
    }
  }
}

std::string_view SourceFile::line(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
    return {};
  }
  const std::size_t begin = m_line_starts[static_cast<std::size_t>(line - 1)];
  std::size_t end = m_bytes.find('\n', begin);
  if (end == std::string::npos) {
    end = m_bytes.size();
  }
  std::string_view text(m_bytes.data() + begin, end - begin);
  if (text.ends_with('\r')) {
    text.remove_suffix(1);
  }
  return text;
}

SourcePos SourceFile::position(int line0, int byte_column) const {
  const std::string_view text = line(line0 + 1);
  const auto bytes = std::min(static_cast<std::size_t>(std::max(byte_column, 0)), text.size());
  return {line0 + 1, static_cast<int>(count_code_points(text.substr(0, bytes))) + 1};
}

SourcePos SourceFile::position_of_offset(std::size_t offset) const {
  const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const auto line0 = static_cast<int>(it - m_line_starts.begin()) - 1;
  const std::size_t begin = m_line_starts[static_cast<std::size_t>(line0)];
  return position(line0, static_cast<int>(offset - begin));
}

} // namespace plancheck
