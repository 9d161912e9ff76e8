#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of laying text out to a width, in enum order.
inline constexpr std::array k_layout_messages{
    MessageEntry{MsgId::help_width,
                 "Lay text out for a terminal N columns wide (at least 20), cutting long titles "
                 "at a word; default: the terminal's width, and nothing cut when standard output "
                 "is not a terminal",
                 "Trình bày văn bản cho terminal rộng N cột (ít nhất 20), cắt tiêu đề dài ở ranh "
                 "giới từ; mặc định: độ rộng của terminal, và không cắt gì khi đầu ra chuẩn không "
                 "phải terminal"},
};

} // namespace plancheck
