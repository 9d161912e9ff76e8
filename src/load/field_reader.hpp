#pragma once

#include "load/reporter.hpp"
#include "load/yaml_tree.hpp"
#include "model/calendar.hpp"
#include "model/source_pos.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plancheck {

// The YAML 1.2 core schema's reading of a scalar. Quoted and block scalars
// are always strings; only plain ones can be anything else.
enum class ScalarKind { null, boolean, integer, floating, string };
ScalarKind scalar_kind(const YamlNode& node);

// The syntax an id must have.
enum class IdSyntax {
  name, // plans, agencies, groups, duties: [a-z0-9][a-z0-9.-]*
  task, // the plan's own numbering: [A-Za-z0-9][A-Za-z0-9._-]*
};

// Whether a key must be there: a required key that is absent is reported.
enum class Presence { required, optional };

// Move `value` into `target` when there is one.
template <class T> void assign(std::optional<T>&& value, T& target) {
  if (value) {
    target = std::move(*value);
  }
}

// Move the value of `located` into `target` when there is one, leaving the position.
template <class T> void assign(std::optional<Located<T>>&& located, T& target) {
  if (located) {
    target = std::move(located->value);
  }
}

// Whether `text` has the syntax of an id.
bool valid_id(std::string_view text, IdSyntax syntax);

// Reads the typed values of one file, reporting every value of the wrong
// shape with its position. Each function names the value by `key`, the key
// it was found under, so messages say which one is wrong.
class FieldReader {
public:
  explicit FieldReader(Reporter& reporter) : m_reporter(reporter) {}

  // Whether `node` is a mapping; if not, report it.
  bool expect_mapping(const YamlNode& node, std::string_view key);

  // Report the keys of mapping `node` that are not in `known`.
  void check_keys(const YamlNode& node, std::initializer_list<std::string_view> known);

  // Return the value of `key` in `node`, reporting it missing when absent or null.
  const YamlNode* require(const YamlNode& node, std::string_view key);

  // Return the value of `key` in `node` when present; a key written with no
  // value is reported (JSON Schema tools reject it too) and yields nullptr.
  const YamlNode* optional(const YamlNode& node, std::string_view key);

  std::optional<std::string> text(const YamlNode& node, std::string_view key);
  std::optional<Located<int>> integer(const YamlNode& node, std::string_view key);
  std::optional<Located<Day>> day(const YamlNode& node, std::string_view key);
  std::optional<Located<std::string>> id(const YamlNode& node, std::string_view key,
                                         IdSyntax syntax);

  // The value of `key` in mapping `node` read as above; nullopt when the key
  // is absent (reported when `presence` is required) or its value is wrong.
  std::optional<Located<std::string>> text_of(const YamlNode& node, std::string_view key,
                                              Presence presence);
  std::optional<Located<int>> integer_of(const YamlNode& node, std::string_view key,
                                         Presence presence);
  std::optional<Located<Day>> day_of(const YamlNode& node, std::string_view key, Presence presence);
  std::optional<Located<std::string>> id_of(const YamlNode& node, std::string_view key,
                                            IdSyntax syntax, Presence presence);

  // Read an id that must name something the plan defines, whatever its
  // syntax: the reference check reports a malformed one with what was meant.
  std::optional<Located<std::string>> reference(const YamlNode& node, std::string_view key);
  std::optional<Located<std::string>> reference_of(const YamlNode& node, std::string_view key,
                                                   Presence presence);

  // Read a list of ids; report an empty list when `non_empty`.
  std::vector<Located<std::string>> id_list(const YamlNode& node, std::string_view key,
                                            IdSyntax syntax, bool non_empty);

  // Read a list of references, each as `reference` reads one; report an
  // empty list when `non_empty`.
  std::vector<Located<std::string>> reference_list(const YamlNode& node, std::string_view key,
                                                   bool non_empty);

  // Check a mapping key used as an id (agency ids, report task ids).
  bool key_id(const YamlNode& mapping, std::size_t index, IdSyntax syntax);

  // Return the value of a key among `allowed`, or report it.
  std::optional<std::string> one_of(const YamlNode& node, std::string_view key,
                                    std::initializer_list<std::string_view> allowed);

  Reporter& reporter() { return m_reporter; }

private:
  // The value of `key` in `node`, through require or optional.
  const YamlNode* value_of(const YamlNode& node, std::string_view key, Presence presence);

  Reporter& m_reporter;
};

} // namespace plancheck
