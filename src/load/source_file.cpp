#include "load/source_file.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace plancheck {
namespace {

bool starts_character(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0U) != 0x80U;
}

} // namespace

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
  // In UTF-8 text every character has exactly one byte that starts it, so
  // counting those bytes per block lets a column be found without going
  // back to the start of its line. Other text is counted the slow way; it
  // is never parsed, so only its few encoding errors ask.
  for (std::size_t i = 0; i < m_bytes.size() && m_utf8;) {
    // Most of a plan is ASCII; a call per byte was most of the time a
    // 16 MiB file took.
    if (static_cast<unsigned char>(m_bytes[i]) < 0x80U) {
      ++i;
      continue;
    }
    m_utf8 = decode_utf8(m_bytes, i).has_value();
  }
  if (m_utf8) {
    m_counts.reserve(m_bytes.size() / k_block + 1);
    std::uint32_t count = 0;
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
      if (i % k_block == 0) {
        m_counts.push_back(count);
      }
      count += starts_character(m_bytes[i]) ? 1 : 0;
    }
    m_counts.push_back(count);
  }
}

std::string_view SourceFile::line(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
    return {};
  }
  const auto index = static_cast<std::size_t>(line - 1);
  const std::size_t begin = m_line_starts[index];
  const std::size_t end =
      index + 1 < m_line_starts.size() ? m_line_starts[index + 1] - 1 : m_bytes.size();
  std::string_view text(m_bytes.data() + begin, end - begin);
  if (text.ends_with('\r')) {
    text.remove_suffix(1);
  }
  return text;
}

std::size_t SourceFile::characters_before(std::size_t offset) const {
  const std::size_t block = offset / k_block;
  std::size_t count = m_counts[block];
  for (std::size_t i = block * k_block; i < offset; ++i) {
    count += starts_character(m_bytes[i]) ? 1 : 0;
  }
  return count;
}

SourcePos SourceFile::position(int line0, int byte_column) const {
  const std::string_view text = line(line0 + 1);
  if (text.empty()) {
    return {line0 + 1, 1};
  }
  const auto bytes = std::min(static_cast<std::size_t>(std::max(byte_column, 0)), text.size());
  if (!m_utf8) {
    return {line0 + 1, static_cast<int>(count_code_points(text.substr(0, bytes))) + 1};
  }
  const auto begin = static_cast<std::size_t>(text.data() - m_bytes.data());
  return {line0 + 1,
          static_cast<int>(characters_before(begin + bytes) - characters_before(begin)) + 1};
}

SourcePos SourceFile::position_of_offset(std::size_t offset) const {
  const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const auto line0 = static_cast<int>(it - m_line_starts.begin()) - 1;
  const std::size_t begin = m_line_starts[static_cast<std::size_t>(line0)];
  return position(line0, static_cast<int>(offset - begin));
}

} // namespace plancheck

namespace plancheck {

std::size_t SourceFile::offset_of_character(std::size_t index, std::size_t limit) const {
  // The last block that starts at or before the character, then a short walk.
  const auto block = static_cast<std::size_t>(
      std::upper_bound(m_counts.begin(), m_counts.end(), index) - m_counts.begin() - 1);
  std::size_t count = m_counts[block];
  std::size_t i = block * k_block;
  while (i < limit) {
    if (starts_character(m_bytes[i])) {
      if (count == index) {
        return i;
      }
      ++count;
    }
    ++i;
  }
  return limit;
}

std::size_t SourceFile::offset_of(SourcePos pos) const {
  const std::string_view text = line(pos.line);
  if (text.data() == nullptr) {
    return m_bytes.size();
  }
  const auto begin = static_cast<std::size_t>(text.data() - m_bytes.data());
  const std::size_t end = begin + text.size();
  const auto column = static_cast<std::size_t>(std::max(pos.column, 1)) - 1;
  if (m_utf8) {
    return offset_of_character(characters_before(begin) + column, end);
  }
  std::size_t byte = 0;
  for (std::size_t c = 0; c < column && byte < text.size(); ++c) {
    decode_utf8(text, byte);
  }
  return begin + byte;
}

} // namespace plancheck
