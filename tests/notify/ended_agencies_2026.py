#!/usr/bin/env python3
"""The shipped plan through 2026: nobody who has ended is written to, and
nobody reports to itself.

    tests/notify/ended_agencies_2026.py PLANCHECK REPO

A copy of plans/binh-phuoc-cnsh-2024 gets an address for every agency
(<id>@agencies.example.gov.vn). Then, on every seventh day of 2026 and on
the days around each deadline of the year:

- `notify --dry-run` (with and without --all-items) addresses no agency that
  does not exist on that day;
- `check --all --format json` lists no duty instance owed by the agency that
  is, on its last on-time day, the duty's `via` or one of its `to`
  (successions followed).

Who existed when is read from plan.yaml here, independently of plancheck.
Exit status 0 when all holds, 1 with the first violations listed.
"""

import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOMAIN = "agencies.example.gov.vn"


def read_plan(text):
    """Agencies (since, until, successor) and duties (via, to) from plan.yaml."""
    agencies, duties = {}, {}
    section, current = None, None
    for line in text.splitlines():
        if re.match(r"^[a-z]", line):
            section = line.split(":")[0]
            continue
        if section == "agencies":
            m = re.match(r"^  ([a-z0-9][a-z0-9.-]*):\s*$", line)
            if m:
                current = agencies.setdefault(m.group(1), {})
                continue
            m = re.match(r"^    (since|until|successor): ([a-z0-9.-]+)", line)
            if m and current is not None:
                current[m.group(1)] = m.group(2)
        elif section == "duties":
            m = re.match(r"^  - id: (\S+)", line)
            if m:
                current = duties.setdefault(m.group(1), {"to": []})
                continue
            m = re.match(r"^    via: (\S+)", line)
            if m:
                current["via"] = m.group(1)
            m = re.match(r"^    to: \[(.*)\]", line)
            if m:
                current["to"] = [s.strip() for s in m.group(1).split(",")]
    return agencies, duties


def day(text):
    return datetime.date.fromisoformat(text)


def exists_on(agency, d):
    return ("since" not in agency or day(agency["since"]) <= d) and (
        "until" not in agency or d <= day(agency["until"])
    )


def owner_on(agencies, agency_id, d):
    """The agency that holds `agency_id`'s work on `d`, or None."""
    for _ in range(len(agencies) + 1):
        agency = agencies.get(agency_id)
        if agency is None:
            return None
        if exists_on(agency, d):
            return agency_id
        if "until" not in agency or d <= day(agency["until"]) or "successor" not in agency:
            return None
        agency_id = agency["successor"]
    return None


def with_addresses(text):
    """plan.yaml with an email line after every agency's id."""
    out, section = [], None
    for line in text.splitlines(keepends=True):
        if re.match(r"^[a-z]", line):
            section = line.split(":")[0]
        out.append(line)
        m = re.match(r"^  ([a-z0-9][a-z0-9.-]*):\s*$", line)
        if section == "agencies" and m:
            out.append(f"    email: {m.group(1)}@{DOMAIN}\n")
    return "".join(out)


def days_to_check():
    start = datetime.date(2026, 1, 1)
    days = {start + datetime.timedelta(days=n) for n in range(0, 365, 7)}
    # Around the year's deadlines (10/12 and 30/12), when most is reminded.
    for deadline in (datetime.date(2026, 12, 9), datetime.date(2026, 12, 29)):
        for delta in (-30, -14, -7, -3, -1, 0, 1, 2, 8):
            days.add(deadline + datetime.timedelta(days=delta))
    return sorted(d for d in days if d.year == 2026)


def run(plancheck, args):
    result = subprocess.run([plancheck, *args], capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"plancheck {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    plancheck, repo = sys.argv[1], Path(sys.argv[2])
    shipped = repo / "plans" / "binh-phuoc-cnsh-2024"
    agencies, duties = read_plan((shipped / "plan.yaml").read_text(encoding="utf-8"))
    # A request's duties are the plan's, written in the same shape.
    for request in sorted((shipped / "requests").glob("*.yaml")):
        duties.update(read_plan(request.read_text(encoding="utf-8"))[1])
    problems, messages, rows = [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        plan_dir = Path(tmp) / "binh-phuoc-cnsh-2024"
        shutil.copytree(shipped, plan_dir)
        shutil.copytree(repo / "plans" / "calendars", Path(tmp) / "calendars")
        plan_file = plan_dir / "plan.yaml"
        plan_file.write_text(with_addresses(plan_file.read_text(encoding="utf-8")), encoding="utf-8")
        for d in days_to_check():
            base = ["notify", str(plan_dir), "--as-of", d.isoformat(), "--dry-run",
                    "--from", "plancheck@example.org", "--digest-to", "dieuphoi@example.org"]
            for extra in ([], ["--all-items"]):
                mbox = run(plancheck, base + extra)
                for agency_id in re.findall(rf"^To: .*<([a-z0-9.-]+)@{DOMAIN}>", mbox, re.M):
                    messages += 1
                    if not exists_on(agencies[agency_id], d):
                        problems.append(f"{d}: notify {' '.join(extra)} writes to {agency_id}")
            findings = json.loads(run(plancheck, ["check", str(plan_dir), "--as-of", d.isoformat(),
                                                  "--all", "--format", "json"]))["findings"]
            for f in findings:
                rows += 1
                if f["kind"] != "duty":
                    continue
                due, duty = day(f["due"]), duties[f["id"]]
                targets = [duty["via"]] if "via" in duty else []
                targets += duty["to"]
                if f["agency"] in {owner_on(agencies, t, due) for t in targets}:
                    problems.append(f"{d}: {f['id']} {f['period']} is owed by {f['agency']}, "
                                    "which it goes to or through")
    if messages == 0 or rows == 0:
        problems.append(f"nothing was checked: {messages} messages, {rows} rows")
    for problem in problems[:20]:
        print("FAIL:", problem)
    print(f"{len(days_to_check())} days, {messages} agency messages, {rows} rows: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
