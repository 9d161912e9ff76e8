// The memo: the agencies owing each instance of a year, by group.

#include "check/memo_summary.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

const std::string k_memo_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
  so-b: {name: "Sở B"}
  so-c: {name: "Sở C"}
tasks:
  - {id: T1, title: "Chung", owners: [so-a]}
duties:
  - {id: d1, title: "Hằng năm", from: [so-a, so-b, so-c], to: [ubnd], due: {every: year, by: {month: 6, day: 30}}}
)",
                                          "2024-01-01", "2025-12-31");

std::vector<std::string> group_ids(const MemoEntry& entry, MemoGroup group) {
  std::vector<std::string> ids;
  for (const MemoLine& line : entry.groups.at(static_cast<std::size_t>(group))) {
    ids.push_back(line.row->agency->id.value);
  }
  return ids;
}

} // namespace

TEST_CASE("memo: memo_group") {
  CHECK(memo_group(Status::ok) == MemoGroup::on_time);
  CHECK(memo_group(Status::late) == MemoGroup::late);
  CHECK(memo_group(Status::incomplete) == MemoGroup::incomplete);
  CHECK(memo_group(Status::overdue) == MemoGroup::not_sent);
  CHECK(memo_group(Status::due_soon) == MemoGroup::not_sent);
  CHECK(memo_group(Status::pending) == MemoGroup::not_sent);
  CHECK(memo_group(Status::waived) == MemoGroup::waived);
  CHECK(memo_group(Status::lapsed) == MemoGroup::lapsed);
}

TEST_CASE("memo: build_memos keeps the year asked for and groups its agencies") {
  Fixture fx(k_memo_plan);
  fx.report("a.yaml", report_text("so-a", "2025-06-01",
                                  "duty: d1\nperiod: 2025\ntasks:\n  T1: {status: done}\n"));
  fx.report("c.yaml", report_text("so-c", "2025-07-02", "duty: d1\nperiod: 2025\n"));
  const CheckResult result = fx.check(day("2025-08-01"));
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  const std::vector<Memo> memos = build_memos(matrices, 2025);
  REQUIRE(memos.size() == 1);
  CHECK(memos.front().year == 2025);
  REQUIRE(memos.front().entries.size() == 1);
  const MemoEntry& entry = memos.front().entries.front();
  CHECK(entry.column->period == 2025);
  CHECK(group_ids(entry, MemoGroup::on_time) == std::vector<std::string>{"so-a"});
  CHECK(group_ids(entry, MemoGroup::late) == std::vector<std::string>{"so-c"});
  CHECK(group_ids(entry, MemoGroup::not_sent) == std::vector<std::string>{"so-b"});
  CHECK(group_ids(entry, MemoGroup::incomplete).empty());
  CHECK(build_memos(matrices, 2023).front().entries.empty());
}
