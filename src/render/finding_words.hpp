#pragma once

#include "check/finding.hpp"
#include "render/deadline_wording.hpp"
#include "render/terminal_style.hpp"

#include <string>
#include <string_view>

namespace plancheck {

// The words every human-readable rendering of a finding uses, in one place so
// that the terminal, CI annotations and summaries say the same thing.

// Return a status as a word: "overdue", "quá hạn".
std::string_view status_name(Status status, Lang lang);

// Return a status as a heading: "OVERDUE", "QUÁ HẠN".
std::string heading(Status status, Lang lang);

// Return the color a status is shown in on a terminal.
Color status_color(Status status);

// Return how far past or before the deadline a finding is: "354 days overdue".
std::string days_text(const Finding& f, Lang lang);

// Return what is owed: the task id and title, or the duty title and its
// year, the title cut at a word (see cut_at_word) to `max_width` columns
// with the year always shown.
std::string what_text(const Finding& f, Lang lang, std::size_t max_width);

// Return the deadline in the plan's own words, "trước 10/12/2025", or as a
// decision extended it: "gia hạn đến 31/12/2025 theo 456/UBND-TH", or as the
// calendar moved it: "trước 10/12/2028 → 11/12/2028 (ngày làm việc kế tiếp)".
std::string deadline_text(const Finding& f, Lang lang, DayWord words = DayWord::bare);

// Return a finding as one line for CI annotations and test reports:
// "AGENCY: WHAT (DEADLINE): DAYS", with the missing tasks when there are any.
std::string finding_summary(const Finding& f, Lang lang);

// Return, for a waived finding, the decision and its reason: "miễn theo
// 300/UBND-KGVX: ..."; empty for any other.
std::string waiver_text(const Finding& f, Lang lang);

// Return, for a duty a request added, the request it answers: "theo yêu
// cầu tại văn bản số 1234/UBND-KGVX ngày 02/06/2025"; empty for any other.
std::string request_text(const Finding& f, Lang lang);

// Return the duty's covered tasks not yet reported: "missing: T1, T2".
std::string missing_text(const Finding& f, Lang lang);

// Return the name to show for an agency: its short name, else its name.
std::string agency_text(const Agency& agency);

// Return who owes a finding, as its agency column shows it: the agency,
// marked when it has ended ("Sở TT&TT (đến 28/02/2025)"), and who answers
// for it now when the work passed on ("... → Sở KH&CN Đồng Nai").
std::string owing_text(const Finding& f, Lang lang);

} // namespace plancheck
