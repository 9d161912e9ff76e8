"""The shipped holiday calendar against an independent lunar table.

Usage: holidays_test.py PROJECT_DIR

Every year 2024-2031 must list Tết's first day (mùng 1 tháng Giêng) and
Giỗ Tổ Hùng Vương (10/3 lunar) on the days vietnamese_lunar.py computes, and
the fixed days 1/1, 30/4, 1/5 and 2/9. Exit 1 on any difference.
"""

import datetime
import pathlib
import re
import sys

import vietnamese_lunar

ENTRY = re.compile(r'^  - \{date: (\d{4}-\d{2}-\d{2}), name: "([^"]*)"\}$')


def holidays(path):
    """The (date, name) entries of the file's `holidays` list."""
    entries, in_holidays = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            in_holidays = line == "holidays:"
            continue
        match = ENTRY.match(line)
        if in_holidays and match:
            entries.append((datetime.date.fromisoformat(match[1]), match[2]))
    return entries


def main():
    path = pathlib.Path(sys.argv[1]) / "plans" / "calendars" / "vn-public-holidays.yaml"
    entries = holidays(path)
    days = {day for day, _ in entries}
    failures = []
    for year in range(2024, 2032):
        expected = {
            "Tết Nguyên đán (mùng 1 tháng Giêng)": vietnamese_lunar.lunar_to_solar(1, 1, year),
            "Giỗ Tổ Hùng Vương (10/3 âm lịch)": vietnamese_lunar.lunar_to_solar(10, 3, year),
        }
        for name, day in expected.items():
            listed = [d for d, n in entries if n == name and d.year == year]
            if listed != [day]:
                failures.append(f"{year}: {name}: expected {day}, listed {listed}")
        for month, day in ((1, 1), (4, 30), (5, 1), (9, 2)):
            if datetime.date(year, month, day) not in days:
                failures.append(f"{year}: {day}/{month} is not listed")
    # The check itself must be able to fail: China's Tết 2030 (UTC+8) is a day later.
    if vietnamese_lunar.lunar_to_solar(1, 1, 2030) != datetime.date(2030, 2, 2):
        failures.append("the lunar table does not give Tết 2030 as 2 February")
    for failure in failures:
        print(failure)
    print(f"{len(entries)} holidays checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
