#pragma once

#include "model/calendar.hpp"
#include "model/deadline.hpp"
#include "model/plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// What a decision does to the obligations an item selects.
enum class DecisionAction {
  extend, // a new last on-time day (gia hạn)
  waive,  // no longer required (miễn)
};

// One entry of a decision's `extend` or `waive` list: which obligations it
// selects, and what it does to them.
struct DecisionItem {
  DecisionAction action = DecisionAction::extend;
  SourcePos pos;                        // the list entry
  std::optional<Id> duty;               // exactly one of duty / task in a valid item
  std::optional<Id> task;               //
  std::optional<Located<int>> period;   // which yearly instance; absent: every instance
  std::vector<Id> agencies;             // agencies or groups; empty: every agency that owes it
  std::optional<Located<Deadline>> due; // extend: the new deadline (one-off forms)
  std::string reason;                   // waive: why
};

// One decision file: a document of the coordinating body that extends
// deadlines or waives obligations from its date on.
struct Decision {
  std::string path; // as the user reached it
  SourcePos pos;    // the start of the document
  Id plan;
  Located<std::string> number;
  Located<Day> date;
  Id by;
  std::vector<DecisionItem> items; // `extend` entries, then `waive` entries, in file order
};

// One entry of one decision: what a check applies to an obligation.
struct DecisionRef {
  const Decision* decision = nullptr;
  const DecisionItem* item = nullptr;
};

} // namespace plancheck
