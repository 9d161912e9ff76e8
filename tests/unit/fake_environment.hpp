#pragma once

#include "cli/environment.hpp"

#include <initializer_list>
#include <map>
#include <string>

namespace plancheck::test {

// The variables fake_getenv sees; a test sets what it needs and clears it after.
inline std::map<std::string, std::string>& fake_variables() {
  static std::map<std::string, std::string> variables;
  return variables;
}

// A GetEnv over fake_variables(), so that no test reads the real environment.
inline const char* fake_getenv(const char* name) {
  const auto it = fake_variables().find(name);
  return it == fake_variables().end() ? nullptr : it->second.c_str();
}

// Set the fake environment to `variables` for the life of this object.
class FakeEnvironment {
public:
  explicit FakeEnvironment(std::map<std::string, std::string> variables) {
    fake_variables() = std::move(variables);
  }
  FakeEnvironment(std::initializer_list<std::pair<const std::string, std::string>> variables)
      : FakeEnvironment(std::map<std::string, std::string>(variables)) {}
  ~FakeEnvironment() { fake_variables().clear(); }
  FakeEnvironment(const FakeEnvironment&) = delete;
  FakeEnvironment& operator=(const FakeEnvironment&) = delete;

  // The environment commands convert their arguments with.
  Environment env() const { return {fake_getenv, {}}; }
};

} // namespace plancheck::test
