#include "load/discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>
#include <system_error>

namespace plancheck {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_plan_file = "plan.yaml";
constexpr std::string_view k_decisions_dir = "decisions";
constexpr std::string_view k_requests_dir = "requests";

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

// What a walk through the folders below one folder found.
struct Walk {
  std::vector<fs::path> files;       // what `keep` accepted, in no order
  std::vector<PathError> unreadable; // folders that could not be listed
};

// Walk the folders below `dir`, not into links to folders nor into folders
// `prune` names, keeping every other entry that `keep` accepts (a link is
// kept whatever it leads to: reading it will judge it). A folder that cannot
// be listed is recorded, never skipped in silence; `dir` missing is no error.
template <typename Keep, typename Prune>
Walk walk_below(const fs::path& dir, const Keep& keep, const Prune& prune) {
  Walk walk;
  std::vector<fs::path> pending{dir};
  while (!pending.empty()) {
    const fs::path here = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(here, ec);
    if (ec == std::errc::no_such_file_or_directory && here == dir) {
      break;
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      // The type the listing gave (no stat for most entries); a link is
      // never walked into, whatever it leads to.
      std::error_code type_ec;
      const bool link = it->is_symlink(type_ec);
      const bool folder = !type_ec && !link && it->is_directory(type_ec);
      if (type_ec) {
        continue; // gone since it was listed
      }
      if (folder) {
        if (!prune(it->path())) {
          pending.push_back(it->path());
        }
      } else if (keep(it->path())) {
        walk.files.push_back(it->path());
      }
    }
    if (ec) {
      walk.unreadable.push_back({shown(here), {MsgId::folder_unreadable, {ec.message()}}});
    }
  }
  std::sort(walk.unreadable.begin(), walk.unreadable.end(),
            [](const PathError& a, const PathError& b) { return a.path < b.path; });
  return walk;
}

// Every *.yaml/*.yml below `dir` that is not a folder, sorted; folders named
// like files are walked into.
struct ReportFiles {
  std::vector<std::string> files;
  std::vector<PathError> unreadable;
};

ReportFiles yaml_files_below(const fs::path& dir) {
  Walk walk = walk_below(
      dir, [](const fs::path& path) { return is_yaml_name(path); },
      [](const fs::path&) { return false; });
  ReportFiles found{{}, std::move(walk.unreadable)};
  for (const fs::path& file : walk.files) {
    found.files.push_back(shown(file));
  }
  std::sort(found.files.begin(), found.files.end());
  return found;
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

// plan.yaml files in `dir` or below, sorted, skipping hidden folders and
// node_modules; folders that cannot be listed are in `unreadable`.
Walk plans_below(const fs::path& dir) {
  Walk walk = walk_below(
      dir, [](const fs::path& path) { return path.filename() == k_plan_file; },
      [](const fs::path& path) {
        const std::string name = path.filename().string();
        return name == "node_modules" || name.starts_with('.');
      });
  std::sort(walk.files.begin(), walk.files.end());
  return walk;
}

// Whether `file` lies below the folder `dir`, however either was written.
bool lies_below(const fs::path& file, const fs::path& dir) {
  std::error_code ec;
  const fs::path f = fs::weakly_canonical(file, ec);
  const fs::path d = fs::weakly_canonical(dir, ec);
  if (ec) {
    return false;
  }
  const auto [d_end, f_at] = std::mismatch(d.begin(), d.end(), f.begin(), f.end());
  return d_end == d.end() && f_at != f.end();
}

// The folder holding `plan_file`, never empty.
fs::path plan_dir(const fs::path& plan_file) {
  const fs::path dir = plan_file.parent_path();
  return dir.empty() ? fs::path(".") : dir;
}

class Collector {
  struct Entry;

public:
  explicit Collector(ReportScope scope) : m_scope(scope) {}

  void add_plan(const fs::path& plan_file) {
    add_found(plan_file, yaml_files_below(plan_dir(plan_file) / "reports"), &Entry::reports);
    add_found(plan_file, yaml_files_below(plan_dir(plan_file) / k_decisions_dir),
              &Entry::decisions);
    add_found(plan_file, yaml_files_below(plan_dir(plan_file) / k_requests_dir), &Entry::requests);
    // A plan reached through its folder answers for every YAML file in it.
    Entry& entry = m_entries[shown(plan_file)];
    entry.plan_named = true;
    if (!entry.scanned) {
      entry.unread = unread_yaml_files(plan_file.parent_path(), shown);
      drop_link_targets(entry);
      entry.scanned = true;
    }
  }

  // Add the files found below a folder of `plan_file` to `which` of its
  // sets, and the folders that could not be listed.
  void add_found(const fs::path& plan_file, ReportFiles found,
                 std::set<std::string> Entry::*which) {
    Entry& entry = m_entries[shown(plan_file)];
    for (std::string& file : found.files) {
      (entry.*which).insert(std::move(file));
    }
    add_unreadable(plan_file, std::move(found.unreadable));
  }

  // Keep the folders below `plan_file`'s folder that could not be listed, each once.
  void add_unreadable(const fs::path& plan_file, std::vector<PathError> errors) {
    Entry& entry = m_entries[shown(plan_file)];
    for (PathError& error : errors) {
      const std::string path = error.path;
      entry.unreadable.emplace(path, std::move(error));
    }
  }

  void add_plan_alone(const fs::path& plan_file) {
    if (m_scope == ReportScope::all) {
      add_plan(plan_file);
    } else {
      m_entries[shown(plan_file)].plan_named = true;
    }
  }

  // Add a file named on its own: a decision below the plan's decisions/
  // folder, a request below its requests/, else a report.
  void add_file(const fs::path& plan_file, const std::string& file) {
    Entry& entry = m_entries[shown(plan_file)];
    if (lies_below(file, plan_dir(plan_file) / k_decisions_dir)) {
      entry.decisions.insert(file);
    } else if (lies_below(file, plan_dir(plan_file) / k_requests_dir)) {
      entry.requests.insert(file);
    } else {
      entry.reports.insert(file);
    }
  }

  std::vector<PlanTarget> targets() const {
    std::vector<PlanTarget> out;
    for (const auto& [plan, entry] : m_entries) {
      PlanTarget target{plan,
                        {entry.reports.begin(), entry.reports.end()},
                        {},
                        entry.unread,
                        {entry.decisions.begin(), entry.decisions.end()},
                        {entry.requests.begin(), entry.requests.end()},
                        entry.plan_named};
      for (const auto& [path, error] : entry.unreadable) {
        target.unreadable.push_back(error);
      }
      out.push_back(std::move(target));
    }
    return out;
  }

private:
  // A file that a report link inside the folder leads to is read through
  // that link, so it is no file that nothing reads.
  static void drop_link_targets(Entry& entry) {
    // Most plan folders have no such file: then no report need be looked at.
    if (entry.unread.empty()) {
      return;
    }
    std::set<fs::path> targets;
    for (const std::string& report : entry.reports) {
      std::error_code ec;
      if (fs::is_symlink(report, ec)) {
        const fs::path target = fs::weakly_canonical(report, ec);
        if (!ec) {
          targets.insert(target);
        }
      }
    }
    if (targets.empty()) {
      return;
    }
    std::erase_if(entry.unread, [&targets](const UnreadFile& file) {
      std::error_code ec;
      const fs::path canonical = fs::weakly_canonical(file.path, ec);
      return !ec && targets.contains(canonical);
    });
  }

  struct Entry {
    std::set<std::string> reports;
    std::set<std::string> decisions;
    std::set<std::string> requests;
    std::map<std::string, PathError> unreadable; // by path, each once
    std::vector<UnreadFile> unread;
    bool scanned = false;
    bool plan_named = false;
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
        ReportFiles found = yaml_files_below(path);
        for (const std::string& file : found.files) {
          collector.add_file(*plan, file);
        }
        collector.add_unreadable(*plan, std::move(found.unreadable));
      } else if (Walk below = plans_below(path);
                 !below.files.empty() || !below.unreadable.empty()) {
        // A folder of plans that cannot all be listed might hide a plan.
        std::move(below.unreadable.begin(), below.unreadable.end(),
                  std::back_inserter(result.errors));
        for (const fs::path& plan_file : below.files) {
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
        collector.add_file(*plan, shown(path));
      }
    } else {
      result.errors.push_back({text, {MsgId::no_plan_above, {}}});
    }
  }
  result.targets = collector.targets();
  return result;
}

} // namespace plancheck
