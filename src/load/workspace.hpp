#pragma once

#include "load/discovery.hpp"
#include "load/source_file.hpp"
#include "model/decision.hpp"
#include "model/diagnostic.hpp"
#include "model/plan.hpp"
#include "model/report.hpp"
#include "model/request.hpp"

#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace plancheck {

// A report file as loaded: its text (kept for messages) and what it says.
struct LoadedReport {
  const SourceFile* source = nullptr;
  std::optional<Report> report; // nullopt: not readable as a report at all
};

// A decision file as loaded: its text (kept for messages) and what it says.
struct LoadedDecision {
  const SourceFile* source = nullptr;
  std::optional<Decision> decision; // nullopt: not readable as a decision at all
};

// A request file as loaded: its text (kept for messages) and what it says.
struct LoadedRequest {
  const SourceFile* source = nullptr;
  std::optional<Request> request; // nullopt: not readable as a request at all
};

// A plan file and the report, decision and request files read with it. The
// plan's duties end with those of its requests, in file order, each marked
// with its request, so that every later pass sees one list of duties.
struct LoadedPlan {
  const SourceFile* source = nullptr;
  std::optional<Plan> plan; // nullopt: not readable as a plan at all
  std::vector<LoadedReport> reports;
  std::vector<LoadedDecision> decisions;
  std::vector<LoadedRequest> requests;
};

// Everything read for one run, with the problems met while reading.
struct Workspace {
  std::deque<SourceFile> files; // owns the text every diagnostic points into
  std::vector<LoadedPlan> plans;
  Diagnostics diagnostics;
  std::vector<std::string> paths; // every file named, read or not, in the order read
};

// Largest file plancheck reads; plans and reports are a few kilobytes.
inline constexpr std::size_t k_max_file_bytes = 16U << 20U;

// Read and load every file `targets` name, up to `jobs` files at a time
// (1: one after another); the workspace is the same whatever `jobs` is.
Workspace load_workspace(const std::vector<PlanTarget>& targets, std::size_t jobs);

// The content of files by path, for loading a plan folder that is not on disk.
using InMemoryFiles = std::map<std::string, std::string, std::less<>>;

// Load every file `targets` name from `files` instead of the disk, exactly as
// load_workspace would load the same bytes; a path `files` lacks cannot be read.
Workspace load_workspace(const std::vector<PlanTarget>& targets, const InMemoryFiles& files,
                         std::size_t jobs);

} // namespace plancheck
