#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of loading a plan folder: how many files are read at once, in enum order.
inline constexpr std::array k_loading_messages{
    MessageEntry{MsgId::help_jobs,
                 "Files read at once (default: one per processor core); same output",
                 "Số tệp đọc cùng lúc (mặc định: bằng số nhân bộ xử lý); kết quả như nhau"},
};

} // namespace plancheck
