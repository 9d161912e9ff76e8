#include "cli/standard_output.hpp"

#include <cerrno>
#include <cstring>
#include <sys/ioctl.h>
#include <unistd.h>

namespace plancheck {

std::optional<std::size_t> terminal_columns(int fd) {
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) {
    return std::nullopt;
  }
  return size.ws_col;
}

DescriptorBuffer::DescriptorBuffer(int fd) : m_fd(fd) {
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

bool DescriptorBuffer::drain() {
  const char* next = pbase();
  while (m_error == 0 && next < pptr()) {
    const ssize_t n = ::write(m_fd, next, static_cast<std::size_t>(pptr() - next));
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      m_error = n < 0 ? errno : EIO;
      break;
    }
    next += n;
  }
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
  return m_error == 0;
}

DescriptorBuffer::int_type DescriptorBuffer::overflow(int_type c) {
  if (!drain()) {
    return traits_type::eof();
  }
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

std::streamsize DescriptorBuffer::xsputn(const char* text, std::streamsize count) {
  std::streamsize done = 0;
  while (done < count) {
    if (pptr() == epptr() && !drain()) {
      return done;
    }
    const std::streamsize room = epptr() - pptr();
    const std::streamsize part = std::min(room, count - done);
    std::memcpy(pptr(), text + done, static_cast<std::size_t>(part));
    pbump(static_cast<int>(part));
    done += part;
  }
  return done;
}

int DescriptorBuffer::sync() {
  return drain() ? 0 : -1;
}

} // namespace plancheck
