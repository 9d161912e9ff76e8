#include "app/output_target.hpp"

#include "app/error_line.hpp"
#include "app/temporary_file.hpp"
#include "load/input_file.hpp"
#include "model/message.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <ostream>
#include <sys/stat.h>
#include <unistd.h>

namespace plancheck {

std::optional<OutputTarget> parse_output_target(std::string_view text) {
  const std::size_t eq = text.find('=');
  const auto format = parse_output_format(text.substr(0, eq));
  if (!format) {
    return std::nullopt;
  }
  return OutputTarget{*format, eq == std::string_view::npos ? std::string()
                                                            : std::string(text.substr(eq + 1))};
}

namespace {

namespace fs = std::filesystem;

bool is_stdout(const std::string& path) {
  return path.empty() || path == "-" || path == "/dev/stdout";
}

bool is_stderr(const std::string& path) {
  return path == "/dev/stderr";
}

// Output asked for and thrown away: never blocks, never replaced.
bool is_discarded(const std::string& path) {
  return path == "/dev/null";
}

// Write `content` to the stream `path` names, if it names one.
bool to_stream(const std::string& path, const std::string& content, std::ostream& out,
               std::ostream& err) {
  if (is_discarded(path)) {
    return true;
  }
  std::ostream* stream = is_stdout(path) ? &out : is_stderr(path) ? &err : nullptr;
  if (stream == nullptr) {
    return false;
  }
  *stream << content;
  stream->flush();
  return true;
}

// Where a file written at `path` lands: its folder resolved, its own name
// kept, since a link of that name is replaced, not written through. So
// out.json, ./out.json and a/../out.json land in one place.
fs::path landing_place(const std::string& path) {
  const fs::path given(path);
  const fs::path name = given.filename();
  std::error_code ec;
  if (name.empty() || name == "." || name == "..") {
    const fs::path resolved = fs::weakly_canonical(given, ec);
    return ec ? fs::absolute(given, ec).lexically_normal() : resolved;
  }
  const fs::path folder = given.parent_path().empty() ? fs::path(".") : given.parent_path();
  const fs::path resolved = fs::weakly_canonical(folder, ec);
  return (ec ? fs::absolute(folder, ec).lexically_normal() : resolved) / name;
}

bool fail(const std::string& path, std::ostream& err, Lang lang) {
  print_error(err, {MsgId::cannot_write, {std::strerror(errno)}}, lang, ErrorAbout::input, path);
  return false;
}

// The formats that are documents of their own, all but the last ("json,
// csv, junit") and the last ("sarif"), for "A and B" in either language:
// those of check and validate, and any other among `targets` (a calendar's
// ics), so that check and validate never name a format they do not write.
std::pair<std::string, std::string> document_formats(const std::vector<OutputTarget>& targets) {
  std::vector<std::string_view> names;
  for (const FormatInfo& info : output_formats()) {
    const bool named = accepts(FormatCommand::check, info.format) ||
                       accepts(FormatCommand::validate, info.format) ||
                       std::any_of(targets.begin(), targets.end(),
                                   [&](const OutputTarget& t) { return t.format == info.format; });
    if (info.shape == FormatShape::document && named) {
      names.push_back(info.name);
    }
  }
  std::string list;
  for (std::size_t i = 0; i + 1 < names.size(); ++i) {
    list += i == 0 ? "" : ", ";
    list += names[i];
  }
  return {list, names.empty() ? std::string() : std::string(names.back())};
}

} // namespace

bool is_stdout(const OutputTarget& target) {
  return is_stdout(target.path);
}

bool is_standard_stream(const OutputTarget& target) {
  return is_stdout(target.path) || is_stderr(target.path);
}

std::optional<Message> conflicting_targets(const std::vector<OutputTarget>& targets) {
  std::size_t on_stdout = 0;
  std::size_t documents_on_stdout = 0;
  std::map<fs::path, std::string> files; // where each lands, as first named
  for (const OutputTarget& target : targets) {
    if (is_stdout(target.path)) {
      ++on_stdout;
      if (format_info(target.format).shape == FormatShape::document) {
        ++documents_on_stdout;
      }
    } else if (is_stderr(target.path) || is_discarded(target.path)) {
      continue;
    } else if (const auto [it, added] = files.emplace(landing_place(target.path), target.path);
               !added) {
      return it->second == target.path
                 ? Message{MsgId::format_named_twice, {target.path}}
                 : Message{MsgId::format_same_file, {it->second, target.path}};
    }
  }
  if (documents_on_stdout > 0 && on_stdout > 1) {
    const auto [all_but_last, last] = document_formats(targets);
    return Message{MsgId::formats_alone, {all_but_last, last}};
  }
  return std::nullopt;
}

std::vector<PathError> refused_outputs(const std::vector<OutputTarget>& targets,
                                       const std::string& step_summary,
                                       const std::vector<PlanTarget>& plans) {
  std::vector<std::pair<fs::path, std::string>> folders; // resolved, as shown
  for (const PlanTarget& plan : plans) {
    const fs::path folder = fs::path(plan.plan_path).parent_path();
    std::error_code ec;
    const fs::path resolved = fs::canonical(folder.empty() ? fs::path(".") : folder, ec);
    if (!ec) {
      folders.emplace_back(resolved, folder.empty() ? std::string(".") : folder.string());
    }
  }
  std::vector<std::string> paths;
  for (const OutputTarget& target : targets) {
    paths.push_back(target.path);
  }
  if (!step_summary.empty()) {
    paths.push_back(step_summary);
  }
  std::vector<PathError> refused;
  for (const std::string& path : paths) {
    if (is_stdout(path) || is_stderr(path) || is_discarded(path)) {
      continue;
    }
    // A FIFO would block, a device would be written to or replaced.
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (fs::is_directory(status)) {
      refused.push_back({path, {MsgId::is_directory, {}}});
      continue;
    }
    if (fs::exists(status) && !fs::is_regular_file(status)) {
      refused.push_back({path, {MsgId::output_not_regular, {}}});
      continue;
    }
    // Writing into a plan folder being read could replace the plan or add a report.
    const fs::path lands = landing_place(path);
    for (const auto& [resolved, shown] : folders) {
      if (is_within(lands, resolved)) {
        refused.push_back({path, {MsgId::output_in_plan, {shown}}});
        break;
      }
    }
  }
  return refused;
}

bool write_output(const OutputTarget& target, const std::string& content, std::ostream& out,
                  std::ostream& err, Lang lang) {
  if (to_stream(target.path, content, out, err)) {
    return true;
  }
  TemporaryFile file(target.path);
  if (!file.ok() || !file.write(content) || !file.commit()) {
    return fail(target.path, err, lang);
  }
  return true;
}

bool append_output(const std::string& path, const std::string& content, std::ostream& out,
                   std::ostream& err, Lang lang) {
  if (to_stream(path, content, out, err)) {
    return true;
  }
  // O_NONBLOCK: a FIFO without a reader fails at once instead of waiting.
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0666);
  if (fd < 0) {
    return fail(path, err, lang);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    print_error(err, {MsgId::output_not_regular, {}}, lang, ErrorAbout::input, path);
    return false;
  }
  std::string_view rest = content;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      const int saved = errno;
      ::close(fd);
      errno = saved;
      return fail(path, err, lang);
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  return ::close(fd) == 0 ? true : fail(path, err, lang);
}

} // namespace plancheck
