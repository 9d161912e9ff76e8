#include "load/workspace.hpp"

#include "load/plan_loader.hpp"
#include "load/report_loader.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace plancheck {
namespace {

// Read `path` whole, or report why it cannot be read.
const SourceFile* read_source(Workspace& ws, const std::string& path) {
  ws.paths.push_back(path);
  const auto fail = [&](Message message) {
    ws.diagnostics.push_back(
        {path, {}, {}, Severity::error, Rule::io_read, std::move(message), {}});
    return nullptr;
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return fail({MsgId::is_directory, {}});
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > k_max_file_bytes) {
    return fail({MsgId::too_large, {std::to_string(k_max_file_bytes >> 20U)}});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return fail({MsgId::cannot_read, {std::strerror(errno)}});
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    return fail({MsgId::cannot_read, {std::strerror(errno)}});
  }
  return &ws.files.emplace_back(path, std::move(bytes).str());
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

// Load every file `targets` name, getting each through `read(ws, path)`.
template <typename Read>
Workspace load_targets(const std::vector<PlanTarget>& targets, const Read& read) {
  Workspace ws;
  for (const PlanTarget& target : targets) {
    LoadedPlan loaded;
    loaded.source = read(ws, target.plan_path);
    if (loaded.source != nullptr) {
      Reporter reporter(*loaded.source, ws.diagnostics);
      loaded.plan = load_plan(*loaded.source, reporter);
    }
    for (const std::string& path : target.report_paths) {
      LoadedReport report;
      report.source = read(ws, path);
      if (report.source != nullptr) {
        Reporter reporter(*report.source, ws.diagnostics);
        report.report = load_report(*report.source, reporter);
      }
      loaded.reports.push_back(std::move(report));
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
  return load_targets(targets, [&files](Workspace& ws, const std::string& path) {
    return take_source(ws, files, path);
  });
}

} // namespace plancheck
