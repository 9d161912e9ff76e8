#include "load/task_status_word.hpp"

#include "text/unicode_normalize.hpp"

#include <array>
#include <utility>

namespace plancheck {
namespace {

// Each word in its compared form: NFC and lowercase, as fold_for_compare gives.
constexpr std::array<std::pair<std::string_view, TaskStatus>, 7> k_words{{
    {"done", TaskStatus::done},
    {"in-progress", TaskStatus::in_progress},
    {"not-started", TaskStatus::not_started},
    {"đã hoàn thành", TaskStatus::done},
    {"hoàn thành", TaskStatus::done},
    {"đang thực hiện", TaskStatus::in_progress},
    {"chưa thực hiện", TaskStatus::not_started},
}};

} // namespace

std::optional<TaskStatus> parse_task_status(std::string_view written) {
  if (written.size() > 64) {
    return std::nullopt; // longer than any word: not worth normalising
  }
  const std::string key = fold_for_compare(written);
  for (const auto& [word, status] : k_words) {
    if (key == word) {
      return status;
    }
  }
  return std::nullopt;
}

std::string_view task_status_words() {
  return "done, in-progress, not-started, đã hoàn thành, hoàn thành, đang thực hiện, chưa thực "
         "hiện";
}

} // namespace plancheck
