#!/usr/bin/env python3
"""The CSV of `plancheck check`, read with Python's csv module as a
spreadsheet user's script would: the old columns come first, unchanged, then
agency_name, title and report_numbers; every row agrees with the JSON.

Run: tests/ci/csv_columns_test.py PLANCHECK REPO_ROOT
"""
import csv
import io
import json
import subprocess
import sys

OLD_COLUMNS = ["plan", "kind", "id", "period", "agency", "due", "status", "days", "submitted",
               "fulfilled", "reports", "missing_tasks", "due_original", "answerable_by",
               "decision"]
NEW_COLUMNS = ["agency_name", "title", "report_numbers"]


def run(plancheck, root, fmt):
    args = [plancheck, "check", f"{root}/plans/binh-phuoc-cnsh-2024", "--as-of", "2026-11-28",
            "--all", "--format", fmt]
    done = subprocess.run(args, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.decode()}")
    return done.stdout


def main():
    plancheck, root = sys.argv[1], sys.argv[2]
    raw = run(plancheck, root, "csv")
    if not raw.startswith(b"\xef\xbb\xbf"):
        sys.exit("the CSV does not start with a byte-order mark")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    if header != OLD_COLUMNS + NEW_COLUMNS:
        sys.exit(f"header is {header}")
    findings = json.loads(run(plancheck, root, "json"))["findings"]
    if len(body) != len(findings) or not body:
        sys.exit(f"{len(body)} rows for {len(findings)} findings")
    with_numbers = 0
    for row, finding in zip(body, findings):
        if len(row) != len(header):
            sys.exit(f"row of {len(row)} fields: {row}")
        cell = dict(zip(header, row))
        for column in ("plan", "kind", "id", "agency", "status"):
            if cell[column] != str(finding[column]):
                sys.exit(f"{column}: {cell[column]!r} against JSON {finding[column]!r}")
        if not cell["agency_name"] or not cell["title"]:
            sys.exit(f"empty agency_name or title: {row}")
        numbers = cell["report_numbers"].split(";") if cell["report_numbers"] else []
        paths = cell["reports"].split(";") if cell["reports"] else []
        if numbers != finding["report_numbers"] or len(numbers) != len(paths):
            sys.exit(f"report_numbers {numbers} for reports {paths}")
        with_numbers += bool(numbers)
    if with_numbers == 0:
        sys.exit("no row has a report number: the check proves nothing")
    print(f"{len(body)} rows, {with_numbers} with report numbers")


if __name__ == "__main__":
    main()
