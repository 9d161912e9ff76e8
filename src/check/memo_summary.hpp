#pragma once

#include "check/status_matrix.hpp"

#include <array>
#include <cstddef>
#include <vector>

namespace plancheck {

// How a memo sorts the agencies owing one instance, in the order it names them.
enum class MemoGroup { on_time, late, incomplete, not_sent, waived, lapsed };

// How many groups there are: the size of a table with one entry each.
inline constexpr std::size_t k_memo_group_count = 6;

// Return the group a status falls in: overdue, due soon and pending are all "not sent".
MemoGroup memo_group(Status status);

// One agency named in a memo: its row and its cell.
struct MemoLine {
  const MatrixRow* row = nullptr;
  const MatrixCell* cell = nullptr;
};

// The paragraph about one instance: the agencies owing it, by group, in row order.
struct MemoEntry {
  const MatrixColumn* column = nullptr;
  std::array<std::vector<MemoLine>, k_memo_group_count> groups;
};

// The memo of one plan for one year.
struct Memo {
  const StatusMatrix* matrix = nullptr;
  int year = 0;
  std::vector<MemoEntry> entries; // one per column of the year, in column order
};

// Return the memo of each of `matrices` for `year`; it points into them.
std::vector<Memo> build_memos(const std::vector<StatusMatrix>& matrices, int year);

} // namespace plancheck
