#!/usr/bin/env python3
"""The Excel workbooks of `plancheck matrix --format xlsx=FILE` and
`check --format xlsx=FILE`, opened with openpyxl as a spreadsheet would open
them: the sheets, their headers, one cell of each status on its fill, days as
real dates, and a hostile plan's names as inert strings (no formula, no control).

Run: tests/ci/xlsx_test.py PLANCHECK REPO_ROOT
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

FILLS = {"ok": "C8E6C9", "late": "FFF59D", "incomplete": "FFCC80", "overdue": "EF9A9A",
         "due-soon": "90CAF9", "pending": "F5F5F5", "waived": "E1BEE7", "lapsed": "E0E0E0"}
MARKS = {"✓": ("ok", "late"), "◐": ("incomplete",), "✗": ("overdue",), "!": ("due-soon",),
         "·": ("pending",), "○": ("waived",), "–": ("lapsed",)}
DETAIL = ["plan", "kind", "id", "period", "agency", "answerable_by", "due", "due_unadjusted",
          "due_original", "status", "decision_number", "decision_date", "decision_path",
          "request_number", "request_requested", "request_path", "days", "submitted",
          "fulfilled", "reports", "report_numbers", "missing_tasks", "path", "line", "column",
          "agency_name", "title"]


def fail(message):
    sys.exit(f"FAIL: {message}")


def run(args, expect=(0, 1)):
    done = subprocess.run(args, capture_output=True, check=False)
    if done.returncode not in expect:
        fail(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.decode()}")
    return done


def fill_of(cell):
    return (cell.fill.fgColor.rgb or "")[-6:].upper()


def check_matrix_sheet(sheet):
    if sheet.freeze_panes != "B4":
        fail(f"Ma trận is frozen at {sheet.freeze_panes}, not below its header rows and names")
    if sheet.cell(2, 1).value not in ("Đơn vị", "Agency"):
        fail(f"Ma trận's header starts with {sheet.cell(2, 1).value!r}")
    seen = set()
    for row in sheet.iter_rows(min_row=4):
        for cell in row[1:]:
            if cell.value is None:
                continue
            mark = str(cell.value)[0]
            if mark not in MARKS:
                fail(f"cell {cell.coordinate} holds {cell.value!r}")
            fill = fill_of(cell)
            status = next((s for s in MARKS[mark] if FILLS[s] == fill), None)
            if status is None:
                fail(f"cell {cell.coordinate} {cell.value!r} has the fill {fill}")
            seen.add(status)
    return seen


def check_detail_sheet(sheet, findings):
    header = [c.value for c in sheet[1]]
    if header != DETAIL:
        fail(f"Chi tiết's header is {header}")
    if sheet.freeze_panes != "A2":
        fail(f"Chi tiết is frozen at {sheet.freeze_panes}")
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    if len(rows) != len(findings):
        fail(f"Chi tiết has {len(rows)} rows for {len(findings)} findings")
    for row, finding in zip(rows, findings):
        cell = dict(zip(DETAIL, row))
        for key in ("plan", "kind", "id", "agency", "status"):
            if cell[key] != finding[key]:
                fail(f"{key}: {cell[key]!r} against JSON {finding[key]!r}")
        if not isinstance(cell["due"], datetime.datetime):
            fail(f"due is {cell['due']!r}, not a date")
        if cell["due"].date().isoformat() != finding["due"]:
            fail(f"due {cell['due']} against JSON {finding['due']}")
        if finding["submitted"] and cell["submitted"].date().isoformat() != finding["submitted"]:
            fail(f"submitted {cell['submitted']} against JSON {finding['submitted']}")
        if cell["days"] != finding["days"]:
            fail(f"days {cell['days']!r} against JSON {finding['days']}")
    due_format = sheet.cell(2, DETAIL.index("due") + 1).number_format
    if due_format.lower() != "dd/mm/yyyy":
        fail(f"dates are shown as {due_format!r}")


def check_legend_sheet(sheet, title):
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    if title not in texts:
        fail(f"Chú giải does not name the plan {title!r}")
    fills = {fill_of(c) for row in sheet.iter_rows() for c in row if c.value in MARKS}
    if fills != set(FILLS.values()):
        fail(f"Chú giải shows the fills {sorted(fills)}")


def check_inert(book):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    fail(f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}")
                if isinstance(cell.value, str) and any(
                        ord(ch) < 32 and ch not in "\t\n" or 0x202A <= ord(ch) <= 0x202E
                        for ch in cell.value):
                    fail(f"{sheet.title}!{cell.coordinate} holds a control: {cell.value!r}")


def main():
    plancheck, root = sys.argv[1], sys.argv[2]
    plan = f"{root}/plans/binh-phuoc-cnsh-2024"
    with tempfile.TemporaryDirectory() as tmp:
        matrix = os.path.join(tmp, "matrix.xlsx")
        run([plancheck, "matrix", plan, "--as-of", "2026-11-30", "--year", "2024", "--year",
             "2025", "--year", "2026", "--year", "2027", "--format", f"xlsx={matrix}"])
        findings = json.loads(run([plancheck, "check", plan, "--as-of", "2026-11-30", "--all",
                                   "--year", "2024", "--year", "2025", "--year", "2026",
                                   "--year", "2027", "--format", "json"]).stdout)
        book = openpyxl.load_workbook(matrix)
        if book.sheetnames != ["Ma trận", "Chi tiết", "Chú giải"]:
            fail(f"matrix workbook sheets: {book.sheetnames}")
        seen = check_matrix_sheet(book["Ma trận"])
        for status in ("ok", "late", "incomplete", "overdue", "pending"):
            if status not in seen:
                fail(f"no {status} cell in Ma trận: the test proves too little ({sorted(seen)})")
        check_detail_sheet(book["Chi tiết"], findings["findings"])
        title = findings["plans"][0]["title"]
        check_legend_sheet(book["Chú giải"], title)
        check_inert(book)

        listed = os.path.join(tmp, "check.xlsx")
        done = run([plancheck, "check", plan, "--as-of", "2026-11-30", "--format",
                    f"xlsx={listed}"])
        if done.stdout:
            fail("check --format xlsx=FILE wrote to standard output")
        book = openpyxl.load_workbook(listed)
        if book.sheetnames != ["Chi tiết", "Chú giải"]:
            fail(f"check workbook sheets: {book.sheetnames}")
        overdue = json.loads(run([plancheck, "check", plan, "--as-of", "2026-11-30", "--format",
                                  "json"]).stdout)["findings"]
        check_detail_sheet(book["Chi tiết"], overdue)

        hostile = os.path.join(tmp, "hostile.xlsx")
        run([plancheck, "matrix", f"{root}/tests/e2e/matrix/data/hostile", "--as-of",
             "2025-12-01", "--format", f"xlsx={hostile}"])
        book = openpyxl.load_workbook(hostile)
        check_inert(book)
        names = [c.value for c in book["Ma trận"]["A"] if isinstance(c.value, str)]
        if not any(name.startswith("=HYPERLINK") for name in names):
            fail(f"the formula-like name is not kept as text: {names}")

        refused = run([plancheck, "matrix", plan, "--format", "xlsx"], expect=(2,))
        if b"xlsx=FILE" not in refused.stderr:
            fail(f"xlsx to standard output: {refused.stderr.decode()}")
    print(f"workbooks read: {len(findings['findings'])} findings, statuses {sorted(seen)}")


if __name__ == "__main__":
    main()
