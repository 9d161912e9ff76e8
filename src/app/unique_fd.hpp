#pragma once

namespace plancheck {

// A file descriptor owned by one object and closed when that object goes:
// no path through a function can leak it or close it twice.
class UniqueFd {
public:
  // Hold nothing.
  UniqueFd() = default;
  // Take `fd` (-1: nothing) over; it is closed with this object.
  explicit UniqueFd(int fd) noexcept : m_fd(fd) {}
  ~UniqueFd();

  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  // Take over what `other` holds, leaving it holding nothing.
  UniqueFd(UniqueFd&& other) noexcept;
  // Close what this holds and take over what `other` holds.
  UniqueFd& operator=(UniqueFd&& other) noexcept;

  // Return the descriptor held, or -1.
  int get() const noexcept { return m_fd; }
  // Whether a descriptor is held.
  bool valid() const noexcept { return m_fd >= 0; }
  // Close the descriptor held, if any, and hold `fd` instead.
  void reset(int fd = -1) noexcept;

private:
  int m_fd = -1;
};

// Both ends of a pipe.
struct Pipe {
  UniqueFd read;
  UniqueFd write;
};

// Open a pipe; on failure both ends hold nothing and errno says why.
Pipe open_pipe();

} // namespace plancheck
