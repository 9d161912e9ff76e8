#include "load/discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

namespace plancheck {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_plan_file = "plan.yaml";

// The path as the user will read it: "plans/x/plan.yaml", never "./plan.yaml".
std::string shown(const fs::path& path) {
  std::string text = path.lexically_normal().generic_string();
  if (text.starts_with("./")) {
    text.erase(0, 2);
  }
  return text;
}

bool is_file(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec) && !fs::is_directory(path, ec);
}

bool is_yaml_name(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Every *.yaml/*.yml below `dir` that is not a folder, sorted; folders named
// like files are walked into, and links to folders are not followed.
std::vector<std::string> yaml_files_below(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (!entry.is_directory(type_ec) && is_yaml_name(entry.path())) {
      files.push_back(shown(entry.path()));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The folder to start from when walking up from `path`, in shown form.
fs::path parent_of(const fs::path& path) {
  const fs::path normal = path.lexically_normal();
  if (normal.empty() || normal == "." || normal.filename() == "..") {
    return normal / "..";
  }
  const fs::path parent = normal.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

// The nearest plan.yaml in `dir` or a folder above it.
std::optional<fs::path> plan_above(fs::path dir) {
  std::error_code ec;
  for (int depth = 0; depth < 256; ++depth) {
    const fs::path candidate = dir / k_plan_file;
    if (is_file(candidate)) {
      return candidate;
    }
    const fs::path here = fs::weakly_canonical(dir, ec);
    if (ec || here == here.root_path()) {
      return std::nullopt;
    }
    dir = parent_of(dir);
  }
  return std::nullopt;
}

// plan.yaml files in `dir` or below, sorted.
std::vector<fs::path> plans_below(const fs::path& dir) {
  std::vector<fs::path> plans;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec) && (name == "node_modules" || name.starts_with('.'))) {
      it.disable_recursion_pending();
      continue;
    }
    if (name == k_plan_file && !it->is_directory(ec)) {
      plans.push_back(it->path());
    }
  }
  std::sort(plans.begin(), plans.end());
  return plans;
}

class Collector {
public:
  explicit Collector(ReportScope scope) : m_scope(scope) {}

  void add_plan(const fs::path& plan_file) {
    Entry& entry = m_entries[shown(plan_file)];
    const fs::path dir = plan_file.parent_path();
    for (std::string& report : yaml_files_below((dir.empty() ? fs::path(".") : dir) / "reports")) {
      entry.reports.insert(std::move(report));
    }
  }

  void add_plan_alone(const fs::path& plan_file) {
    if (m_scope == ReportScope::all) {
      add_plan(plan_file);
    } else {
      m_entries[shown(plan_file)];
    }
  }

  void add_report(const fs::path& plan_file, const std::string& report) {
    m_entries[shown(plan_file)].reports.insert(report);
  }

  std::vector<PlanTarget> targets() const {
    std::vector<PlanTarget> out;
    for (const auto& [plan, entry] : m_entries) {
      out.push_back({plan, {entry.reports.begin(), entry.reports.end()}});
    }
    return out;
  }

private:
  struct Entry {
    std::set<std::string> reports;
  };
  ReportScope m_scope;
  std::map<std::string, Entry> m_entries;
};

} // namespace

Discovery discover(const std::vector<std::string>& paths, ReportScope scope) {
  Discovery result;
  Collector collector(scope);
  const std::vector<std::string> given = paths.empty() ? std::vector<std::string>{"."} : paths;
  for (const std::string& text : given) {
    const fs::path path(text);
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      result.errors.push_back({text, {MsgId::path_not_found, {}}});
      continue;
    }
    if (fs::is_directory(path, ec)) {
      if (is_yaml_name(path)) {
        result.errors.push_back({text, {MsgId::is_directory, {}}});
      } else if (is_file(path / k_plan_file)) {
        collector.add_plan(path / k_plan_file);
      } else if (const auto plan = plan_above(parent_of(path));
                 plan && scope == ReportScope::named) {
        for (const std::string& report : yaml_files_below(path)) {
          collector.add_report(*plan, report);
        }
      } else if (const std::vector<fs::path> below = plans_below(path); !below.empty()) {
        for (const fs::path& plan_file : below) {
          collector.add_plan(plan_file);
        }
      } else {
        result.errors.push_back({text, {MsgId::no_plan_found, {}}});
      }
      continue;
    }
    if (path.filename() == k_plan_file) {
      collector.add_plan_alone(path);
    } else if (const auto plan = plan_above(parent_of(path))) {
      if (scope == ReportScope::all) {
        collector.add_plan(*plan);
      } else {
        collector.add_report(*plan, shown(path));
      }
    } else {
      result.errors.push_back({text, {MsgId::no_plan_above, {}}});
    }
  }
  result.targets = collector.targets();
  return result;
}

} // namespace plancheck
