#pragma once

#include "model/lang.hpp"

#include <optional>
#include <string>

namespace plancheck {

// The language to use when --lang is not given: PLANCHECK_LANG, else
// Vietnamese when the first set of LC_ALL, LC_MESSAGES, LANG starts with "vi",
// else English. `getenv` is a parameter so tests can feed their own.
using GetEnv = const char* (*)(const char*);

Lang language_from_environment(GetEnv getenv);

// Whether to color output: `mode` is auto, always or never; auto colors
// only a terminal, and never when NO_COLOR is set to anything.
bool use_color(const std::string& mode, bool is_terminal, GetEnv getenv);

} // namespace plancheck
