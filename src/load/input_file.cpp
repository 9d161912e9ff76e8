#include "load/input_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace plancheck {
namespace fs = std::filesystem;

namespace {

InputFile refused(MsgId id, std::vector<MessageArg> args = {}) {
  return {std::nullopt, {id, std::move(args)}};
}

InputFile cannot_read(int error) {
  return refused(MsgId::cannot_read, {std::strerror(error)});
}

// Closes a descriptor on every way out.
class Descriptor {
public:
  explicit Descriptor(int fd) : m_fd(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  int get() const { return m_fd; }

private:
  int m_fd;
};

// Read at most `limit` bytes from `fd`; nullopt (errno set) on a read error.
std::optional<std::string> read_at_most(int fd, std::size_t limit, std::size_t expected) {
  std::string bytes;
  bytes.resize(std::min(limit, expected + 1));
  std::size_t used = 0;
  while (used < limit) {
    if (used == bytes.size()) {
      bytes.resize(std::min(limit, std::max<std::size_t>(bytes.size() * 2, 4096)));
    }
    const ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      return std::nullopt;
    }
    if (n == 0) {
      break;
    }
    used += static_cast<std::size_t>(n);
  }
  bytes.resize(used);
  return bytes;
}

// Where `path` would lead if its target existed: its chain of links followed
// by hand, then the rest resolved as far as it exists.
std::optional<fs::path> would_lead_to(fs::path path) {
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec)) || ec) {
      break;
    }
    const fs::path target = fs::read_symlink(path, ec);
    if (ec) {
      return std::nullopt;
    }
    path = target.is_absolute() ? target : path.parent_path() / target;
  }
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(path, ec);
  return ec ? std::nullopt : std::optional<fs::path>(std::move(resolved));
}

// Read the file open at `fd`, judging what was opened, not what the name
// pointed to a moment before.
InputFile read_opened(const Descriptor& fd, std::size_t max_bytes) {
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    return cannot_read(errno);
  }
  if (S_ISDIR(st.st_mode)) {
    return refused(MsgId::is_directory);
  }
  if (!S_ISREG(st.st_mode)) {
    return refused(MsgId::not_regular);
  }
  const std::string limit_mib = std::to_string(max_bytes >> 20U);
  if (st.st_size < 0 || static_cast<std::size_t>(st.st_size) > max_bytes) {
    return refused(MsgId::too_large, {limit_mib});
  }
  // The size fstat gives may be wrong (files in /proc say 0) or may grow:
  // read one byte past the limit to know, never more.
  std::optional<std::string> bytes =
      read_at_most(fd.get(), max_bytes + 1, static_cast<std::size_t>(st.st_size));
  if (!bytes) {
    return cannot_read(errno);
  }
  if (bytes->size() > max_bytes) {
    return refused(MsgId::too_large, {limit_mib});
  }
  return {std::move(bytes), {}};
}

} // namespace

bool is_within(const fs::path& path, const fs::path& folder) {
  const auto [in_folder, in_path] =
      std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return in_folder == folder.end();
}

void ResolvedFolders::add(const fs::path& folder) {
  const fs::path key = folder.empty() ? fs::path(".") : folder;
  if (m_folders.contains(key)) {
    return;
  }
  std::error_code ec;
  fs::path resolved = fs::canonical(key, ec);
  m_folders.emplace(key, ec ? std::nullopt : std::optional<fs::path>(std::move(resolved)));
}

const fs::path* ResolvedFolders::find(const fs::path& folder) const {
  const auto it = m_folders.find(folder.empty() ? fs::path(".") : folder);
  return it == m_folders.end() || !it->second ? nullptr : &*it->second;
}

InputFile read_input_file(const fs::path& path, const fs::path& plan_folder, std::size_t max_bytes,
                          const ResolvedFolders* folders) {
  std::error_code ec;
  const fs::path* known_root = folders != nullptr ? folders->find(plan_folder) : nullptr;
  const fs::path root = known_root != nullptr
                            ? *known_root
                            : fs::canonical(plan_folder.empty() ? fs::path(".") : plan_folder, ec);
  if (ec) {
    return cannot_read(ec.value());
  }
  // The quick way, for a plain name in a folder already resolved inside the
  // plan folder: O_NOFOLLOW refuses the name if it is a link, which then
  // goes the long way below. Anything else it meets is what the long way
  // would meet.
  const fs::path name = path.filename();
  const fs::path* parent = folders != nullptr ? folders->find(path.parent_path()) : nullptr;
  if (parent != nullptr && is_within(*parent, root) && !name.empty() && name != "." &&
      name != "..") {
    const fs::path direct = *parent / name;
    const int fd = ::open(direct.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
      return read_opened(Descriptor(fd), max_bytes);
    }
    if (errno != ELOOP) {
      return cannot_read(errno);
    }
  }
  // Where the path leads, every link followed, before anything is opened:
  // a link out of the plan folder (to /proc/self/environ, a key, a device)
  // is refused by its name alone. A link that leads nowhere is judged by
  // where it would lead, so that the answer says nothing about outside files.
  const fs::path resolved = fs::canonical(path, ec);
  if (ec) {
    const std::optional<fs::path> would_be = would_lead_to(path);
    if (would_be && !is_within(*would_be, root)) {
      return refused(MsgId::link_outside);
    }
    return cannot_read(ec.value());
  }
  if (!is_within(resolved, root)) {
    return refused(MsgId::link_outside);
  }
  // O_NOFOLLOW: the resolved path has no link left, so one that appears now
  // is refused; O_NONBLOCK: opening a FIFO never waits for a writer.
  const int fd = ::open(resolved.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    return cannot_read(errno);
  }
  return read_opened(Descriptor(fd), max_bytes);
}

} // namespace plancheck
