"""End to end: a plan that includes the shipped holiday calendar and rolls to
the next working day.

Usage: roll_test.py PLANCHECK PROJECT_DIR

Copies the shipped plan, whose calendar includes the shipped holidays, with
its `roll: none` turned into `roll: next-working-day`, and the shipped
calendar into a scratch folder laid out as plans/ is, and checks that the
2028 deadline "trước 10/12" (09/12/2028, a Saturday) resolves to Monday
11/12/2028 in JSON and that the text shows both dates.
"""

import json
import pathlib
import shutil
import subprocess
import sys
import tempfile


def run(plancheck, *args):
    result = subprocess.run([plancheck, *args], capture_output=True, text=True, check=False,
                            env={"LANG": "C.UTF-8", "COLUMNS": "200"})
    return result.returncode, result.stdout


def main():
    plancheck, project = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        plans = pathlib.Path(scratch) / "plans"
        shutil.copytree(project / "plans" / "calendars", plans / "calendars")
        plan = plans / "roll"
        plan.mkdir()
        text = (project / "plans" / "binh-phuoc-cnsh-2024" / "plan.yaml").read_text("utf-8")
        if "\n  roll: none\n" not in text:
            failures.append("the shipped plan no longer says 'roll: none' in its calendar")
        text = text.replace("\n  roll: none\n", "\n  roll: next-working-day\n", 1)
        (plan / "plan.yaml").write_text(text, "utf-8")
        common = [str(plan), "--as-of", "2028-12-01", "--duty", "annual-department", "--year",
                  "2028", "--all"]
        status, out = run(plancheck, "check", *common, "--format", "json")
        findings = json.loads(out)["findings"] if status in (0, 1) else []
        if not findings:
            failures.append(f"check --format json gave status {status} and no findings")
        for finding in findings:
            if (finding["due"], finding["due_unadjusted"]) != ("2028-12-11", "2028-12-09"):
                failures.append(f"{finding['agency']}: due {finding['due']}, "
                                f"due_unadjusted {finding['due_unadjusted']}")
        for lang, words in (("en", "before 10/12/2028 → 11/12/2028 (next working day)"),
                            ("vi", "trước ngày 10/12/2028 → 11/12/2028 (ngày làm việc kế tiếp)")):
            status, out = run(plancheck, "check", *common, "--lang", lang)
            if words not in out:
                failures.append(f"check --lang {lang} does not say '{words}':\n{out}")
        status, out = run(plancheck, "validate", str(plan))
        if "calendar.non-working-deadline" in out and "2028-12-09" in out:
            failures.append("validate warns about 09/12/2028 although the plan rolls")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
