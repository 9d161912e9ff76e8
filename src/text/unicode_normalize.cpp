#include "text/unicode_normalize.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace plancheck {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// ICU counts in int32_t; longer text (beyond the loaders' file limit) is
// left as it is rather than cut.
bool fits_icu(std::string_view text) {
  return text.size() <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max() / 4);
}

icu::UnicodeString to_unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Return `text` normalised by `form`, or unchanged when ICU cannot (its data
// missing): a comparison then is merely stricter, never wrong.
icu::UnicodeString normalized(const icu::Normalizer2* form, const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  if (form == nullptr) {
    return text;
  }
  if (form->isNormalized(text, status) && U_SUCCESS(status)) {
    return text;
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString out = form->normalize(text, status);
  return U_SUCCESS(status) ? out : text;
}

const icu::Normalizer2* nfc_form() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* form = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? form : nullptr;
}

const icu::Normalizer2* nfd_form() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* form = icu::Normalizer2::getNFDInstance(status);
  return U_SUCCESS(status) ? form : nullptr;
}

// Trim white space and make each inner run of it one space.
std::string squeeze_spaces(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) != 0) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) {
      out.append(static_cast<UChar>(u' '));
      pending_space = false;
    }
    out.append(c);
  }
  return to_utf8(out);
}

} // namespace

std::string nfc(std::string_view text) {
  const icu::Normalizer2* form = nfc_form();
  if (is_ascii(text) || !fits_icu(text) || form == nullptr) {
    return std::string(text); // the common case: ids, dates, English words
  }
  // UTF-8 in and out, with no UTF-16 copies: NFC may make a text three
  // times longer (U+1D160 is three characters in NFC), and a file of the
  // largest size must still fit the memory the limits allow.
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  if (form->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    return std::string(text);
  }
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  form->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) {
    return std::string(text);
  }
  return out;
}

std::string fold_for_compare(std::string_view text) {
  if (!fits_icu(text)) {
    return std::string(text);
  }
  icu::UnicodeString folded = normalized(nfc_form(), to_unicode(text));
  folded.foldCase();
  return squeeze_spaces(normalized(nfc_form(), folded));
}

std::string fold_without_diacritics(std::string_view text) {
  if (!fits_icu(text)) {
    return std::string(text);
  }
  icu::UnicodeString folded = to_unicode(text);
  folded.foldCase();
  const icu::UnicodeString decomposed = normalized(nfd_form(), folded);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      continue; // the tone and vowel marks of "ở", "ê", ...
    }
    // "đ" is a letter of its own, not "d" with a mark: NFD leaves it whole.
    bare.append(c == U'đ' ? static_cast<UChar32>(U'd') : c);
  }
  return squeeze_spaces(bare);
}

} // namespace plancheck
