#include "load/unread_files.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace plancheck {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool is_read_extension(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

bool is_yaml_any_case(const fs::path& path) {
  const std::string ext = lower(path.extension().string());
  return ext == ".yaml" || ext == ".yml";
}

// The first folder of `relative` below the plan folder, or "" for a file in it.
std::string top_folder(const fs::path& relative) {
  const auto first = relative.begin();
  return std::next(first) == relative.end() ? std::string() : first->string();
}

} // namespace

std::vector<UnreadFile> unread_yaml_files(const fs::path& plan_dir,
                                          std::string (*shown)(const fs::path&)) {
  std::vector<UnreadFile> unread;
  const fs::path root = plan_dir.empty() ? fs::path(".") : plan_dir;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_directory(type_ec)) {
      // Another plan's folder has its own reading; hidden folders (.git) are tools'.
      const std::string name = entry.path().filename().string();
      if (name.starts_with('.') || fs::exists(entry.path() / "plan.yaml", type_ec)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (!is_yaml_any_case(entry.path())) {
      continue;
    }
    const fs::path relative = entry.path().lexically_relative(root);
    const std::string top = top_folder(relative);
    if (top.empty() && relative == "plan.yaml") {
      continue;
    }
    if (top == "reports" || top == "decisions" || top == "requests") {
      if (!is_read_extension(entry.path())) {
        unread.push_back({shown(entry.path()), UnreadReason::extension_case});
      }
      continue;
    }
    const bool plan_like = top.empty() && lower(entry.path().stem().string()) == "plan";
    unread.push_back(
        {shown(entry.path()), plan_like ? UnreadReason::plan_name : UnreadReason::elsewhere});
  }
  std::sort(unread.begin(), unread.end(),
            [](const UnreadFile& a, const UnreadFile& b) { return a.path < b.path; });
  return unread;
}

} // namespace plancheck
