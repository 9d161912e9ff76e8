#include "load/workspace.hpp"

#include "load/decision_loader.hpp"
#include "load/input_file.hpp"
#include "load/plan_loader.hpp"
#include "load/report_loader.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

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
    loaded.source = read(ws, target.plan_path, plan_folder);
    if (loaded.source != nullptr) {
      Reporter reporter(*loaded.source, ws.diagnostics);
      loaded.plan = load_plan(*loaded.source, reporter);
    }
    for (const UnreadFile& file : target.unread) {
      ws.diagnostics.push_back(
          {file.path, {}, {}, Severity::warning, Rule::plan_unread_file, unread_message(file), {}});
    }
    for (const std::string& path : target.report_paths) {
      LoadedReport report;
      report.source = read(ws, path, plan_folder);
      if (report.source != nullptr) {
        Reporter reporter(*report.source, ws.diagnostics);
        report.report = load_report(*report.source, reporter);
      }
      loaded.reports.push_back(std::move(report));
    }
    for (const std::string& path : target.decision_paths) {
      LoadedDecision decision;
      decision.source = read(ws, path, plan_folder);
      if (decision.source != nullptr) {
        Reporter reporter(*decision.source, ws.diagnostics);
        decision.decision = load_decision(*decision.source, reporter);
      }
      loaded.decisions.push_back(std::move(decision));
    }
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
