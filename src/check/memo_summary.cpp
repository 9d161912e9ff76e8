#include "check/memo_summary.hpp"

#include <algorithm>

namespace plancheck {

MemoGroup memo_group(Status status) {
  switch (status) {
  case Status::ok:
    return MemoGroup::on_time;
  case Status::late:
    return MemoGroup::late;
  case Status::incomplete:
    return MemoGroup::incomplete;
  case Status::waived:
    return MemoGroup::waived;
  case Status::lapsed:
    return MemoGroup::lapsed;
  case Status::overdue:
  case Status::due_soon:
  case Status::pending:
    break;
  }
  return MemoGroup::not_sent;
}

std::vector<Memo> build_memos(const std::vector<StatusMatrix>& matrices, int year) {
  std::vector<Memo> memos;
  for (const StatusMatrix& matrix : matrices) {
    Memo& memo = memos.emplace_back(Memo{&matrix, year, {}});
    const MatrixYear* part = find_year(matrix, year);
    if (part == nullptr) {
      continue;
    }
    for (std::size_t c = part->first; c < part->last; ++c) {
      MemoEntry& entry = memo.entries.emplace_back(MemoEntry{&matrix.columns[c], {}});
      for (const MatrixRow& row : matrix.rows) {
        if (const std::optional<MatrixCell>& cell = row.cells[c]) {
          entry.groups.at(static_cast<std::size_t>(memo_group(cell->status)))
              .push_back({&row, &*cell});
        }
      }
    }
  }
  return memos;
}

} // namespace plancheck
