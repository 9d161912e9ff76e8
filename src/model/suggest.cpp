#include "model/suggest.hpp"

#include "text/unicode_normalize.hpp"

#include <algorithm>

namespace plancheck {
namespace {

// Edits needed to turn `a` into `b`, a swap of two neighbours counting as
// one (the optimal string alignment distance): "titel" is one edit from "title".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) {
    d[i][0] = i;
  }
  for (std::size_t j = 0; j <= b.size(); ++j) {
    d[0][j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// Whether `written` may be a name rather than an id: ids are ASCII without
// spaces, names have spaces, capitals or diacritics.
bool may_be_name(std::string_view written) {
  return std::any_of(written.begin(), written.end(), [](char c) {
    return c == ' ' || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

// Whether the folded `name` is `words` or begins with them as whole words.
bool names(std::string_view name, std::string_view words) {
  return name.substr(0, words.size()) == words &&
         (name.size() == words.size() || name[words.size()] == ' ');
}

// The one candidate whose name or short name `written` is (or, failing
// that, the one whose name it begins), without diacritics or case.
std::optional<Suggestion> match_name(std::string_view written, const std::vector<NamedId>& known) {
  const std::string words = fold_without_diacritics(written);
  if (words.empty()) {
    return std::nullopt;
  }
  const NamedId* prefix_of = nullptr;
  std::size_t prefixes = 0;
  for (const NamedId& candidate : known) {
    if (candidate.name.empty()) {
      continue;
    }
    const std::string name = fold_without_diacritics(candidate.name);
    if (name == words ||
        (!candidate.short_name.empty() && fold_without_diacritics(candidate.short_name) == words)) {
      return Suggestion{std::string(candidate.id), std::string(candidate.name)};
    }
    if (names(name, words)) {
      prefix_of = &candidate;
      ++prefixes;
    }
  }
  if (prefixes == 1) {
    return Suggestion{std::string(prefix_of->id), std::string(prefix_of->name)};
  }
  return std::nullopt;
}

} // namespace

std::string loose_id_key(std::string_view id) {
  std::string key(id);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c == '_') {
      c = '-';
    }
  }
  return key;
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string_view>& candidates) {
  const std::size_t limit = std::min<std::size_t>(2, std::max<std::size_t>(1, word.size() / 3));
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

std::optional<Suggestion> suggest_id(std::string_view written, const std::vector<NamedId>& known) {
  const std::string key = loose_id_key(written);
  std::vector<std::string> keys;
  keys.reserve(known.size());
  for (const NamedId& candidate : known) {
    keys.push_back(loose_id_key(candidate.id));
    if (keys.back() == key) {
      return Suggestion{std::string(candidate.id), {}};
    }
  }
  if (may_be_name(written)) {
    if (auto by_name = match_name(written, known)) {
      return by_name;
    }
  }
  const std::vector<std::string_view> key_views(keys.begin(), keys.end());
  const std::optional<std::string> near = closest_match(key, key_views);
  if (!near) {
    return std::nullopt;
  }
  const auto at = std::find(keys.begin(), keys.end(), *near) - keys.begin();
  return Suggestion{std::string(known[static_cast<std::size_t>(at)].id), {}};
}

} // namespace plancheck
