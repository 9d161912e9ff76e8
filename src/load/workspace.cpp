#include "load/workspace.hpp"

#include "load/decision_loader.hpp"
#include "load/input_file.hpp"
#include "load/parallel_for.hpp"
#include "load/plan_loader.hpp"
#include "load/report_loader.hpp"
#include "load/request_loader.hpp"
#include "load/work_calendar_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <tuple>
#include <utility>
#include <variant>

namespace plancheck {
namespace {

// A file's text, or why it could not be read.
using ReadResult = std::variant<SourceFile, Diagnostic>;

// Read `path`, a file of the plan folder `plan_folder`, or say why it is not
// read; `folders` holds the folders resolved already.
ReadResult read_source(const std::string& path, const std::filesystem::path& plan_folder,
                       const ResolvedFolders& folders) {
  InputFile input = read_input_file(path, plan_folder, k_max_file_bytes, &folders);
  if (!input.bytes) {
    return Diagnostic{path, {}, {}, Severity::error, Rule::io_read, std::move(input.error), {}};
  }
  return SourceFile(path, std::move(*input.bytes));
}

// Take `path` from `files`, as read_source reads it from the disk.
ReadResult take_source(const InMemoryFiles& files, const std::string& path) {
  const auto it = files.find(path);
  if (it == files.end()) {
    Message message{MsgId::cannot_read, {std::strerror(ENOENT)}};
    return Diagnostic{path, {}, {}, Severity::error, Rule::io_read, std::move(message), {}};
  }
  return SourceFile(path, it->second);
}

// Keep what `read` got in `ws`, in the order files are read: the file's
// text, or nullptr with the reason in the diagnostics.
const SourceFile* keep_source(Workspace& ws, const std::string& path, ReadResult&& read) {
  ws.paths.push_back(path);
  if (Diagnostic* error = std::get_if<Diagnostic>(&read)) {
    ws.diagnostics.push_back(std::move(*error));
    return nullptr;
  }
  return &ws.files.emplace_back(std::move(std::get<SourceFile>(read)));
}

// Where the file should go, as far as its name and place tell.
Message unread_message(const UnreadFile& file) {
  switch (file.reason) {
  case UnreadReason::extension_case: {
    const std::size_t dot = file.path.rfind('.');
    std::string ext = file.path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return {MsgId::unread_extension_case, {file.path.substr(0, dot) + ext}};
  }
  case UnreadReason::plan_name:
    return {MsgId::unread_plan_name, {}};
  case UnreadReason::elsewhere:
    break;
  }
  return {MsgId::unread_elsewhere, {}};
}

// A file read and loaded on its own, apart from the workspace, so that
// files can be loaded at the same time and then kept in file order.
template <typename T> struct FileLoad {
  ReadResult read = Diagnostic{};
  Diagnostics diagnostics; // what loading it found, as a Reporter of its own says
  std::optional<T> value;
};

// Get `path` through `read` and load it with `load`, touching nothing shared.
template <typename T, typename Read, typename Load>
FileLoad<T> load_file(const std::string& path, const std::filesystem::path& plan_folder,
                      const Read& read, const Load& load) {
  FileLoad<T> file{read(path, plan_folder), {}, {}};
  if (const SourceFile* source = std::get_if<SourceFile>(&file.read)) {
    Reporter reporter(*source, file.diagnostics);
    file.value = load(*source, reporter);
  }
  return file;
}

// Keep `file`, read from `path`, in `ws`: its text (nullptr when it could
// not be read), its diagnostics after those of the files before it, and
// what it says.
template <typename T>
std::pair<const SourceFile*, std::optional<T>> keep_file(Workspace& ws, const std::string& path,
                                                         FileLoad<T>&& file) {
  const SourceFile* source = keep_source(ws, path, std::move(file.read));
  ws.diagnostics.insert(ws.diagnostics.end(), std::make_move_iterator(file.diagnostics.begin()),
                        std::make_move_iterator(file.diagnostics.end()));
  return {source, std::move(file.value)};
}

// Append the duties of `loaded`'s requests to its plan's.
void add_request_duties(LoadedPlan& loaded) {
  if (!loaded.plan) {
    return;
  }
  for (const LoadedRequest& request : loaded.requests) {
    if (request.request) {
      const std::vector<Duty>& duties = request.request->duties;
      loaded.plan->duties.insert(loaded.plan->duties.end(), duties.begin(), duties.end());
    }
  }
  loaded.plan->index();
}

// The path of the calendar file `include` names, relative to `plan_folder`;
// nullopt, reported in plan.yaml, when it is absolute or leads outside the
// folder that holds the plan folders (include is input, and input is not trusted).
std::optional<std::string> include_path(const std::filesystem::path& plan_folder,
                                        const Located<std::string>& include, Reporter& reporter) {
  const std::filesystem::path named(include.value);
  if (named.has_root_name() || named.has_root_directory()) {
    reporter.report(include.pos, Rule::calendar_include, MsgId::calendar_include_absolute,
                    {include.value});
    return std::nullopt;
  }
  // "plan" stands for the plan folder's name: whatever climbs above its parent leaves it.
  const std::filesystem::path inside = (std::filesystem::path("plan") / named).lexically_normal();
  if (inside.empty() || *inside.begin() == "..") {
    reporter.report(include.pos, Rule::calendar_include, MsgId::calendar_include_outside,
                    {include.value});
    return std::nullopt;
  }
  return (plan_folder / named).lexically_normal().string();
}

// Read the calendar files plan.yaml includes, through `read`, and add their
// days to its calendar after the plan's own.
template <typename Read>
void load_calendar_includes(Workspace& ws, LoadedPlan& loaded,
                            const std::filesystem::path& plan_folder, const Read& read) {
  if (!loaded.plan || !loaded.plan->calendar || loaded.source == nullptr) {
    return;
  }
  WorkCalendar& calendar = *loaded.plan->calendar;
  for (const Located<std::string>& include : calendar.includes) {
    Reporter plan_reporter(*loaded.source, ws.diagnostics);
    const std::optional<std::string> path = include_path(plan_folder, include, plan_reporter);
    if (!path) {
      continue;
    }
    ReadResult read_result = read(*path, plan_folder / "..");
    ws.paths.push_back(*path);
    if (const Diagnostic* error = std::get_if<Diagnostic>(&read_result)) {
      // The read error names only the file; say where plan.yaml names it.
      plan_reporter.report(include.pos, Rule::io_read, MsgId::calendar_include_unreadable,
                           {include.value, error->message});
      continue;
    }
    const SourceFile* source = &ws.files.emplace_back(std::move(std::get<SourceFile>(read_result)));
    Reporter reporter(*source, ws.diagnostics);
    if (const std::optional<CalendarDays> days = load_calendar_file(*source, reporter)) {
      add_calendar_days(calendar, *days, reporter);
    }
  }
}

// The plan, report, decision and request files of every target, each read
// and loaded on its own, in the order the targets list them.
struct FileBatch {
  std::vector<FileLoad<Plan>> plans;
  std::vector<FileLoad<Report>> reports;
  std::vector<FileLoad<Decision>> decisions;
  std::vector<FileLoad<Request>> requests;
};

// Read and load, through `read`, the plan, report, decision and request
// files of `targets`, up to `jobs` at a time: none needs another to be loaded.
template <typename Read>
FileBatch load_batch(const std::vector<PlanTarget>& targets, const Read& read, std::size_t jobs) {
  struct Item {
    const std::string* path;
    std::filesystem::path plan_folder;
  };
  std::vector<Item> reports;
  std::vector<Item> decisions;
  std::vector<Item> requests;
  for (const PlanTarget& target : targets) {
    const std::filesystem::path plan_folder = std::filesystem::path(target.plan_path).parent_path();
    for (const std::string& path : target.report_paths) {
      reports.push_back({&path, plan_folder});
    }
    for (const std::string& path : target.decision_paths) {
      decisions.push_back({&path, plan_folder});
    }
    for (const std::string& path : target.request_paths) {
      requests.push_back({&path, plan_folder});
    }
  }
  FileBatch batch;
  batch.plans.resize(targets.size());
  batch.reports.resize(reports.size());
  batch.decisions.resize(decisions.size());
  batch.requests.resize(requests.size());
  // Plans first: the largest files, so that no worker is left with one at the end.
  const std::size_t first_report = targets.size();
  const std::size_t first_decision = first_report + reports.size();
  const std::size_t first_request = first_decision + decisions.size();
  parallel_for(first_request + requests.size(), jobs, [&](std::size_t i) {
    if (i < first_report) {
      const std::string& path = targets[i].plan_path;
      batch.plans[i] =
          load_file<Plan>(path, std::filesystem::path(path).parent_path(), read, load_plan);
    } else if (i < first_decision) {
      const Item& item = reports[i - first_report];
      batch.reports[i - first_report] =
          load_file<Report>(*item.path, item.plan_folder, read, load_report);
    } else if (i < first_request) {
      const Item& item = decisions[i - first_decision];
      batch.decisions[i - first_decision] =
          load_file<Decision>(*item.path, item.plan_folder, read, load_decision);
    } else {
      const Item& item = requests[i - first_request];
      batch.requests[i - first_request] =
          load_file<Request>(*item.path, item.plan_folder, read, load_request);
    }
  });
  return batch;
}

// Load every file `targets` name, getting each through `read(path,
// plan_folder)`, up to `jobs` files at a time. Files are kept, and their
// diagnostics told, in the same order whatever `jobs` is.
template <typename Read>
Workspace load_targets(const std::vector<PlanTarget>& targets, const Read& read, std::size_t jobs) {
  FileBatch batch = load_batch(targets, read, jobs);
  auto next_plan = batch.plans.begin();
  auto next_report = batch.reports.begin();
  auto next_decision = batch.decisions.begin();
  auto next_request = batch.requests.begin();
  Workspace ws;
  for (const PlanTarget& target : targets) {
    const std::filesystem::path plan_folder = std::filesystem::path(target.plan_path).parent_path();
    // Folders that could not be listed may hold reports: say so, located at the folder.
    for (const PathError& error : target.unreadable) {
      ws.diagnostics.push_back(
          {error.path, {}, {}, Severity::error, Rule::io_read, error.message, {}});
    }
    LoadedPlan loaded;
    std::tie(loaded.source, loaded.plan) = keep_file(ws, target.plan_path, std::move(*next_plan++));
    load_calendar_includes(ws, loaded, plan_folder, read);
    for (const UnreadFile& file : target.unread) {
      ws.diagnostics.push_back(
          {file.path, {}, {}, Severity::warning, Rule::plan_unread_file, unread_message(file), {}});
    }
    for (const std::string& path : target.report_paths) {
      auto [source, report] = keep_file(ws, path, std::move(*next_report++));
      loaded.reports.push_back({source, std::move(report)});
    }
    for (const std::string& path : target.decision_paths) {
      auto [source, decision] = keep_file(ws, path, std::move(*next_decision++));
      loaded.decisions.push_back({source, std::move(decision)});
    }
    for (const std::string& path : target.request_paths) {
      auto [source, request] = keep_file(ws, path, std::move(*next_request++));
      loaded.requests.push_back({source, std::move(request)});
    }
    add_request_duties(loaded);
    ws.plans.push_back(std::move(loaded));
  }
  return ws;
}

} // namespace

Workspace load_workspace(const std::vector<PlanTarget>& targets, std::size_t jobs) {
  // Each folder is resolved once, before the files are read at the same time.
  ResolvedFolders folders;
  for (const PlanTarget& target : targets) {
    folders.add(std::filesystem::path(target.plan_path).parent_path());
    for (const auto* paths :
         {&target.report_paths, &target.decision_paths, &target.request_paths}) {
      for (const std::string& path : *paths) {
        folders.add(std::filesystem::path(path).parent_path());
      }
    }
  }
  return load_targets(
      targets,
      [&folders](const std::string& path, const std::filesystem::path& plan_folder) {
        return read_source(path, plan_folder, folders);
      },
      jobs);
}

Workspace load_workspace(const std::vector<PlanTarget>& targets, const InMemoryFiles& files,
                         std::size_t jobs) {
  return load_targets(
      targets,
      [&files](const std::string& path, const std::filesystem::path& /*plan_folder*/) {
        return take_source(files, path);
      },
      jobs);
}

} // namespace plancheck
