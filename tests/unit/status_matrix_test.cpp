// The status matrix: its rows, its columns and what each cell says.

#include "check/status_matrix.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

// Names that sort differently in Vietnamese and by bytes (Đ after D, Ă after
// A); so-old ends and passes its work to so-d; so-gone ends with no successor.
const std::string k_rows = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-e: {name: "Sở Ê"}
  so-dd: {name: "Sở Đông"}
  so-d: {name: "Sở Dương"}
  so-aw: {name: "Sở Ăn"}
  so-a: {name: "Sở An"}
  so-old: {name: "Sở Cũ", until: 2025-02-28, successor: so-d}
  so-older: {name: "Sở Cổ", until: 2024-12-31, successor: so-old}
  so-gone: {name: "Ban Giải thể", until: 2025-06-30}
tasks:
  - {id: T1, title: "Mọi sở", owners: [so-e, so-dd, so-aw, so-a, so-gone], due: {by: 2024-06-30}}
  - {id: T2, title: "Sở cũ", owners: [so-old, so-older], due: {by: 2024-06-30}}
)",
                                     "2024-01-01", "2025-12-31");

// One agency, every status but waived on 2025-12-20.
const std::string k_cells = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A"}
  so-d: {name: "Sở D", until: 2025-06-30}
tasks:
  - {id: T-ok, title: "Đúng hạn", owners: [so-a], due: {by: 2025-06-30}}
  - {id: T-late, title: "Trễ", owners: [so-a], due: {by: 2025-06-30}}
  - {id: T-over, title: "Quá hạn", owners: [so-a], due: {by: 2025-06-30}}
  - {id: T-soon, title: "Sắp đến hạn", owners: [so-a], due: {by: 2025-12-31}}
  - {id: T-next, title: "Năm sau", owners: [so-a], due: {by: 2026-03-31}}
  - {id: T-gone, title: "Sau giải thể", owners: [so-d], due: {by: 2025-06-15}}
duties:
  - {id: d1, title: "Hằng năm", from: [so-a], to: [ubnd], due: {every: year, by: {month: 12, day: 15}}}
)",
                                      "2025-01-01", "2026-12-31");

std::vector<std::string> row_names(const StatusMatrix& m) {
  std::vector<std::string> names;
  for (const MatrixRow& row : m.rows) {
    names.push_back(std::string(static_cast<std::size_t>(row.depth) * 2, ' ') + row.agency->name);
  }
  return names;
}

const MatrixCell& cell(const StatusMatrix& m, std::string_view agency, std::string_view column) {
  for (const MatrixRow& row : m.rows) {
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
      if (row.agency->id.value == agency && m.columns[c].id() == column) {
        REQUIRE(row.cells[c].has_value());
        return *row.cells[c];
      }
    }
  }
  FAIL("no cell ", std::string(agency), " ", std::string(column));
  throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("status matrix: rows in Vietnamese order, ended bodies under who holds their work") {
  Fixture fx(k_rows);
  const CheckResult result = fx.check(day("2025-12-01"));
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  REQUIRE(matrices.size() == 1);
  const StatusMatrix& m = matrices.front();
  CHECK(joined(row_names(m)) == joined({"Ban Giải thể", "Sở An", "Sở Ăn", "Sở Dương", "  Sở Cổ",
                                        "  Sở Cũ", "Sở Đông", "Sở Ê"}));
  SUBCASE("an ended body: its last day and its holder; a lapsed one stands alone") {
    const MatrixRow& older = m.rows.at(4);
    REQUIRE(older.ended.has_value());
    CHECK(iso(older.ended) == "2024-12-31");
    REQUIRE(older.successor != nullptr);
    CHECK(older.successor->id.value == "so-d");
    const MatrixRow& gone = m.rows.at(0);
    CHECK(gone.depth == 0);
    CHECK(iso(gone.ended) == "2025-06-30");
    CHECK(gone.successor == nullptr);
  }
  SUBCASE("a year shows a holder when a body under it owes something") {
    const MatrixYear* y2024 = find_year(m, 2024);
    REQUIRE(y2024 != nullptr);
    CHECK(std::find(y2024->rows.begin(), y2024->rows.end(), 3) != y2024->rows.end());
  }
  SUBCASE("the holder owes nothing itself: its cells are blank") {
    const MatrixRow& holder = m.rows.at(3);
    CHECK(holder.agency->id.value == "so-d");
    CHECK_FALSE(holder.ended.has_value());
    CHECK(std::none_of(holder.cells.begin(), holder.cells.end(),
                       [](const auto& c) { return c.has_value(); }));
  }
  SUBCASE("before the succession, nobody is placed under another") {
    const CheckResult early_result = fx.check(day("2024-12-01"));
    const std::vector<StatusMatrix> early = build_status_matrices(early_result);
    CHECK(joined(row_names(early.front())) ==
          joined({"Ban Giải thể", "Sở An", "Sở Ăn", "Sở Cổ", "Sở Cũ", "Sở Đông", "Sở Ê"}));
  }
}

TEST_CASE("status matrix: columns by year, then deadline") {
  Fixture fx(k_cells);
  const CheckResult result = fx.check(day("2025-12-20"));
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  const StatusMatrix& m = matrices.front();
  std::vector<std::string> ids;
  for (const MatrixColumn& c : m.columns) {
    ids.push_back(c.id() + "/" + std::to_string(c.year));
  }
  CHECK(joined(ids) == "T-gone/2025 T-late/2025 T-ok/2025 T-over/2025 d1/2025 T-soon/2025 "
                       "T-next/2026 d1/2026");
  REQUIRE(m.years.size() == 2);
  CHECK(m.years[0].year == 2025);
  CHECK(m.years[1].year == 2026);
  REQUIRE(find_year(m, 2026) != nullptr);
  CHECK(find_year(m, 2026)->first == 6);
  CHECK(find_year(m, 2026)->last == 8);
  CHECK(find_year(m, 2030) == nullptr);
  SUBCASE("a year shows the rows that owe in it: so-d owes nothing in 2026") {
    CHECK(find_year(m, 2025)->rows == std::vector<std::size_t>{0, 1});
    CHECK(find_year(m, 2026)->rows == std::vector<std::size_t>{0});
  }
}

TEST_CASE("status matrix: years_up_to") {
  Fixture fx(k_cells);
  CHECK(years_up_to({&fx.plan()}, day("2026-11-30")) == std::vector<int>{2025, 2026});
  CHECK(years_up_to({&fx.plan()}, day("2025-01-01")) == std::vector<int>{2025});
}

TEST_CASE("status matrix: each cell kind, its days and its report") {
  Fixture fx(k_cells);
  fx.report("ok.yaml",
            report_text("so-a", "2025-06-01", "tasks:\n  T-ok: {status: done}\n", "1/BC"));
  fx.report("late.yaml",
            report_text("so-a", "2025-07-12", "tasks:\n  T-late: {status: done}\n", "2/BC"));
  fx.report("d1.yaml",
            report_text("so-a", "2025-12-10",
                        "duty: d1\nperiod: 2025\ntasks:\n  T-ok: {status: done}\n", "3/BC"));
  const CheckResult result = fx.check(day("2025-12-20"));
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  const StatusMatrix& m = matrices.front();
  SUBCASE("on time: no days, the report") {
    const MatrixCell& c = cell(m, "so-a", "T-ok");
    CHECK(c.status == Status::ok);
    CHECK_FALSE(c.days.has_value());
    REQUIRE(c.report.has_value());
    CHECK(c.report->number == "1/BC");
    CHECK(format_iso(c.report->submitted) == "2025-06-01");
  }
  SUBCASE("late: the days late, the report") {
    const MatrixCell& c = cell(m, "so-a", "T-late");
    CHECK(c.status == Status::late);
    CHECK(c.days == 12);
    CHECK(c.report->number == "2/BC");
  }
  SUBCASE("incomplete: the days past the deadline, the latest report") {
    const MatrixCell& c = cell(m, "so-a", "d1");
    CHECK(c.status == Status::incomplete);
    CHECK(c.days == 5);
    CHECK(c.report->number == "3/BC");
  }
  SUBCASE("overdue: the days past, no report") {
    const MatrixCell& c = cell(m, "so-a", "T-over");
    CHECK(c.status == Status::overdue);
    CHECK(c.days == 173);
    CHECK_FALSE(c.report.has_value());
  }
  SUBCASE("due soon: the days left") {
    const MatrixCell& c = cell(m, "so-a", "T-soon");
    CHECK(c.status == Status::due_soon);
    CHECK(c.days == 11);
  }
  SUBCASE("pending and lapsed: no days") {
    CHECK(cell(m, "so-a", "T-next").status == Status::pending);
    CHECK_FALSE(cell(m, "so-a", "T-next").days.has_value());
    CHECK(cell(m, "so-d", "T-gone").status == Status::lapsed);
    CHECK_FALSE(cell(m, "so-d", "T-gone").days.has_value());
  }
  SUBCASE("not owed: blank") {
    const MatrixRow& d = m.rows.at(1);
    REQUIRE(d.agency->id.value == "so-d");
    CHECK(d.cells.at(0).has_value()); // T-gone
    CHECK_FALSE(d.cells.at(1).has_value());
  }
  SUBCASE("the cell shows the finding check computed") {
    const MatrixCell& c = cell(m, "so-a", "T-over");
    REQUIRE(c.finding != nullptr);
    CHECK(c.finding->status == c.status);
    CHECK(c.finding->obligation.id() == "T-over");
  }
}
