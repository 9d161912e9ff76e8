#pragma once

#include "check/finding.hpp"
#include "model/message.hpp"

#include <string>

namespace plancheck {

// The line under an unfulfilled row that says what is still owed and what
// came: "cần báo cáo: II.1.b, II.5", "báo cáo 145/BC-STNMT ngày 06/12/2024
// chưa đầy đủ, còn thiếu: IV.5", "đang thực hiện, theo báo cáo …"; empty
// when there is nothing to add.
std::string details_text(const Finding& f, Lang lang);

// Return the days column of a text row: for an incomplete duty instance past
// its deadline, how long ago its latest report came ("báo cáo cách đây 722
// ngày"); on its last day "hôm nay là hạn cuối"; otherwise days_text.
std::string row_days_text(const Finding& f, Lang lang);

} // namespace plancheck
