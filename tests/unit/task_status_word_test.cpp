#include "load/task_status_word.hpp"

#include <string_view>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("parse_task_status") {
  struct Row {
    std::string_view written;
    std::optional<TaskStatus> expected;
  };
  const Row rows[] = {
      {"done", TaskStatus::done},
      {"in-progress", TaskStatus::in_progress},
      {"not-started", TaskStatus::not_started},
      {"Done", TaskStatus::done},
      {"đã hoàn thành", TaskStatus::done},
      {"hoàn thành", TaskStatus::done},
      {"Đã Hoàn Thành", TaskStatus::done},
      {"ĐANG THỰC HIỆN", TaskStatus::in_progress},
      {"chưa thực hiện", TaskStatus::not_started},
      // NFD: "đang thực hiện" with its marks apart from their letters
      {"\xc4\x91"
       "ang thu\xcc\x9b\xcc\xa3"
       "c hie\xcc\x82\xcc\xa3n",
       TaskStatus::in_progress},
      {"  đang   thực hiện ", TaskStatus::in_progress},
      {"in-progres", std::nullopt},
      {"in progress", std::nullopt},
      {"dang thuc hien", std::nullopt}, // without diacritics: another word
      {"xong", std::nullopt},
      {"", std::nullopt},
      {std::string_view("done\0", 5), std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.written);
    CHECK(parse_task_status(row.written) == row.expected);
  }
}

TEST_CASE("task_status_words") {
  CHECK(task_status_words() == "done, in-progress, not-started, đã hoàn thành, hoàn thành, đang "
                               "thực hiện, chưa thực hiện");
}
