#include "render/count_noun.hpp"

#include "model/message.hpp"

namespace plancheck {

std::string count_noun(std::size_t count, Noun noun, Lang lang) {
  const bool one = count == 1;
  MsgId id{};
  switch (noun) {
  case Noun::day:
    id = one ? MsgId::count_day_one : MsgId::count_day_other;
    break;
  case Noun::file:
    id = one ? MsgId::count_file_one : MsgId::count_file_other;
    break;
  case Noun::error:
    id = one ? MsgId::count_error_one : MsgId::count_error_other;
    break;
  case Noun::warning:
    id = one ? MsgId::count_warning_one : MsgId::count_warning_other;
    break;
  }
  return localize({id, {count}}, lang);
}

} // namespace plancheck
