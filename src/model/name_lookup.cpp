#include "model/name_lookup.hpp"

#include "text/unicode_normalize.hpp"

#include <algorithm>

namespace plancheck {
namespace {

// The folded names of `entry`: its name and its short name, when it has them.
std::vector<std::string> folded_names(const NamedId& entry) {
  std::vector<std::string> names;
  for (const std::string_view name : {entry.name, entry.short_name}) {
    if (!name.empty()) {
      names.push_back(fold_without_diacritics(name));
    }
  }
  return names;
}

// The result for `found`: the id of the one entry, or all of them.
NameLookup result(const std::vector<const NamedId*>& found) {
  NameLookup lookup;
  if (found.size() == 1) {
    lookup.id = std::string(found.front()->id);
    return lookup;
  }
  for (const NamedId* entry : found) {
    lookup.matches.push_back(*entry);
  }
  return lookup;
}

} // namespace

NameLookup look_up_name(std::string_view written, const std::vector<NamedId>& known) {
  const std::string key = loose_id_key(written);
  std::vector<const NamedId*> by_id;
  for (const NamedId& entry : known) {
    if (entry.id == written || loose_id_key(entry.id) == key) {
      by_id.push_back(&entry);
    }
  }
  if (!by_id.empty()) {
    return result(by_id);
  }
  const std::string words = fold_without_diacritics(written);
  if (words.empty()) {
    return {};
  }
  std::vector<const NamedId*> exact;
  std::vector<const NamedId*> begun;
  for (const NamedId& entry : known) {
    const std::vector<std::string> names = folded_names(entry);
    if (std::find(names.begin(), names.end(), words) != names.end()) {
      exact.push_back(&entry);
    } else if (std::any_of(names.begin(), names.end(),
                           [&](const std::string& name) { return name.starts_with(words); })) {
      begun.push_back(&entry);
    }
  }
  return result(exact.empty() ? begun : exact);
}

} // namespace plancheck
