#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return valid UTF-8 `text` in Unicode Normalization Form C, so that the same
// words typed on different keyboards ("Sở" precomposed or as "So" plus two
// combining marks) are the same bytes in every output and every search.
std::string nfc(std::string_view text);

// Return valid UTF-8 `text` as a key for loose comparison: NFC, case folded,
// outer white space trimmed and inner runs of it made one space
// ("  Đã  Hoàn thành " and "đã hoàn thành" give the same key).
std::string fold_for_compare(std::string_view text);

// Return valid UTF-8 `text` with Vietnamese diacritics removed and case
// folded, as fold_for_compare does: "Sở Công Thương" gives "so cong thuong".
std::string fold_without_diacritics(std::string_view text);

} // namespace plancheck
