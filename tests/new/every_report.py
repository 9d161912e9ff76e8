#!/usr/bin/env python3
"""Every report `plancheck new` writes for the shipped plan is one that check accepts.

    tests/new/every_report.py PLANCHECK REPO

For every duty instance that `check --all --format json` lists for
plans/binh-phuoc-cnsh-2024 (every agency, duty and year), `new report`
writes the skeleton, dated the instance's last on-time day; only `number`
is filled in. The plan's requests (requests/) come along with plan.yaml,
since their duties are the plan's. All of them go, at their usual paths, into one copy of the plan
folder that holds no other report. Then `validate` must pass with no
warning but the plan's own deadlines on days off, and `check`
(one run, as of the plan's last day) must find every one of those
obligations `ok`. Exit status 0 when all holds, 1 with what failed.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

AS_OF = "2030-12-31"


def run(plancheck, args, allowed=(0,)):
    result = subprocess.run([plancheck, *args], capture_output=True, text=True, check=False)
    if result.returncode not in allowed:
        sys.exit(f"FAIL: plancheck {' '.join(args)} exited {result.returncode}:\n"
                 f"{result.stdout}{result.stderr}")
    return result.stdout


def duty_findings(plancheck, plan_dir):
    out = run(plancheck, ["check", str(plan_dir), "--all", "--format", "json", "--as-of", AS_OF],
              allowed=(0, 1))
    return [f for f in json.loads(out)["findings"] if f["kind"] == "duty"]


def written_once(plancheck, source, f):
    """--output with no value writes the usual path, once; a second run refuses."""
    args = ["new", "report", str(source), "--agency", f["agency"], "--duty", f["id"],
            "--as-of", f["due"], "--output"]
    if f["period"] is not None:
        args[-1:-1] = ["--period", str(f["period"])]
    shown = run(plancheck, args[:-1])
    run(plancheck, args)
    year = f["period"] if f["period"] is not None else f["due"][:4]
    path = source / "reports" / str(year) / f"{f['agency']}-{f['id']}.yaml"
    problems = []
    if not path.is_file() or path.read_text(encoding="utf-8") != shown:
        problems.append(f"--output did not write {path} as shown")
    run(plancheck, args, allowed=(2,))
    shutil.rmtree(source / "reports")
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    plancheck, repo = sys.argv[1], Path(sys.argv[2])
    shipped = repo / "plans" / "binh-phuoc-cnsh-2024"
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        # The plan alone: generating reads it, the reports go to the copy.
        source = Path(tmp) / "source" / shipped.name
        source.mkdir(parents=True)
        shutil.copy(shipped / "plan.yaml", source / "plan.yaml")
        # Requests add duties: they belong to the plan, not to its reports.
        if (shipped / "requests").is_dir():
            shutil.copytree(shipped / "requests", source / "requests")
        target = Path(tmp) / "target" / shipped.name
        shutil.copytree(source, target)
        for folder in (source, target):  # the holidays plan.yaml includes
            shutil.copytree(repo / "plans" / "calendars", folder.parent / "calendars")

        wanted = duty_findings(plancheck, shipped)
        for n, f in enumerate(wanted, start=1):
            args = ["new", "report", str(source), "--agency", f["agency"], "--duty", f["id"],
                    "--as-of", f["due"]]
            if f["period"] is not None:
                args += ["--period", str(f["period"])]
            text = run(plancheck, args)
            if text.count('number: ""\n') != 1:
                problems.append(f"{f['agency']} {f['id']} {f['period']}: no empty number")
                continue
            text = text.replace('number: ""\n', f'number: "{n}/BC"\n')
            year = f["period"] if f["period"] is not None else f["due"][:4]
            path = target / "reports" / str(year) / f"{f['agency']}-{f['id']}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

        problems += written_once(plancheck, source, wanted[-1])
        # The shipped plan keeps its deadlines on days off (roll: none) and
        # validate says so; any other warning is the skeletons' fault.
        out = run(plancheck, ["validate", "--as-of", AS_OF, str(target)])
        problems += [f"validate: {line}" for line in out.splitlines()
                     if re.search(r": (error|warning): ", line)
                     and not line.endswith("[calendar.non-working-deadline]")]
        found = {(f["agency"], f["id"], f["period"]): f for f in duty_findings(plancheck, target)}
        for f in wanted:
            key = (f["agency"], f["id"], f["period"])
            status = found.get(key, {}).get("status")
            if status != "ok":
                problems.append(f"{key}: {status}, missing {found.get(key, {}).get('missing_tasks')}")
    if not wanted:
        problems.append("check listed no duty instance")
    for problem in problems:
        print("FAIL:", problem)
    print(f"{len(wanted)} reports: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
