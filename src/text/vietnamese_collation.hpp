#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return a key that orders UTF-8 text as a Vietnamese reader expects (ICU's
// collation for "vi": a < ă < â < b ..., đ after d, tones after the base
// letter); keys compare with <. Text too long for ICU, or without the
// collator, keys by its bytes; bytes that are not UTF-8 sort as U+FFFD.
std::string vietnamese_sort_key(std::string_view text);

} // namespace plancheck
