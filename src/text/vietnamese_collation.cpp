#include "text/vietnamese_collation.hpp"

#include <cstdint>
#include <limits>
#include <memory>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace plancheck {
namespace {

// One collator for the process: opening one loads ICU's rules for "vi".
const icu::Collator* vietnamese_collator() {
  static const std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("vi"), status));
    return U_SUCCESS(status) ? std::move(made) : nullptr;
  }();
  return collator.get();
}

} // namespace

std::string vietnamese_sort_key(std::string_view text) {
  const icu::Collator* collator = vietnamese_collator();
  if (collator == nullptr ||
      text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max() / 4)) {
    return std::string(text);
  }
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const int32_t size = collator->getSortKey(unicode, nullptr, 0);
  std::string key(static_cast<std::size_t>(size), '\0');
  collator->getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()), size);
  // The key ends in a NUL that ICU counts; without it keys compare as prefixes should.
  while (!key.empty() && key.back() == '\0') {
    key.pop_back();
  }
  return key;
}

} // namespace plancheck
