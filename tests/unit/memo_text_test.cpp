// The memo's paragraph: groups in order, particulars in parentheses, both languages.

#include "render/memo_text.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

const std::string k_memo_text_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
  so-b: {name: "Sở B"}
  so-old: {name: "Sở Cũ", until: 2025-03-31, successor: so-c}
  so-c: {name: "Sở C", since: 2025-04-01}
tasks:
  - {id: T1, title: "Chung", owners: [so-a]}
duties:
  - {id: d1, title: "Báo cáo năm", from: [so-a, so-b, so-old], to: [ubnd], due: {every: year, by: {month: 3, day: 1}}}
)",
                                               "2025-01-01", "2025-12-31");

} // namespace

TEST_CASE("memo text: memo_paragraph") {
  Fixture fx(k_memo_text_plan);
  fx.report("a.yaml", report_text("so-a", "2025-03-04", "duty: d1\nperiod: 2025\n", "7/BC-SA"));
  const CheckResult result = fx.check(day("2025-05-01"));
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  const std::vector<Memo> memos = build_memos(matrices, 2025);
  REQUIRE(memos.front().entries.size() == 1);
  const MemoEntry& entry = memos.front().entries.front();
  CHECK(memo_paragraph(entry, Lang::vi) ==
        "Báo cáo năm năm 2025 (hạn 01/03/2025): chưa đầy đủ: Sở A (số 7/BC-SA ngày 04/03/2025, "
        "còn thiếu T1); chưa gửi: Sở B (quá hạn 61 ngày), Sở Cũ (đến hết 31/03/2025, nay "
        "là Sở C, quá hạn 61 ngày).");
  CHECK(memo_paragraph(entry, Lang::en) ==
        "Báo cáo năm, 2025 (due 2025-03-01): incomplete: Sở A (no. 7/BC-SA of 2025-03-04, "
        "missing T1); not sent: Sở B (overdue by 61 days), Sở Cũ (until 2025-03-31, now "
        "Sở C, overdue by 61 days).");
}
