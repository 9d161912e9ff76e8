#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// Return the candidate closest to `word` when it is close enough to be a
// likely typo (an edit distance of at most a third of its length, and 2).
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string_view>& candidates);

// An id a reference may name, with the names people know it by (empty for
// what has no name, such as a task).
struct NamedId {
  std::string_view id;
  std::string_view name;
  std::string_view short_name;
};

// Return `id` as compared loosely: ASCII case folded, '_' read as '-'.
std::string loose_id_key(std::string_view id);

// The id a person most likely meant; `name` is set when they wrote its name.
struct Suggestion {
  std::string id;
  std::string name;
};

// Return the id among `known` that `written` most likely stands for: the same
// id but for case or '_' for '-' ("ii.5", "annual_department"); the one whose
// name or short name it is, or begins, compared without diacritics or case
// ("so cong thuong dong nai"); else the closest_match of the ids.
std::optional<Suggestion> suggest_id(std::string_view written, const std::vector<NamedId>& known);

} // namespace plancheck
