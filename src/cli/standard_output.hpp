#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <streambuf>

namespace plancheck {

// Return the width in columns of the terminal `fd` is, or nullopt when it is
// not a terminal or does not say (TIOCGWINSZ gives 0 columns).
std::optional<std::size_t> terminal_columns(int fd);

// A stream buffer that writes to a file descriptor (standard output) and
// remembers the first write error, so that output lost to a full disk or
// /dev/full is noticed with its reason, however late it is flushed.
class DescriptorBuffer : public std::streambuf {
public:
  explicit DescriptorBuffer(int fd);

  // Return the errno of the first failed write, or 0 when none failed.
  int error() const { return m_error; }

protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* text, std::streamsize count) override;
  int sync() override;

private:
  bool drain(); // write out what is buffered; false once a write has failed

  int m_fd;
  int m_error = 0;
  std::array<char, 1U << 16U> m_buffer{};
};

} // namespace plancheck
