#pragma once

#include "check/memo_summary.hpp"
#include "render/check_text.hpp"

#include <iosfwd>
#include <vector>

namespace plancheck {

// Return the paragraph of one instance: "Báo cáo … năm 2026 (hạn 09/12/2026):
// đã gửi đúng hạn: Sở Y tế (số 312/BC-SYT ngày 05/12/2026); gửi trễ: …;
// chưa đầy đủ: … (còn thiếu …); chưa gửi: …." Agencies by full name, an
// ended body with its last day and who holds its work now; every piece on
// one line (see one_line).
std::string memo_paragraph(const MemoEntry& entry, Lang lang);

// Write `memos` for pasting into a report: for each plan a heading line,
// then one paragraph per instance, wrapped to `options.layout.width`.
void render_memo_text(const std::vector<Memo>& memos, const TextOptions& options,
                      std::ostream& out);

// Write `memos` as Markdown: a heading per plan and a paragraph per
// instance, its lead in bold, every name inert (see markdown_cell).
void render_memo_markdown(const std::vector<Memo>& memos, Lang lang, std::ostream& out);

} // namespace plancheck
