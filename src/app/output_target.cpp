#include "app/output_target.hpp"

#include "model/message.hpp"
#include "text/terminal_escape.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace plancheck {

OutputTarget parse_output_target(std::string_view text) {
  const std::size_t eq = text.find('=');
  if (eq == std::string_view::npos) {
    return {std::string(text), {}};
  }
  return {std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
}

std::optional<std::string> conflicting_targets(const std::vector<OutputTarget>& targets) {
  std::size_t on_stdout = 0;
  std::size_t documents_on_stdout = 0;
  std::set<std::string> files;
  for (const OutputTarget& target : targets) {
    if (target.path.empty() || target.path == "-") {
      ++on_stdout;
      if (target.format != "text" && target.format != "github") {
        ++documents_on_stdout;
      }
    } else if (!files.insert(target.path).second) {
      return "--format: " + target.path + " is named twice";
    }
  }
  if (documents_on_stdout > 0 && on_stdout > 1) {
    return "--format: json, csv, junit and sarif must be alone on standard output; "
           "send the others to files with FORMAT=PATH";
  }
  return std::nullopt;
}

namespace {

bool fail(const std::string& path, std::ostream& err, Lang lang) {
  err << "plancheck: " << terminal_text(path)
      << ": error: " << localize({MsgId::cannot_write, {std::strerror(errno)}}, lang) << '\n';
  return false;
}

} // namespace

bool write_output(const OutputTarget& target, const std::string& content, std::ostream& out,
                  std::ostream& err, Lang lang) {
  if (target.path.empty() || target.path == "-") {
    out << content;
    out.flush();
    return true;
  }
  // A device or pipe (/dev/stdout, a FIFO) is written as it is; renaming
  // over it would replace it.
  std::error_code ec;
  const auto status = std::filesystem::status(target.path, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    std::ofstream file(target.path, std::ios::binary);
    file << content;
    file.close();
    return file ? true : fail(target.path, err, lang);
  }
  // A temporary file of a name of its own beside the target, renamed over it.
  std::string temporary = target.path + ".XXXXXX";
  const int fd = mkstemp(temporary.data());
  if (fd < 0) {
    return fail(target.path, err, lang);
  }
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      const int saved = errno;
      close(fd);
      std::remove(temporary.c_str());
      errno = saved;
      return fail(target.path, err, lang);
    }
    written += static_cast<std::size_t>(n);
  }
  // mkstemp makes the file private; give it the usual permissions.
  fchmod(fd, 0644);
  if (close(fd) != 0) {
    const int saved = errno;
    std::remove(temporary.c_str());
    errno = saved;
    return fail(target.path, err, lang);
  }
  if (std::rename(temporary.c_str(), target.path.c_str()) != 0) {
    const int saved = errno;
    std::remove(temporary.c_str());
    errno = saved;
    return fail(target.path, err, lang);
  }
  return true;
}

bool append_output(const std::string& path, const std::string& content, std::ostream& err,
                   Lang lang) {
  std::ofstream file(path, std::ios::binary | std::ios::app);
  if (!file) {
    return fail(path, err, lang);
  }
  file << content;
  file.close();
  return file ? true : fail(path, err, lang);
}

} // namespace plancheck
