#pragma once

#include "model/source_pos.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// The bytes of one input file, with the line index that turns byte offsets
// into the character positions users see.
class SourceFile {
public:
  // `path` is the path as the user reached the file; `bytes` its content.
  // A leading UTF-8 byte order mark is dropped.
  SourceFile(std::string path, std::string bytes);

  const std::string& path() const { return m_path; }
  const std::string& bytes() const { return m_bytes; }

  // Return line `line` (1-based) without its line break; empty past the end.
  std::string_view line(int line) const;

  // Return the position of the byte at `byte_column` (0-based) of line
  // `line0` (0-based), with the column counted in characters.
  SourcePos position(int line0, int byte_column) const;

  // Return the position of byte `offset` of the file.
  SourcePos position_of_offset(std::size_t offset) const;

private:
  std::string m_path;
  std::string m_bytes;
  std::vector<std::size_t> m_line_starts;
};

} // namespace plancheck
