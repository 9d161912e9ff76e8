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

} // namespace plancheck
