#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of `plancheck matrix` and `plancheck memo`, their help included, in enum order.
inline constexpr std::array k_matrix_messages{
    MessageEntry{MsgId::help_matrix,
                 "Show where every agency stands on every obligation, a table by year for "
                 "leadership",
                 "Bảng tình hình thực hiện của từng đơn vị theo từng nghĩa vụ, mỗi năm một bảng, "
                 "để báo cáo lãnh đạo"},
    MessageEntry{MsgId::help_matrix_format,
                 "Output: {0}, to standard output or to\nPATH with FORMAT=PATH, a regular file "
                 "outside the plan folders; repeatable\n(default: {1})",
                 "Kết quả: {0}, ra đầu ra chuẩn hoặc vào\nPATH với FORMAT=PATH, một tệp thông "
                 "thường ngoài thư mục kế hoạch; lặp lại được\n(mặc định: {1})"},
    MessageEntry{MsgId::matrix_heading, "{0}: where each agency stands as of {1}",
                 "{0}: tình hình thực hiện đến ngày {1}"},
    MessageEntry{MsgId::matrix_year, "Year {0}", "Năm {0}"},
    MessageEntry{MsgId::matrix_agency, "Agency", "Đơn vị"},
    MessageEntry{MsgId::matrix_columns, "Columns", "Các cột"},
    MessageEntry{MsgId::matrix_column_key, "{0}: {1} (due {2})", "{0}: {1} (hạn {2})"},
    MessageEntry{MsgId::matrix_legend,
                 "Legend: {0} on time, {1}+N sent N days late, {2} incomplete ({2}N: N days past "
                 "the deadline), {3}N overdue by N days, {4}N due in N days, {5} not due yet, {6} "
                 "waived, {7} lapsed (ended with no successor), blank: not owed; a report is "
                 "shown by its number and the day it was sent.",
                 "Chú giải: {0} đúng hạn, {1}+N gửi trễ N ngày, {2} chưa đầy đủ ({2}N: quá hạn N "
                 "ngày), {3}N quá hạn N ngày, {4}N còn N ngày đến hạn, {5} chưa đến hạn, {6} được "
                 "miễn, {7} không còn đơn vị thực hiện, để trống: không phải thực hiện; báo cáo "
                 "ghi số và ngày gửi."},
    MessageEntry{MsgId::matrix_empty, "Nothing is owed in the selection.",
                 "Không có nghĩa vụ nào trong phạm vi đã chọn."},
    MessageEntry{MsgId::matrix_as_of, "As of {0}", "Tính đến ngày {0}"},
    MessageEntry{MsgId::matrix_tip_due, "Due: {0}", "Hạn: {0}"},
    MessageEntry{MsgId::matrix_tip_file, "Report file: {0}", "Tệp báo cáo: {0}"},
    MessageEntry{MsgId::matrix_tip_number, "Number: {0}", "Số báo cáo: {0}"},
    MessageEntry{MsgId::matrix_tip_submitted, "Sent on: {0}", "Ngày gửi: {0}"},
    MessageEntry{MsgId::matrix_tip_fulfilled, "Fulfilled on: {0}", "Ngày hoàn thành: {0}"},
    MessageEntry{MsgId::matrix_totals, "Totals", "Tổng hợp"},
    MessageEntry{MsgId::matrix_plan_number, "Plan no. {0}", "Kế hoạch số {0}"},
    MessageEntry{MsgId::matrix_sheet_detail_note,
                 "One row per finding, as check --format json gives it; dates are dates.",
                 "Mỗi dòng là một kết quả kiểm tra, như check --format json; ngày là kiểu ngày."},
    MessageEntry{MsgId::help_memo,
                 "Write the paragraph a report to the committee quotes: who sent what on time, "
                 "late, incomplete or not at all, for one year",
                 "Viết đoạn văn để đưa vào báo cáo gửi UBND: đơn vị nào đã gửi đúng hạn, gửi trễ, "
                 "chưa đầy đủ hoặc chưa gửi, trong một năm"},
    MessageEntry{MsgId::help_memo_format,
                 "Output: {0}, to standard output or to\nPATH with FORMAT=PATH, a regular file "
                 "outside the plan folders; repeatable\n(default: text); --year chooses the year "
                 "(default: the as-of day's)",
                 "Kết quả: {0}, ra đầu ra chuẩn hoặc vào\nPATH với FORMAT=PATH, một tệp thông "
                 "thường ngoài thư mục kế hoạch; lặp lại được\n(mặc định: text); --year chọn năm "
                 "(mặc định: năm của ngày kiểm tra)"},
    MessageEntry{MsgId::memo_heading, "{0}: the year {1}, as of {2}",
                 "{0}: kết quả năm {1}, tính đến ngày {2}"},
    MessageEntry{MsgId::memo_duty_lead, "{0}, {1} (due {2})", "{0} năm {1} (hạn {2})"},
    MessageEntry{MsgId::memo_task_lead, "Task {0}: {1} (due {2})", "Nhiệm vụ {0}: {1} (hạn {2})"},
    MessageEntry{MsgId::memo_on_time, "sent on time: {0}", "đã gửi đúng hạn: {0}"},
    MessageEntry{MsgId::memo_late, "sent late: {0}", "gửi trễ: {0}"},
    MessageEntry{MsgId::memo_incomplete, "incomplete: {0}", "chưa đầy đủ: {0}"},
    MessageEntry{MsgId::memo_not_sent, "not sent: {0}", "chưa gửi: {0}"},
    MessageEntry{MsgId::memo_waived, "waived: {0}", "được miễn: {0}"},
    MessageEntry{MsgId::memo_lapsed, "no longer owed, the body having ended: {0}",
                 "không còn đơn vị thực hiện: {0}"},
    MessageEntry{MsgId::memo_report, "no. {0} of {1}", "số {0} ngày {1}"},
    MessageEntry{MsgId::memo_days_late, "{0} late", "trễ {0}"},
    MessageEntry{MsgId::memo_missing, "missing {0}", "còn thiếu {0}"},
    MessageEntry{MsgId::memo_overdue, "overdue by {0}", "quá hạn {0}"},
    MessageEntry{MsgId::memo_due_in, "due in {0}", "còn {0}"},
    MessageEntry{MsgId::memo_now_held_by, "now {0}", "nay là {0}"},
    MessageEntry{MsgId::memo_none, "Nothing is owed in {0} in the selection.",
                 "Không có nghĩa vụ nào của năm {0} trong phạm vi đã chọn."},
    MessageEntry{MsgId::help_site,
                 "Write a static web site: every plan's matrix and totals, a page per agency and "
                 "the Excel workbook, replacing the folder whole",
                 "Ghi một trang web tĩnh: ma trận và số liệu tổng hợp của từng kế hoạch, mỗi đơn "
                 "vị một trang và bảng tính Excel, thay cả thư mục một lần"},
    MessageEntry{MsgId::help_site_output,
                 "The folder to write (required): a new one, or one plancheck site wrote before, "
                 "which is replaced whole",
                 "Thư mục để ghi (bắt buộc): thư mục mới, hoặc thư mục do plancheck site đã ghi "
                 "trước đó, được thay cả thư mục"},
    MessageEntry{MsgId::site_not_ours,
                 "not replaced: it is not empty and plancheck site did not write it (it has no "
                 "{0}); name a new folder with --output",
                 "không thay: thư mục không trống và không do plancheck site ghi (không có {0}); "
                 "hãy chọn thư mục mới với --output"},
    MessageEntry{MsgId::site_not_folder, "not a folder; --output names the folder to write",
                 "không phải thư mục; --output là thư mục để ghi"},
    MessageEntry{MsgId::site_index_title, "Implementation of the plans as of {0}",
                 "Tình hình thực hiện kế hoạch đến ngày {0}"},
    MessageEntry{MsgId::site_workbook_link, "Excel workbook: matrix, details, legend",
                 "Bảng tính Excel: ma trận, chi tiết, chú giải"},
    MessageEntry{MsgId::site_back, "All plans", "Trang chung"},
    MessageEntry{MsgId::site_agency_heading, "{0}: what it owes", "{0}: các việc phải thực hiện"},
    MessageEntry{MsgId::site_agency_plan, "{0}, as of {1}", "{0}, tính đến ngày {1}"},
    MessageEntry{MsgId::site_col_what, "Obligation", "Nội dung"},
    MessageEntry{MsgId::site_col_deadline, "Deadline", "Thời hạn"},
    MessageEntry{MsgId::site_col_status, "Status", "Tình trạng"},
    MessageEntry{MsgId::site_col_days, "Days", "Số ngày"},
    MessageEntry{MsgId::site_col_details, "What it must cover, what came",
                 "Nội dung cần báo cáo, báo cáo đã gửi"},
    MessageEntry{MsgId::site_col_reports, "Reports", "Báo cáo"},
    MessageEntry{MsgId::site_nothing_owed, "Nothing is owed in the selection.",
                 "Không có việc nào trong phạm vi đã chọn."},
    // CLI11's mark of a required argument in --help.
    MessageEntry{MsgId::help_required_badge, "REQUIRED", "BẮT BUỘC"},
};

} // namespace plancheck
