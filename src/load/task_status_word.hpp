#pragma once

#include "model/report.hpp"

#include <optional>
#include <string_view>

namespace plancheck {

// Return the status a report's `status` names: done, in-progress or
// not-started, or the Vietnamese đã hoàn thành or hoàn thành, đang thực hiện,
// chưa thực hiện, in any case, NFC or NFD, with any spacing.
std::optional<TaskStatus> parse_task_status(std::string_view written);

// Return every word parse_task_status accepts, English first, for a message.
std::string_view task_status_words();

} // namespace plancheck
