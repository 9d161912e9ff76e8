#include "app/new_file.hpp"

#include "app/error_line.hpp"
#include "app/temporary_file.hpp"
#include "load/input_file.hpp"

#include <cerrno>
#include <cstring>

namespace plancheck {
namespace {

namespace fs = std::filesystem;

// Where `path` lands: its folder resolved as far as it exists, links
// included, its own name kept (a link of that name is refused as existing).
fs::path landing_place(const fs::path& path) {
  std::error_code ec;
  const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  const fs::path resolved = fs::weakly_canonical(folder, ec);
  return (ec ? fs::absolute(folder, ec).lexically_normal() : resolved) / path.filename();
}

} // namespace

std::string new_file_path(const std::string& given, const fs::path& folder, const fs::path& usual) {
  if (given.empty()) {
    return (folder / usual).string();
  }
  std::error_code ec;
  if (given.ends_with('/') || fs::is_directory(given, ec)) {
    return (fs::path(given) / usual.filename()).string();
  }
  return given;
}

std::optional<Message> refused_new_file(const std::string& path, const fs::path& folder) {
  const fs::path given(path);
  const fs::path extension = given.extension();
  if (extension != ".yaml" && extension != ".yml") {
    return Message{MsgId::new_output_extension, {}};
  }
  // Below the folder as it resolves, and, should the folder be a link, still
  // inside the plan folder, where alone plancheck reads.
  std::error_code ec;
  const fs::path resolved_folder = fs::weakly_canonical(folder, ec);
  std::error_code plan_ec;
  const fs::path plan_folder = fs::weakly_canonical(folder.parent_path(), plan_ec);
  const fs::path lands = landing_place(given);
  if (ec || plan_ec || !is_within(lands, resolved_folder) || !is_within(lands, plan_folder)) {
    return Message{MsgId::new_output_outside, {folder.string() + "/"}};
  }
  if (fs::exists(fs::symlink_status(given, ec))) {
    return Message{MsgId::new_output_exists, {}};
  }
  return std::nullopt;
}

bool write_new_file(const std::string& path, const std::string& content, std::ostream& err,
                    Lang lang) {
  std::error_code ec;
  const fs::path folder = fs::path(path).parent_path();
  if (!folder.empty()) {
    fs::create_directories(folder, ec);
  }
  TemporaryFile file(path);
  if (file.ok() && file.write(content) && file.commit_new()) {
    return true;
  }
  const Message why = errno == EEXIST ? Message{MsgId::new_output_exists, {}}
                                      : Message{MsgId::cannot_write, {std::strerror(errno)}};
  print_error(err, why, lang, ErrorAbout::input, path);
  return false;
}

} // namespace plancheck
