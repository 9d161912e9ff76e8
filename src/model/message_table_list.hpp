#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of `plancheck list`, its help included, in enum order.
inline constexpr std::array k_list_messages{
    MessageEntry{MsgId::help_list, "List a plan's agencies, groups, tasks or duties and their ids",
                 "Liệt kê các đơn vị, nhóm, nhiệm vụ hoặc chế độ báo cáo của kế hoạch, kèm mã"},
    MessageEntry{MsgId::help_list_kind, "What to list: agencies, groups, tasks or duties",
                 "Liệt kê gì: agencies (đơn vị), groups (nhóm), tasks (nhiệm vụ) hoặc duties "
                 "(chế độ báo cáo)"},
    MessageEntry{MsgId::help_list_as_of, "List as of DATE (default: today in the plan's time zone)",
                 "Liệt kê tính đến DATE (mặc định: hôm nay theo múi giờ của kế hoạch)"},
    MessageEntry{MsgId::not_a_list_kind,
                 "'{0}' is not something to list: say agencies, groups, tasks or duties",
                 "không liệt kê được '{0}': hãy ghi agencies, groups, tasks hoặc duties"},
    MessageEntry{MsgId::list_heading, "Plan {0} · as of {1} · {2}",
                 "Kế hoạch {0} · tính đến ngày {1} · {2}"},
    MessageEntry{MsgId::list_active, "ACTIVE ON {0}", "ĐANG HOẠT ĐỘNG NGÀY {0}"},
    MessageEntry{MsgId::list_not_begun, "NOT YET BEGUN ON {0}", "CHƯA HOẠT ĐỘNG NGÀY {0}"},
    MessageEntry{MsgId::list_ended, "ENDED BEFORE {0}", "ĐÃ CHẤM DỨT HOẠT ĐỘNG TRƯỚC NGÀY {0}"},
    MessageEntry{MsgId::list_since, "since {0}", "từ {0}"},
    MessageEntry{MsgId::list_between, "{0} to {1}", "từ {0} đến {1}"},
    MessageEntry{MsgId::list_successor, "successor: {0}", "đơn vị kế thừa: {0}"},
    MessageEntry{MsgId::list_successor_now, "successor: {0}, now {1}",
                 "đơn vị kế thừa: {0}, nay là {1}"},
    MessageEntry{MsgId::list_no_successor, "no successor", "không có đơn vị kế thừa"},
    MessageEntry{MsgId::list_email, "email: {0}", "thư điện tử: {0}"},
    MessageEntry{MsgId::list_owes, "reports owed for {0}: {1}", "báo cáo phải gửi năm {0}: {1}"},
    MessageEntry{MsgId::list_owes_none, "no report owed for {0}", "không phải gửi báo cáo năm {0}"},
    MessageEntry{MsgId::list_groups, "GROUPS", "NHÓM"},
    MessageEntry{MsgId::list_members, "members on {0}: {1}", "thành viên tại ngày {0}: {1}"},
    MessageEntry{MsgId::list_no_members, "no members on {0}", "không có thành viên tại ngày {0}"},
    MessageEntry{MsgId::list_named, "named in the plan: {0}", "tên trong kế hoạch: {0}"},
    MessageEntry{MsgId::list_tasks, "TASKS", "NHIỆM VỤ"},
    MessageEntry{MsgId::list_owners, "owners: {0}", "chủ trì: {0}"},
    MessageEntry{MsgId::list_partners, "partners: {0}", "phối hợp: {0}"},
    MessageEntry{MsgId::list_deadline, "deadline: {0}", "thời hạn: {0}"},
    MessageEntry{MsgId::list_ongoing, "ongoing", "thường xuyên"},
    MessageEntry{MsgId::list_duties, "DUTIES", "CHẾ ĐỘ BÁO CÁO"},
    MessageEntry{MsgId::list_senders, "from: {0}", "đơn vị báo cáo: {0}"},
    MessageEntry{MsgId::list_recipients, "to: {0}", "nơi nhận: {0}"},
    MessageEntry{MsgId::list_via, "via: {0}", "qua: {0}"},
    MessageEntry{MsgId::list_yearly, "every year; for {0}: {1}", "hằng năm; năm {0}: {1}"},
    MessageEntry{MsgId::list_yearly_none, "every year; none for {0}",
                 "hằng năm; không có kỳ báo cáo năm {0}"},
    MessageEntry{MsgId::list_covers, "covers: {0}", "nội dung: {0}"},
    MessageEntry{MsgId::list_covers_own, "the sender's own tasks",
                 "các nhiệm vụ của đơn vị báo cáo"},
    MessageEntry{MsgId::list_covers_all, "every task", "tất cả nhiệm vụ"},
    MessageEntry{MsgId::list_empty, "The plan names none.", "Kế hoạch không nêu mục nào."},
};

} // namespace plancheck
