#include "render/finding_details.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

Finding finding(Status status) {
  Finding f;
  f.status = status;
  f.days = 5;
  f.missing_tasks = {"II.1.b", "IV.5"};
  return f;
}

} // namespace

TEST_CASE("details_text says what an unfulfilled row still owes") {
  SUBCASE("overdue or due soon: what it must cover") {
    CHECK(details_text(finding(Status::overdue), Lang::vi) == "cần báo cáo: II.1.b, IV.5");
    CHECK(details_text(finding(Status::due_soon), Lang::en) == "must cover: II.1.b, IV.5");
  }
  SUBCASE("incomplete: the report that came, and what it lacks") {
    Finding f = finding(Status::incomplete);
    f.latest_report = ReportCitation{"145/BC-STNMT", day("2024-12-06")};
    CHECK(details_text(f, Lang::vi) ==
          "Báo cáo số 145/BC-STNMT ngày 06/12/2024 chưa đầy đủ, còn thiếu: II.1.b, IV.5");
    CHECK(details_text(f, Lang::en) ==
          "report 145/BC-STNMT of 2024-12-06 is incomplete, missing: II.1.b, IV.5");
  }
  SUBCASE("a task in progress says so") {
    Finding f = finding(Status::overdue);
    f.missing_tasks.clear();
    f.in_progress = ReportCitation{"12/BC\nX", day("2024-06-01")};
    CHECK(details_text(f, Lang::vi) == "đang thực hiện, theo Báo cáo số 12/BC X ngày 01/06/2024");
  }
  SUBCASE("fulfilled, pending, or nothing to cover: nothing") {
    CHECK(details_text(finding(Status::late), Lang::vi).empty());
    CHECK(details_text(finding(Status::pending), Lang::vi).empty());
    Finding f = finding(Status::overdue);
    f.missing_tasks.clear();
    CHECK(details_text(f, Lang::vi).empty());
  }
}

TEST_CASE("row_days_text counts an incomplete row from its report") {
  Finding f = finding(Status::incomplete);
  f.latest_report = ReportCitation{"145/BC-STNMT", day("2024-12-06")};
  f.days_since_report = 722;
  CHECK(row_days_text(f, Lang::vi) == "đã báo cáo cách đây 722 ngày");
  CHECK(row_days_text(f, Lang::en) == "reported 722 days ago");
  f.days_since_report = 0;
  CHECK(row_days_text(f, Lang::vi) == "đã báo cáo hôm nay");
  CHECK(row_days_text(finding(Status::overdue), Lang::vi) == "quá hạn 5 ngày");
  f.days = -9; // before the deadline, the days left say more
  CHECK(row_days_text(f, Lang::vi) == "còn 9 ngày");
}
