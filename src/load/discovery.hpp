#pragma once

#include "load/unread_files.hpp"
#include "model/message.hpp"

#include <string>
#include <vector>

namespace plancheck {

// A path that leads nowhere or cannot be read, and why.
struct PathError {
  std::string path;
  Message message;
};

// The files to read for one plan.
struct PlanTarget {
  std::string plan_path;                   // plan.yaml, as it will be shown
  std::vector<std::string> report_paths;   // sorted, each once
  std::vector<PathError> unreadable;       // folders below the plan that could not be listed
  std::vector<UnreadFile> unread;          // YAML files in the plan's folder no rule reads
  std::vector<std::string> decision_paths; // below the plan's decisions/; sorted, each once
  std::vector<std::string> request_paths;  // below the plan's requests/; sorted, each once
  bool plan_named = false; // false: the plan is read only to check the files named below it
};

enum class ReportScope {
  named, // a plan file alone stands for itself (validate)
  all,   // a plan always brings every report below its reports/ (check)
};

struct Discovery {
  std::vector<PlanTarget> targets; // sorted by plan path
  std::vector<PathError> errors;   // in the order the paths were given
};

// Work out which plans, reports, decisions and requests `paths` name. A path
// is a plan folder (plan.yaml, every *.yaml/*.yml below reports/, decisions/
// and requests/), a plan file, a report, decision or request file or folder
// (its plan is the nearest plan.yaml above it; below that plan's decisions/
// it is a decision, below its requests/ a request), or a folder holding plan folders somewhere
// below it. Shown paths are the given path joined with the path below it. Links to folders are not
// followed; a folder that cannot be listed is never skipped in silence: below
// a plan it is kept in the plan's `unreadable`, elsewhere it is an error.
Discovery discover(const std::vector<std::string>& paths, ReportScope scope);

} // namespace plancheck
