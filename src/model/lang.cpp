#include "model/lang.hpp"

namespace plancheck {

std::optional<Lang> parse_lang(std::string_view name) {
  if (name == "en") {
    return Lang::en;
  }
  if (name == "vi") {
    return Lang::vi;
  }
  return std::nullopt;
}

} // namespace plancheck
