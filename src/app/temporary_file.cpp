#include "app/temporary_file.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace plancheck {
namespace {

// The one temporary file that exists at any time (outputs are written one
// after another), for the signal handler. The path is complete before
// `g_armed` is set, and `g_armed` is cleared before the path changes.
std::array<char, 4200> g_pending{};
volatile std::sig_atomic_t g_armed = 0;

constexpr std::array k_signals{SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_pending_and_end(int sig) {
  if (g_armed != 0) {
    ::unlink(g_pending.data());
  }
  // SA_RESETHAND has put back the default action: end as the signal would have.
  ::raise(sig);
}

// Install the handler for the signals not ignored (a run started with
// SIGINT ignored, in the background, must keep ignoring it); again for each
// file, in case another handler has taken its place.
void install_handlers() {
  for (const int sig : k_signals) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) {
      continue;
    }
    struct sigaction action {};
    action.sa_handler = remove_pending_and_end;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    ::sigaction(sig, &action, nullptr);
  }
}

void arm(const std::string& path) {
  g_armed = 0;
  if (path.size() < g_pending.size()) {
    std::memcpy(g_pending.data(), path.c_str(), path.size() + 1);
    g_armed = 1;
  }
}

// A name of its own beside `target`: target.tmp-XXXXXXXX.
std::string candidate_name(const std::string& target) {
  static std::mt19937 random{std::random_device{}()};
  static constexpr std::string_view k_letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string name = target + ".tmp-";
  std::uniform_int_distribution<std::size_t> pick(0, k_letters.size() - 1);
  for (int i = 0; i < 8; ++i) {
    name += k_letters[pick(random)];
  }
  return name;
}

} // namespace

TemporaryFile::TemporaryFile(std::string target) : m_target(std::move(target)) {
  install_handlers();
  // The permissions to keep: the target's if it is a file already.
  struct stat existing {};
  const bool replacing = ::stat(m_target.c_str(), &existing) == 0 && S_ISREG(existing.st_mode);
  // The signals wait while the file is created and its name recorded, so
  // that no file is left behind and no other's file is removed.
  sigset_t blocked;
  sigset_t previous;
  sigemptyset(&blocked);
  for (const int sig : k_signals) {
    sigaddset(&blocked, sig);
  }
  ::sigprocmask(SIG_BLOCK, &blocked, &previous);
  for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
    m_path = candidate_name(m_target);
    // O_EXCL|O_NOFOLLOW: never write through a name someone else made.
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (m_fd < 0 && errno != EEXIST) {
      break;
    }
  }
  const int saved = errno;
  if (m_fd >= 0) {
    arm(m_path);
  }
  ::sigprocmask(SIG_SETMASK, &previous, nullptr);
  errno = saved;
  if (m_fd < 0) {
    return;
  }
  if (replacing) {
    // Best effort: only root may give the file to its former owner.
    if (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) {
      static_cast<void>(::fchown(m_fd, existing.st_uid, existing.st_gid));
    }
    if (::fchmod(m_fd, existing.st_mode & 0777U) != 0) {
      discard();
    }
  }
}

TemporaryFile::~TemporaryFile() {
  if (m_fd >= 0) {
    const int saved = errno;
    discard();
    errno = saved;
  }
}

bool TemporaryFile::write(std::string_view bytes) {
  while (m_fd >= 0 && !bytes.empty()) {
    const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      const int saved = errno;
      discard();
      errno = saved;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return m_fd >= 0;
}

bool TemporaryFile::commit() {
  return finish(Replace::yes);
}

bool TemporaryFile::commit_new() {
  return finish(Replace::no);
}

bool TemporaryFile::finish(Replace replace) {
  if (m_fd < 0) {
    return false;
  }
  const int fd = m_fd;
  m_fd = -1;
  // RENAME_NOREPLACE: a file made under that name meanwhile is never replaced.
  const auto named = [&] {
    return replace == Replace::yes ? std::rename(m_path.c_str(), m_target.c_str()) == 0
                                   : ::renameat2(AT_FDCWD, m_path.c_str(), AT_FDCWD,
                                                 m_target.c_str(), RENAME_NOREPLACE) == 0;
  };
  if (::close(fd) != 0 || !named()) {
    const int saved = errno;
    ::unlink(m_path.c_str());
    g_armed = 0;
    errno = saved;
    return false;
  }
  g_armed = 0;
  return true;
}

void TemporaryFile::discard() {
  ::close(m_fd);
  m_fd = -1;
  ::unlink(m_path.c_str());
  g_armed = 0;
}

} // namespace plancheck
