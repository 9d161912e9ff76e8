#pragma once

#include "model/calendar.hpp"
#include "model/plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plancheck {

enum class TaskStatus { done, in_progress, not_started };

struct TaskEntry {
  Id task;
  Located<TaskStatus> status;
  std::optional<Located<Day>> completed;
  std::string note;
};

// One report file: what an agency sent, and when.
struct Report {
  std::string path; // as the user reached it
  SourcePos pos;    // the start of the document
  Id plan;
  Id agency;
  std::optional<Id> duty; // absent: a task report
  std::optional<Located<int>> period;
  Located<std::string> number;
  Located<Day> submitted;
  std::vector<TaskEntry> tasks;

  // The day the task was done according to `entry`.
  Day completed_on(const TaskEntry& entry) const {
    return entry.completed ? entry.completed->value : submitted.value;
  }
};

} // namespace plancheck
