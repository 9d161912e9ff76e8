#include "render/count_noun.hpp"

#include <fmt/format.h>

namespace plancheck {

std::string count_noun(std::size_t count, Noun noun, Lang lang) {
  std::string_view singular;
  std::string_view plural;
  std::string_view vietnamese;
  switch (noun) {
  case Noun::file:
    singular = "file", plural = "files", vietnamese = "tệp";
    break;
  case Noun::error:
    singular = "error", plural = "errors", vietnamese = "lỗi";
    break;
  case Noun::warning:
    singular = "warning", plural = "warnings", vietnamese = "cảnh báo";
    break;
  }
  if (lang == Lang::vi) {
    return fmt::format("{} {}", count, vietnamese);
  }
  return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

} // namespace plancheck
