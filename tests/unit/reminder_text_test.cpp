// The words of a reminder: subject, the letter to an agency, and the digest.

#include "notify/reminder_text.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

// On 2025-06-23: so-a owes T1 (due in 7 days, a lead time) and T2 (overdue
// since 2025-06-16, a repeat day), and the report `interim` covering T1 and
// T2 (due in 7 days). The contact agency, so-khcn, ended on 2025-06-30 and
// passes to dn-so-khcn.
std::string letter_plan(std::string_view header) {
  return plan_text(std::string(header) + R"(agencies:
  ubnd: {name: "UBND tỉnh Bình Phước"}
  so-khcn: {name: "Sở Khoa học và Công nghệ", until: 2025-06-30, successor: dn-so-khcn}
  dn-so-khcn: {name: "Sở Khoa học và Công nghệ tỉnh Đồng Nai", since: 2025-07-01}
  so-a: {name: "Sở A", email: a@example.gov.vn}
tasks:
  - {id: T1, title: "Rà soát danh mục", owners: [so-a], due: {by: 2025-06-30}}
  - {id: T2, title: "Tập huấn cán bộ về công nghệ sinh học", owners: [so-a], due: {by: 2025-06-15}}
  - {id: T3, title: "Việc của Sở KH&CN", owners: [so-khcn]}
duties:
  - {id: interim, title: "Báo cáo sơ kết", from: [so-a], to: [ubnd], due: {before: 2025-07-01}, covers: [T1, T2]}
)");
}

const std::string k_contact = R"(short_title: "Kế hoạch CNSH"
number: "12/KH-UBND"
issued: 2024-03-04
contact:
  agency: so-khcn
  name: "Phòng Quản lý khoa học"
  phone: "0271 3879 123"
  email: khcn@example.gov.vn
  submit: "qua Hệ thống quản lý văn bản và điều hành"
)";

// The agency's group of items on `as_of`.
AgencyItems items_of(const CheckResult& result, std::string_view agency) {
  for (AgencyItems& group : group_by_agency(result, {})) {
    if (group.agency->id.value == agency) {
      return group;
    }
  }
  FAIL("no items for ", std::string(agency));
  return {};
}

} // namespace

TEST_CASE("reminder_subject names the plan by its short title, else number, else title") {
  SUBCASE("short title, over the number") {
    const Fixture fx(letter_plan(k_contact));
    const CheckResult result = fx.check(day("2025-06-23"));
    const AgencyItems a = items_of(result, "so-a");
    CHECK(reminder_subject(a, Lang::vi) ==
          "[Nhắc việc] Kế hoạch CNSH: 1 việc quá hạn, 2 việc sắp đến hạn");
    CHECK(reminder_subject(a, Lang::en) ==
          "[Reminder] Kế hoạch CNSH: 1 item overdue, 2 items due soon");
  }
  SUBCASE("number") {
    const Fixture fx(letter_plan("number: \"12/KH-UBND\"\n"));
    const CheckResult result = fx.check(day("2025-06-23"));
    const AgencyItems a = items_of(result, "so-a");
    CHECK(reminder_subject(a, Lang::vi) ==
          "[Nhắc việc] Kế hoạch số 12/KH-UBND: 1 việc quá hạn, 2 việc sắp đến hạn");
    CHECK(reminder_subject(a, Lang::en) ==
          "[Reminder] Plan No. 12/KH-UBND: 1 item overdue, 2 items due soon");
  }
  SUBCASE("title") {
    const Fixture fx(letter_plan(""));
    const CheckResult result = fx.check(day("2025-06-23"));
    CHECK(reminder_subject(items_of(result, "so-a"), Lang::vi) ==
          "[Nhắc việc] Test plan: 1 việc quá hạn, 2 việc sắp đến hạn");
  }
}

TEST_CASE("reminder_body is a letter: Vietnamese, with every contact detail") {
  const Fixture fx(letter_plan(k_contact));
  const CheckResult result = fx.check(day("2025-06-23"));
  CHECK(reminder_body(items_of(result, "so-a"), Lang::vi) == R"(Kính gửi: Sở A.

Thực hiện Kế hoạch số 12/KH-UBND ngày 04/03/2024 của UBND tỉnh Bình Phước, đề nghị Quý cơ quan gửi các báo cáo và hoàn thành các nhiệm vụ sau đây; đối với các nội dung đã quá hạn, đề nghị khẩn trương thực hiện.

1. T2 Tập huấn cán bộ về công nghệ sinh học
   Thời hạn: đến ngày 15/06/2025; đã quá hạn 8 ngày.

2. T1 Rà soát danh mục
   Thời hạn: đến ngày 30/06/2025; còn 7 ngày.

3. Báo cáo sơ kết
   Thời hạn: trước ngày 01/07/2025 (hạn cuối: 30/06/2025); còn 7 ngày.
   Báo cáo kết quả thực hiện các nhiệm vụ:
   - T1 Rà soát danh mục
   - T2 Tập huấn cán bộ về công nghệ sinh học

Đề nghị gửi báo cáo qua Hệ thống quản lý văn bản và điều hành.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Quản lý khoa học, Sở Khoa học và Công nghệ (điện thoại: 0271 3879 123, thư điện tử: khcn@example.gov.vn) để được hướng dẫn.

Trân trọng./.

Sở Khoa học và Công nghệ

--
Thư này do plancheck gửi tự động; thư trả lời sẽ được chuyển đến khcn@example.gov.vn.
)");
}

TEST_CASE("reminder_body is a letter: English") {
  const Fixture fx(letter_plan(k_contact));
  const CheckResult result = fx.check(day("2025-06-23"));
  CHECK(reminder_body(items_of(result, "so-a"), Lang::en) == R"(To: Sở A.

Under Plan No. 12/KH-UBND dated 2024-03-04 of UBND tỉnh Bình Phước, you are requested to send the reports and complete the tasks below; please see to anything already overdue without delay.

1. T2 Tập huấn cán bộ về công nghệ sinh học
   Deadline: by 15/06/2025; 8 days overdue.

2. T1 Rà soát danh mục
   Deadline: by 30/06/2025; 7 days left.

3. Báo cáo sơ kết
   Deadline: before 01/07/2025 (last day: 2025-06-30); 7 days left.
   The report covers these tasks:
   - T1 Rà soát danh mục
   - T2 Tập huấn cán bộ về công nghệ sinh học

How to send reports: qua Hệ thống quản lý văn bản và điều hành.
If you have any questions, please contact Phòng Quản lý khoa học, Sở Khoa học và Công nghệ (phone: 0271 3879 123, email: khcn@example.gov.vn).

Yours faithfully,

Sở Khoa học và Công nghệ

--
This message was sent automatically by plancheck; replies go to khcn@example.gov.vn.
)");
}

TEST_CASE("reminder_body is a letter") {
  SUBCASE("no contact: the issuer signs, and nobody is to reply") {
    const Fixture fx(letter_plan(""));
    const CheckResult result = fx.check(day("2025-06-23"));
    CHECK(reminder_body(items_of(result, "so-a"), Lang::vi) == R"(Kính gửi: Sở A.

Thực hiện Test plan của UBND tỉnh Bình Phước, đề nghị Quý cơ quan gửi các báo cáo và hoàn thành các nhiệm vụ sau đây; đối với các nội dung đã quá hạn, đề nghị khẩn trương thực hiện.

1. T2 Tập huấn cán bộ về công nghệ sinh học
   Thời hạn: đến ngày 15/06/2025; đã quá hạn 8 ngày.

2. T1 Rà soát danh mục
   Thời hạn: đến ngày 30/06/2025; còn 7 ngày.

3. Báo cáo sơ kết
   Thời hạn: trước ngày 01/07/2025 (hạn cuối: 30/06/2025); còn 7 ngày.
   Báo cáo kết quả thực hiện các nhiệm vụ:
   - T1 Rà soát danh mục
   - T2 Tập huấn cán bộ về công nghệ sinh học

Trân trọng./.

UBND tỉnh Bình Phước

--
Thư này do plancheck gửi tự động, vui lòng không trả lời.
)");
  }
  SUBCASE("after the contact agency ended, its successor signs") {
    const Fixture fx(letter_plan(k_contact));
    const CheckResult result = fx.check(day("2025-07-07"));
    const std::string body = reminder_body(items_of(result, "so-a"), Lang::vi);
    CHECK(body.find("liên hệ Phòng Quản lý khoa học, Sở Khoa học và Công nghệ tỉnh Đồng Nai (") !=
          std::string::npos);
    CHECK(body.ends_with("Trân trọng./.\n\nSở Khoa học và Công nghệ tỉnh Đồng Nai\n\n--\n"
                         "Thư này do plancheck gửi tự động; thư trả lời sẽ được chuyển đến "
                         "khcn@example.gov.vn.\n"));
  }
  SUBCASE("only reports due, none overdue") {
    const Fixture fx(letter_plan(""));
    const CheckResult result = fx.check(day("2025-06-23"));
    AgencyItems a = items_of(result, "so-a");
    a.items.erase(a.items.begin(), a.items.end() - 1);
    REQUIRE(a.items.front()->obligation.kind == ObligationKind::duty);
    CHECK(reminder_body(a, Lang::vi)
              .find("đề nghị Quý cơ quan gửi các báo cáo sau đây, "
                    "bảo đảm đúng thời hạn.\n") != std::string::npos);
    CHECK(reminder_body(a, Lang::en)
              .find("you are requested to send the reports below by their "
                    "deadlines.\n") != std::string::npos);
  }
}

TEST_CASE("digest_body lists every agency's items in full") {
  const Fixture fx(letter_plan(k_contact));
  const CheckResult result = fx.check(day("2025-06-23"));
  const std::vector<AgencyItems> groups = group_by_agency(result, {});
  CHECK(digest_subject(groups, Lang::vi) ==
        "[Nhắc việc – Tổng hợp] Kế hoạch CNSH: 1 việc quá hạn, 2 việc sắp đến hạn");
  CHECK(
      digest_body(groups, result.as_of, 90, Lang::vi) ==
      R"(Tổng hợp các nội dung cần đôn đốc thực hiện Kế hoạch số 12/KH-UBND ngày 04/03/2024 của UBND tỉnh Bình Phước, tính đến ngày 23/06/2025, theo từng đơn vị:

1. Sở A (so-a): 1 việc quá hạn, 2 việc sắp đến hạn

1.1. T2 Tập huấn cán bộ về công nghệ sinh học
     Thời hạn: đến ngày 15/06/2025; đã quá hạn 8 ngày.

1.2. T1 Rà soát danh mục
     Thời hạn: đến ngày 30/06/2025; còn 7 ngày.

1.3. Báo cáo sơ kết
     Thời hạn: trước ngày 01/07/2025 (hạn cuối: 30/06/2025); còn 7 ngày.
     Báo cáo kết quả thực hiện các nhiệm vụ:
     - T1 Rà soát danh mục
     - T2 Tập huấn cán bộ về công nghệ sinh học

--
Thư này do plancheck gửi tự động, vui lòng không trả lời.
)");
}

TEST_CASE("an incomplete report: the agency is asked to add, the coordinators told what lacks") {
  // so-a's interim report of 2025-06-16 lists T1 only; 7 days later is a repeat day.
  Fixture fx(letter_plan(""));
  fx.report("so-a.yaml", report_text("so-a", "2025-06-16",
                                     "duty: interim\ntasks:\n  T1: {status: in-progress}\n"));
  const CheckResult result = fx.check(day("2025-06-23"));
  const AgencyItems a = items_of(result, "so-a");
  const std::string missing = "   - T2 Tập huấn cán bộ về công nghệ sinh học\n";
  CHECK(reminder_body(a, Lang::vi)
            .find("2. Báo cáo sơ kết\n"
                  "   Thời hạn: trước ngày 01/07/2025 (hạn cuối: 30/06/2025); "
                  "còn 7 ngày.\n"
                  "   Báo cáo đã gửi chưa đầy đủ; đề nghị báo cáo bổ sung kết quả thực "
                  "hiện các nhiệm vụ sau:\n" +
                  missing + "\n") != std::string::npos);
  CHECK(reminder_body(a, Lang::en)
            .find("   The report sent is incomplete; please add these "
                  "tasks:\n" +
                  missing) != std::string::npos);
  const std::vector<AgencyItems> groups = group_by_agency(result, {});
  CHECK(digest_body(groups, result.as_of, 90, Lang::vi)
            .find("     Báo cáo đã gửi chưa đầy đủ, chưa báo cáo các nhiệm vụ:\n  " + missing) !=
        std::string::npos);
  CHECK(digest_body(groups, result.as_of, 90, Lang::en)
            .find("     The report sent is incomplete; these tasks are missing:\n  " + missing) !=
        std::string::npos);
}
