#include "app/site_folder.hpp"

#include "app/error_line.hpp"
#include "app/unique_fd.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace plancheck {
namespace {

namespace fs = std::filesystem;

// Whether the folder at `path` may be replaced: it is empty, or it holds the mark.
bool replaceable(const fs::path& path) {
  std::error_code ec;
  if (fs::is_empty(path, ec) && !ec) {
    return true;
  }
  return fs::is_regular_file(fs::symlink_status(path / k_site_mark, ec));
}

bool write_file(int folder, const std::string& name, const std::string& bytes) {
  const UniqueFd fd(
      ::openat(folder, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
  if (!fd.valid()) {
    return false;
  }
  std::string_view rest = bytes;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd.get(), rest.data(), rest.size());
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return false;
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  // On disk before the rename makes it visible: a crash shows the old site or the new one.
  return ::fsync(fd.get()) == 0;
}

// Write every file, and the mark, into the folder `fresh`.
bool fill(const fs::path& fresh, const std::vector<FolderFile>& files) {
  const UniqueFd folder(::open(fresh.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!folder.valid()) {
    return false;
  }
  for (const auto& [name, bytes] : files) {
    if (!write_file(folder.get(), name, bytes)) {
      return false;
    }
  }
  return write_file(folder.get(), k_site_mark, "plancheck site\n") && ::fsync(folder.get()) == 0;
}

// Put `fresh` at `path`: exchanged with the folder there, or renamed into a
// free name; `old` is where the folder replaced went, empty when none was.
bool move_into_place(const fs::path& fresh, const fs::path& path, bool exists, fs::path& old) {
  if (!exists) {
    return ::rename(fresh.c_str(), path.c_str()) == 0;
  }
  if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) == 0) {
    old = fresh;
    return true;
  }
  // A file system without the exchange: two renames, with a moment between.
  if (errno != EINVAL && errno != ENOSYS) {
    return false;
  }
  const fs::path aside = fresh.string() + ".old";
  if (::rename(path.c_str(), aside.c_str()) != 0) {
    return false;
  }
  if (::rename(fresh.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::rename(aside.c_str(), path.c_str());
    errno = saved;
    return false;
  }
  old = aside;
  return true;
}

} // namespace

bool write_site_folder(const std::string& path, const std::vector<FolderFile>& files,
                       std::ostream& err, Lang lang) {
  const fs::path target = fs::path(path).lexically_normal();
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(target, ec);
  const bool exists = fs::exists(status);
  if (exists && (!fs::is_directory(status) || !replaceable(target))) {
    print_error(err,
                fs::is_directory(status) ? Message{MsgId::site_not_ours, {k_site_mark}}
                                         : Message{MsgId::site_not_folder, {}},
                lang, ErrorAbout::input, path);
    return false;
  }
  // Beside the target, so that the rename stays on one file system.
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (parent / ("." + target.filename().string() + ".new-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    print_error(err, {MsgId::cannot_write, {std::strerror(errno)}}, lang, ErrorAbout::input, path);
    return false;
  }
  const fs::path fresh = pattern;
  // mkdtemp makes it 0700; a web server must read it as the umask allows.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  fs::path old;
  const bool done = ::chmod(fresh.c_str(), 0777 & ~mask) == 0 && fill(fresh, files) &&
                    move_into_place(fresh, target, exists, old);
  const int saved = errno;
  fs::remove_all(done ? old : fresh, ec);
  if (!done) {
    print_error(err, {MsgId::cannot_write, {std::strerror(saved)}}, lang, ErrorAbout::input, path);
  }
  return done;
}

} // namespace plancheck
