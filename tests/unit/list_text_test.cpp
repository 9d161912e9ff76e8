#include "render/list_text.hpp"
#include "test_support.hpp"

#include <sstream>

using namespace plancheck;
using namespace plancheck::test;

namespace {

// so-a ends and passes its work to so-b, whose name holds what a terminal
// must not see: a tab, a C1 control (8-bit CSI) and a bidi override.
const std::string k_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh", short: "UBND"}
  so-a: {name: "Sở A", until: 2025-02-28, successor: so-b}
  so-b: {name: "Sở\tB \u009B2J\u202Eexe", since: 2025-03-01, email: [b@example.gov.vn]}
  so-c: {name: "Sở C", until: 2025-06-30}
groups:
  g: {name: "Nhóm", members: [so-a, so-c]}
tasks:
  - {id: T1, title: "Một\nhai", owners: [so-a], partners: [ubnd], due: {within: 2024-Q1}}
  - {id: T2, title: "Thường xuyên", owners: [g]}
duties:
  - {id: yearly, title: "Hằng năm", from: [so-a], to: [ubnd], via: ubnd, due: {every: year, before: {month: 12, day: 10}}}
  - {id: once, title: "Một lần", from: [so-c], to: [ubnd], due: {by: 2025-06-30}, covers: [T1, T2]}
)");

std::string rendered(const Fixture& fx, ListKind kind, Day as_of, Lang lang) {
  const ListResult result{kind, as_of, {list_plan(fx.plan(), as_of)}};
  std::ostringstream out;
  render_list_text(result, {lang, TerminalStyle(false), LineLayout{}}, out);
  return out.str();
}

} // namespace

TEST_CASE("render_list_text: agencies") {
  const Fixture fx(k_plan);
  SUBCASE("active, then ended with its last day and successor; names made safe") {
    // so-c owed its one-off report in 2025, before it ended.
    CHECK(rendered(fx, ListKind::agencies, day("2025-07-15"), Lang::en) ==
          "Plan test-plan · as of 2025-07-15 · Asia/Ho_Chi_Minh\n"
          "\n"
          "ACTIVE ON 2025-07-15 (2)\n"
          "  ubnd  UBND tỉnh (UBND)\n"
          "        no report owed for 2025\n"
          "  so-b  Sở B <U+009B>2J<U+202E>exe\n"
          "        since 2025-03-01\n"
          "        email: b@example.gov.vn\n"
          "        reports owed for 2025: yearly (before 10/12/2025)\n"
          "\n"
          "ENDED BEFORE 2025-07-15 (2)\n"
          "  so-a  Sở A\n"
          "        until 2025-02-28; successor: so-b\n"
          "  so-c  Sở C\n"
          "        until 2025-06-30; no successor\n"
          "        reports owed for 2025: once (by 30/06/2025)\n");
  }
  SUBCASE("in Vietnamese, with one not yet begun") {
    CHECK(rendered(fx, ListKind::agencies, day("2025-01-15"), Lang::vi) ==
          "Kế hoạch test-plan · tính đến ngày 15/01/2025 · Asia/Ho_Chi_Minh\n"
          "\n"
          "ĐANG HOẠT ĐỘNG NGÀY 15/01/2025 (3)\n"
          "  ubnd  UBND tỉnh (UBND)\n"
          "        không phải gửi báo cáo năm 2025\n"
          "  so-a  Sở A\n"
          "        đến hết 28/02/2025; đơn vị kế thừa: so-b\n"
          "        không phải gửi báo cáo năm 2025\n"
          "  so-c  Sở C\n"
          "        đến hết 30/06/2025\n"
          "        báo cáo phải gửi năm 2025: once (đến ngày 30/06/2025)\n"
          "\n"
          "CHƯA HOẠT ĐỘNG NGÀY 15/01/2025 (1)\n"
          "  so-b  Sở B <U+009B>2J<U+202E>exe\n"
          "        từ 01/03/2025\n"
          "        thư điện tử: b@example.gov.vn\n"
          "        báo cáo phải gửi năm 2025: yearly (trước ngày 10/12/2025)\n");
  }
}

TEST_CASE("render_list_text: groups, tasks and duties") {
  const Fixture fx(k_plan);
  SUBCASE("groups: as written, and who they mean on the day") {
    CHECK(rendered(fx, ListKind::groups, day("2025-07-15"), Lang::en) ==
          "Plan test-plan · as of 2025-07-15 · Asia/Ho_Chi_Minh\n"
          "\n"
          "GROUPS (1)\n"
          "  g  Nhóm\n"
          "     named in the plan: so-a, so-c\n"
          "     members on 2025-07-15: so-b\n");
  }
  SUBCASE("tasks: owners, partners, deadline in the plan's words; one line each") {
    CHECK(rendered(fx, ListKind::tasks, day("2025-07-15"), Lang::vi) ==
          "Kế hoạch test-plan · tính đến ngày 15/07/2025 · Asia/Ho_Chi_Minh\n"
          "\n"
          "NHIỆM VỤ (2)\n"
          "  T1  Một hai\n"
          "      chủ trì: so-a\n"
          "      phối hợp: ubnd\n"
          "      thời hạn: trong quý I/2024\n"
          "  T2  Thường xuyên\n"
          "      chủ trì: g\n"
          "      thời hạn: thường xuyên\n");
  }
  SUBCASE("duties: senders, recipients, via, deadline, coverage") {
    CHECK(rendered(fx, ListKind::duties, day("2025-07-15"), Lang::en) ==
          "Plan test-plan · as of 2025-07-15 · Asia/Ho_Chi_Minh\n"
          "\n"
          "DUTIES (2)\n"
          "  yearly  Hằng năm\n"
          "          from: so-a\n"
          "          to: ubnd\n"
          "          via: ubnd\n"
          "          deadline: every year; for 2025: before 10/12/2025\n"
          "          covers: the sender's own tasks\n"
          "  once    Một lần\n"
          "          from: so-c\n"
          "          to: ubnd\n"
          "          deadline: by 30/06/2025\n"
          "          covers: T1, T2\n");
  }
  SUBCASE("a year with no instance of a yearly duty") {
    CHECK(rendered(fx, ListKind::duties, day("2031-01-05"), Lang::en)
              .find("deadline: every year; none for 2031\n") != std::string::npos);
  }
  SUBCASE("a plan that names none") {
    const Fixture bare(plan_text("agencies:\n  ubnd: {name: UBND}\ntasks:\n"
                                 "  - {id: T1, title: T, owners: [ubnd]}\n"));
    CHECK(rendered(bare, ListKind::groups, day("2025-07-15"), Lang::en) ==
          "Plan test-plan · as of 2025-07-15 · Asia/Ho_Chi_Minh\n"
          "\n"
          "GROUPS (0)\n"
          "  The plan names none.\n");
  }
}
