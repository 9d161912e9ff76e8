#pragma once

#include "check/obligation.hpp"
#include "model/message.hpp"

#include <optional>
#include <variant>

namespace plancheck {

// One obligation asked for by name: a duty instance (`duty`) or a task
// completion (`task`), of `agency`, or of any agency when it is nullptr.
struct ObligationQuery {
  const Agency* agency = nullptr;
  const Duty* duty = nullptr;
  const Task* task = nullptr;
  std::optional<int> period; // a yearly duty's year; nullopt: the instance chosen by `today`
  Day today{};
};

// Return the obligation `query` names, as build_obligations has it (so it
// covers exactly the tasks `check` asks for), or why there is none. Without
// a period, a duty's instance is the first due on or after `today`, else the
// last. An ongoing task, which build_obligations has no row for, is its
// owners' on `today`, with `due` set to `today`. With no agency, the
// obligation has none and the instance's (or task's) deadline.
std::variant<Obligation, Message> look_up_obligation(const Plan& plan,
                                                     const ObligationQuery& query);

} // namespace plancheck
