#include "cli/environment.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string_view>
#include <thread>

namespace plancheck {
namespace {

// The value of `name`, or empty when it is not set.
std::string value_of(GetEnv getenv, const char* name) {
  const char* value = getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

} // namespace

const char* system_getenv(const char* name) {
  return std::getenv(name);
}

std::size_t processor_cores() {
  return std::max<std::size_t>(std::thread::hardware_concurrency(), 1);
}

Lang language_from_environment(GetEnv getenv) {
  if (const char* value = getenv("PLANCHECK_LANG"); value != nullptr && *value != '\0') {
    if (const auto lang = parse_lang(std::string_view(value).substr(0, 2))) {
      return *lang;
    }
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = getenv(name);
    if (value != nullptr && *value != '\0') {
      return std::string_view(value).starts_with("vi") ? Lang::vi : Lang::en;
    }
  }
  return Lang::en;
}

bool use_color(const std::string& mode, bool is_terminal, GetEnv getenv) {
  if (mode == "always") {
    return true;
  }
  if (mode == "never") {
    return false;
  }
  const char* no_color = getenv("NO_COLOR");
  return is_terminal && (no_color == nullptr || *no_color == '\0');
}

std::optional<std::size_t> columns_from_environment(GetEnv getenv) {
  const std::string value = value_of(getenv, "COLUMNS");
  std::size_t columns = 0;
  const char* end = value.data() + value.size();
  const auto [next, error] = std::from_chars(value.data(), end, columns);
  if (error != std::errc() || next != end || columns == 0 || columns > 10000) {
    return std::nullopt;
  }
  return columns;
}

bool in_github_actions(GetEnv getenv) {
  return value_of(getenv, "GITHUB_ACTIONS") == "true";
}

std::string step_summary_path(GetEnv getenv) {
  return value_of(getenv, "GITHUB_STEP_SUMMARY");
}

std::string sender_from_environment(GetEnv getenv) {
  return value_of(getenv, "PLANCHECK_FROM");
}

} // namespace plancheck
