#include "load/workspace.hpp"

#include "load/decision_loader.hpp"
#include "load/input_file.hpp"
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

namespace plancheck {
namespace {

// Read `path`, a file of the plan folder `plan_folder`, or report why it is not read.
const SourceFile* read_source(Workspace& ws, const std::string& path,
                              const std::filesystem::path& plan_folder) {
  ws.paths.push_back(path);
  InputFile input = read_input_file(path, plan_folder, k_max_file_bytes);
  if (!input.bytes) {
    ws.diagnostics.push_back(
        {path, {}, {}, Severity::error, Rule::io_read, std::move(input.error), {}});
    return nullptr;
  }
  return &ws.files.emplace_back(path, std::move(*input.bytes));
}

// Take `path` from `files`, as read_source reads it from the disk.
const SourceFile* take_source(Workspace& ws, const InMemoryFiles& files, const std::string& path) {
  ws.paths.push_back(path);
  const auto it = files.find(path);
  if (it == files.end()) {
    Message message{MsgId::cannot_read, {std::strerror(ENOENT)}};
    ws.diagnostics.push_back(
        {path, {}, {}, Severity::error, Rule::io_read, std::move(message), {}});
    return nullptr;
  }
  return &ws.files.emplace_back(path, it->second);
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

// Get `path` through `read` and load it with `load`: the file's text, or
// nullptr when it cannot be read, and what `load` makes of it.
template <typename Read, typename Load>
auto read_and_load(Workspace& ws, const std::string& path, const std::filesystem::path& plan_folder,
                   const Read& read, const Load& load) {
  const SourceFile* source = read(ws, path, plan_folder);
  decltype(load(*source, std::declval<Reporter&>())) loaded;
  if (source != nullptr) {
    Reporter reporter(*source, ws.diagnostics);
    loaded = load(*source, reporter);
  }
  return std::pair{source, std::move(loaded)};
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
    const std::size_t before = ws.diagnostics.size();
    const SourceFile* source = read(ws, *path, plan_folder / "..");
    if (source == nullptr) {
      // The read error names only the file; say where plan.yaml names it.
      Message why = ws.diagnostics.size() > before ? ws.diagnostics.back().message
                                                   : Message{MsgId::cannot_read, {""}};
      ws.diagnostics.resize(before);
      plan_reporter.report(include.pos, Rule::io_read, MsgId::calendar_include_unreadable,
                           {include.value, why});
      continue;
    }
    Reporter reporter(*source, ws.diagnostics);
    if (const std::optional<CalendarDays> days = load_calendar_file(*source, reporter)) {
      add_calendar_days(calendar, *days, reporter);
    }
  }
}

// Load every file `targets` name, getting each through `read(ws, path, plan_folder)`.
template <typename Read>
Workspace load_targets(const std::vector<PlanTarget>& targets, const Read& read) {
  Workspace ws;
  for (const PlanTarget& target : targets) {
    const std::filesystem::path plan_folder = std::filesystem::path(target.plan_path).parent_path();
    // Folders that could not be listed may hold reports: say so, located at the folder.
    for (const PathError& error : target.unreadable) {
      ws.diagnostics.push_back(
          {error.path, {}, {}, Severity::error, Rule::io_read, error.message, {}});
    }
    LoadedPlan loaded;
    std::tie(loaded.source, loaded.plan) =
        read_and_load(ws, target.plan_path, plan_folder, read, load_plan);
    load_calendar_includes(ws, loaded, plan_folder, read);
    for (const UnreadFile& file : target.unread) {
      ws.diagnostics.push_back(
          {file.path, {}, {}, Severity::warning, Rule::plan_unread_file, unread_message(file), {}});
    }
    for (const std::string& path : target.report_paths) {
      auto [source, report] = read_and_load(ws, path, plan_folder, read, load_report);
      loaded.reports.push_back({source, std::move(report)});
    }
    for (const std::string& path : target.decision_paths) {
      auto [source, decision] = read_and_load(ws, path, plan_folder, read, load_decision);
      loaded.decisions.push_back({source, std::move(decision)});
    }
    for (const std::string& path : target.request_paths) {
      auto [source, request] = read_and_load(ws, path, plan_folder, read, load_request);
      loaded.requests.push_back({source, std::move(request)});
    }
    add_request_duties(loaded);
    ws.plans.push_back(std::move(loaded));
  }
  return ws;
}

} // namespace

Workspace load_workspace(const std::vector<PlanTarget>& targets) {
  return load_targets(targets, read_source);
}

Workspace load_workspace(const std::vector<PlanTarget>& targets, const InMemoryFiles& files) {
  return load_targets(targets, [&files](Workspace& ws, const std::string& path,
                                        const std::filesystem::path& /*plan_folder*/) {
    return take_source(ws, files, path);
  });
}

} // namespace plancheck
