#pragma once

#include "model/lang.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace plancheck {

// How the CLI reads an environment variable: `getenv` is a parameter of
// everything that reads one, so tests can feed their own.
using GetEnv = const char* (*)(const char*);

// The process's own environment (std::getenv).
const char* system_getenv(const char* name);

// What a command may take from outside its command line: the environment
// and the instant "today" is taken from, both read once by run_cli.
struct Environment {
  GetEnv getenv = system_getenv;
  std::chrono::system_clock::time_point now;
  std::size_t cores =
      1; // the processor cores the machine has, at least 1: what --jobs is by default
};

// The processor cores the machine has, at least 1.
std::size_t processor_cores();

// The language to use when --lang is not given: PLANCHECK_LANG, else
// Vietnamese when the first set of LC_ALL, LC_MESSAGES, LANG starts with "vi",
// else English.
Lang language_from_environment(GetEnv getenv);

// Whether to color output: `mode` is auto, always or never; auto colors
// only a terminal, and never when NO_COLOR is set to anything.
bool use_color(const std::string& mode, bool is_terminal, GetEnv getenv);

// The width text is laid out to when standard output is not a terminal, or is
// one that does not say how wide it is: COLUMNS when it is a whole number from
// 1 to 10000, else nullopt.
std::optional<std::size_t> columns_from_environment(GetEnv getenv);

// Whether we run in GitHub Actions (GITHUB_ACTIONS is "true").
bool in_github_actions(GetEnv getenv);

// The file GitHub Actions collects a job summary from (GITHUB_STEP_SUMMARY), or empty.
std::string step_summary_path(GetEnv getenv);

// The sender of reminders when --from is not given (PLANCHECK_FROM), or empty.
std::string sender_from_environment(GetEnv getenv);

} // namespace plancheck
