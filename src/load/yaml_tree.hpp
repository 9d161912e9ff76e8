#pragma once

#include "load/reporter.hpp"
#include "model/source_pos.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// One node of a YAML document, with where it was written. This is all the
// rest of the program sees of YAML; nothing outside the loaders includes
// yaml-cpp.
struct YamlNode {
  enum class Kind { null, scalar, sequence, mapping };

  Kind kind = Kind::null;
  SourcePos pos;
  std::string text;   // a scalar's value
  bool plain = false; // a plain (unquoted, non-block) scalar, typed by the YAML 1.2 core schema
  std::vector<YamlNode> items;            // a sequence's items
  std::vector<Located<std::string>> keys; // a mapping's keys, in order
  std::vector<YamlNode> values;           // a mapping's values, parallel to `keys`
  std::vector<bool> plain_keys;           // whether each key was a plain scalar

  // Return the value of mapping key `key`, or nullptr.
  const YamlNode* find(std::string_view key) const;
};

// Greatest nesting of sequences and mappings a file may have; a plan needs six.
inline constexpr int k_max_yaml_depth = 64;

// Parse `file` as exactly one YAML document. Problems (syntax, duplicate keys,
// anchors, tags, a second document, an empty file) go to `reporter`; return
// the tree unless the file could not be parsed to the end.
std::optional<YamlNode> parse_yaml(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
