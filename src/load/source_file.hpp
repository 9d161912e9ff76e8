#pragma once

#include "model/source_pos.hpp"

#include <cstdint>
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
  // `line0` (0-based), with the column counted in characters. Constant time
  // in UTF-8 text, however long the line: every YAML event asks.
  SourcePos position(int line0, int byte_column) const;

  // Return the position of byte `offset` of the file.
  SourcePos position_of_offset(std::size_t offset) const;

  // Return the offset of the character at `pos`, or of the end of its line
  // when the line is shorter; the file's size when there is no such line.
  std::size_t offset_of(SourcePos pos) const;

private:
  // Return the number of characters before byte `offset` (UTF-8 text only).
  std::size_t characters_before(std::size_t offset) const;

  // Return the offset of the character `index` (0-based) of the file, at
  // most `limit` (UTF-8 text only).
  std::size_t offset_of_character(std::size_t index, std::size_t limit) const;

  std::string m_path;
  std::string m_bytes;
  std::vector<std::size_t> m_line_starts;
  bool m_utf8 = true;                  // every byte is part of a UTF-8 character
  std::vector<std::uint32_t> m_counts; // characters before each block of k_block bytes
  static constexpr std::size_t k_block = 64;
};

} // namespace plancheck
