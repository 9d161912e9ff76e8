#include "render/memo_text.hpp"

#include "model/message.hpp"
#include "render/count_noun.hpp"
#include "render/matrix_cell_text.hpp"
#include "text/markdown_escape.hpp"
#include "text/one_line.hpp"
#include "text/text_layout.hpp"

#include <ostream>

namespace plancheck {
namespace {

constexpr std::array<MsgId, k_memo_group_count> k_group_words{
    MsgId::memo_on_time,  MsgId::memo_late,   MsgId::memo_incomplete,
    MsgId::memo_not_sent, MsgId::memo_waived, MsgId::memo_lapsed};

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : std::string(separator)) + item;
  }
  return text;
}

// What the memo says of one agency after its name, in parentheses.
std::vector<std::string> particulars(const MemoLine& line, Lang lang) {
  std::vector<std::string> parts;
  const MatrixRow& row = *line.row;
  const MatrixCell& cell = *line.cell;
  if (row.ended) {
    parts.push_back(localize({MsgId::agency_until, {*row.ended}}, lang));
    if (row.successor != nullptr) {
      parts.push_back(localize({MsgId::memo_now_held_by, {one_line(row.successor->name)}}, lang));
    }
  }
  if (cell.report) {
    parts.push_back(localize(
        {MsgId::memo_report, {one_line(cell.report->number), cell.report->submitted}}, lang));
  }
  const auto days = [&](MsgId id) {
    parts.push_back(
        localize({id, {count_noun(static_cast<std::size_t>(*cell.days), Noun::day, lang)}}, lang));
  };
  if (cell.days && cell.status == Status::late) {
    days(MsgId::memo_days_late);
  } else if (cell.days && cell.status == Status::overdue) {
    days(MsgId::memo_overdue);
  } else if (cell.days && cell.status == Status::due_soon) {
    days(MsgId::memo_due_in);
  }
  if (cell.status == Status::incomplete && !cell.finding->missing_tasks.empty()) {
    parts.push_back(localize(
        {MsgId::memo_missing, {one_line(joined(cell.finding->missing_tasks, ", "))}}, lang));
  }
  return parts;
}

std::string lead(const MatrixColumn& column, Lang lang) {
  if (column.kind == ObligationKind::duty) {
    return localize(
        {MsgId::memo_duty_lead,
         {one_line(column.duty->title), column.period.value_or(column.year), column.due}},
        lang);
  }
  return localize(
      {MsgId::memo_task_lead, {one_line(column.id()), one_line(column.task->title), column.due}},
      lang);
}

// The groups of `entry` after its lead: "đã gửi đúng hạn: …; gửi trễ: …".
std::string groups_text(const MemoEntry& entry, Lang lang) {
  std::vector<std::string> groups;
  for (std::size_t g = 0; g < k_memo_group_count; ++g) {
    std::vector<std::string> names;
    for (const MemoLine& line : entry.groups.at(g)) {
      const std::vector<std::string> parts = particulars(line, lang);
      const std::string name = one_line(line.row->agency->name);
      names.push_back(parts.empty() ? name : name + " (" + joined(parts, ", ") + ")");
    }
    if (!names.empty()) {
      groups.push_back(localize({k_group_words.at(g), {joined(names, ", ")}}, lang));
    }
  }
  return joined(groups, "; ") + ".";
}

std::string heading(const Memo& memo, Lang lang) {
  const Plan& plan = *memo.matrix->plan;
  return localize(
      {MsgId::memo_heading, {one_line(plan_table_title(plan)), memo.year, memo.matrix->as_of}},
      lang);
}

} // namespace

std::string memo_paragraph(const MemoEntry& entry, Lang lang) {
  return lead(*entry.column, lang) + ": " + groups_text(entry, lang);
}

void render_memo_text(const std::vector<Memo>& memos, const TextOptions& options,
                      std::ostream& out) {
  const Lang lang = options.lang;
  for (std::size_t i = 0; i < memos.size(); ++i) {
    const Memo& memo = memos[i];
    out << (i == 0 ? "" : "\n");
    for (const std::string& line : wrap_words(heading(memo, lang), options.layout.width)) {
      out << options.style.paint(line, Color::bold) << '\n';
    }
    if (memo.entries.empty()) {
      out << '\n' << localize({MsgId::memo_none, {memo.year}}, lang) << '\n';
    }
    for (const MemoEntry& entry : memo.entries) {
      out << '\n';
      for (const std::string& line :
           wrap_words(memo_paragraph(entry, lang), options.layout.width)) {
        out << line << '\n';
      }
    }
  }
}

void render_memo_markdown(const std::vector<Memo>& memos, Lang lang, std::ostream& out) {
  for (std::size_t i = 0; i < memos.size(); ++i) {
    const Memo& memo = memos[i];
    out << (i == 0 ? "" : "\n") << "## " << markdown_cell(heading(memo, lang)) << '\n';
    if (memo.entries.empty()) {
      out << '\n' << markdown_cell(localize({MsgId::memo_none, {memo.year}}, lang)) << '\n';
    }
    for (const MemoEntry& entry : memo.entries) {
      out << "\n**" << markdown_cell(lead(*entry.column, lang)) << ":** "
          << markdown_cell(groups_text(entry, lang)) << '\n';
    }
  }
}

} // namespace plancheck
