#include "app/unique_fd.hpp"

#include <unistd.h>
#include <utility>

namespace plancheck {

UniqueFd::~UniqueFd() {
  reset();
}

UniqueFd::UniqueFd(UniqueFd&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    reset(std::exchange(other.m_fd, -1));
  }
  return *this;
}

void UniqueFd::reset(int fd) noexcept {
  if (m_fd >= 0) {
    close(m_fd);
  }
  m_fd = fd;
}

Pipe open_pipe() {
  int ends[2] = {-1, -1};
  if (pipe(ends) != 0) {
    return {};
  }
  return {UniqueFd(ends[0]), UniqueFd(ends[1])};
}

} // namespace plancheck
