#include "cli/completion_values.hpp"

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// What begins the name of a validator made by completion_name.
constexpr std::string_view k_prefix = "values:";

// The words of "a,b,c".
std::vector<std::string> split_commas(std::string_view text) {
  std::vector<std::string> words;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    words.emplace_back(text.substr(0, comma));
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
  }
  return words;
}

// The values one validator names: "values:a,b" from completion_name, or
// "{a,b}", the description CLI11 gives an IsMember check.
std::vector<std::string> validator_values(const CLI::Validator& validator) {
  const std::string& name = validator.get_name();
  if (name.starts_with(k_prefix)) {
    return split_commas(std::string_view(name).substr(k_prefix.size()));
  }
  const std::string description = validator.get_description();
  if (description.size() > 2 && description.front() == '{' && description.back() == '}') {
    return split_commas(std::string_view(description).substr(1, description.size() - 2));
  }
  return {};
}

} // namespace

std::string completion_name(const std::vector<std::string>& values) {
  std::string name(k_prefix);
  for (std::size_t i = 0; i < values.size(); ++i) {
    name += (i == 0 ? "" : ",") + values[i];
  }
  return name;
}

std::string completion_name(std::string_view values) {
  return std::string(k_prefix) + std::string(values);
}

std::vector<std::string> enumerated_values(CLI::Option& option) {
  // CLI11 2.1 lists an option's validators only by index, and throws past the last.
  for (int index = 0;; ++index) {
    const CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(index);
    } catch (const CLI::OptionNotFound&) {
      return {};
    }
    std::vector<std::string> values = validator_values(*validator);
    if (!values.empty()) {
      return values;
    }
  }
}

} // namespace plancheck
