#!/usr/bin/env python3
"""`plancheck calendar` read by an independent iCalendar parser (Debian's
python3-icalendar): for so-yt in the shipped plan, one event per obligation
instance that `check --all --agency so-yt` counts, each on its last on-time
day with reminders 7 days and 1 day before, uids unique and the same on a
later run; every line ends in CR LF and holds at most 75 octets.

Run: tests/ci/calendar_ics_test.py PLANCHECK REPO_ROOT
Exits 77 (skipped) when python3-icalendar is not installed.
"""
import datetime
import json
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("SKIP: python3-icalendar is not installed")
    sys.exit(77)


def run(plancheck, args, ok=(0,)):
    done = subprocess.run([plancheck] + args, capture_output=True, check=False)
    if done.returncode not in ok:
        sys.exit(f"plancheck {' '.join(args)}: exit {done.returncode}: {done.stderr.decode()}")
    return done.stdout


def check_lines(raw):
    if not raw.endswith(b"\r\n"):
        sys.exit("the calendar does not end in CR LF")
    for number, line in enumerate(raw[:-2].split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            sys.exit(f"line {number} holds a bare line end")
        if len(line) > 75:
            sys.exit(f"line {number} is {len(line)} octets long")
        line.decode("utf-8")  # a fold inside a character would not decode


def events(raw):
    calendar = icalendar.Calendar.from_ical(raw)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def expected_uids(plancheck, plan):
    findings = json.loads(run(plancheck, ["check", plan, "--agency", "so-yt", "--all",
                                          "--as-of", "2026-11-28", "--format", "json"],
                              ok=(0, 1)))["findings"]
    expected = {}
    for f in findings:
        period = "once" if f["period"] is None else str(f["period"])
        uid = f"{f['plan']}/{f['kind']}/{f['id']}/{period}/{f['agency']}@plancheck"
        expected[uid] = datetime.date.fromisoformat(f["due"])
    return expected


def main():
    plancheck, root = sys.argv[1], sys.argv[2]
    plan = f"{root}/plans/binh-phuoc-cnsh-2024"
    args = ["calendar", plan, "--agency", "so-yt"]
    first = run(plancheck, args + ["--as-of", "2026-11-28"])
    later = run(plancheck, args + ["--as-of", "2027-01-05"])
    check_lines(first)
    got = events(first)
    uids = [str(e["UID"]) for e in got]
    if len(set(uids)) != len(uids):
        sys.exit(f"uids repeat: {uids}")
    expected = expected_uids(plancheck, plan)
    if not expected or set(uids) != set(expected):
        sys.exit(f"events {sorted(uids)} but check counts {sorted(expected)}")
    for event in got:
        uid = str(event["UID"])
        start = event["DTSTART"].dt
        end = event["DTEND"].dt
        if isinstance(start, datetime.datetime) or start != expected[uid]:
            sys.exit(f"{uid}: starts {start}, due {expected[uid]}")
        if end != start + datetime.timedelta(days=1):
            sys.exit(f"{uid}: ends {end}")
        if event["DTSTAMP"].dt != datetime.datetime(2026, 11, 28, tzinfo=datetime.timezone.utc):
            sys.exit(f"{uid}: stamped {event['DTSTAMP'].dt}")
        triggers = sorted(a["TRIGGER"].dt for a in event.subcomponents if a.name == "VALARM")
        if triggers != [datetime.timedelta(days=-7), datetime.timedelta(days=-1)]:
            sys.exit(f"{uid}: reminders {triggers}")
        if not str(event["SUMMARY"]).startswith("[Sở Y tế"):
            sys.exit(f"{uid}: summary {event['SUMMARY']}")
    if [str(e["UID"]) for e in events(later)] != uids:
        sys.exit("a later run gives other uids")
    print(f"ok: {len(uids)} events")


main()
