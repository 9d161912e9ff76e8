#!/usr/bin/env python3
"""Keep the reporting guides honest: run their report examples through plancheck.

    check_guides.py PLANCHECK SOURCE_DIR [--expect-failure] [GUIDE ...]

Each example in a guide is an HTML comment followed by a fenced YAML block:

    <!-- example: report ok PATH -->      the file must validate, with no warning
    <!-- example: report error PATH -->   it must not, with the output quoted next
    <!-- example: command -->             a transcript alone, which must exit 0

PATH is where the block is written, inside a scratch copy of the shipped plan
(plans/binh-phuoc-cnsh-2024). The next fenced block, when it begins with
"$ plancheck", is a transcript: the command is run in the scratch folder (as
it is written, the plan being at plans/binh-phuoc-cnsh-2024) and its standard
output must be exactly the rest of the block. An error example must have one,
and its command must exit with status 1. A transcript whose last line is "…" quotes the
beginning of the output only. The guides are docs/reporting-guide.md
and docs/huong-dan-bao-cao.md unless GUIDEs are given; --expect-failure
inverts the result, to show on a fixture that a wrong quote is caught.
With PLANCHECK_UPDATE_GOLDEN=1 in the environment (and no --expect-failure),
a transcript that differs
is rewritten in the guide with what plancheck printed (a quote ending in "…"
keeps its number of lines); read the diff before committing it.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

PLAN = "plans/binh-phuoc-cnsh-2024"
MARKER = re.compile(r"<!--\s*example:\s*(?:report\s+(ok|error)\s+(\S+)|(command))\s*-->")
FENCE = re.compile(r"^```")


def fenced_blocks(lines, start):
    """Yield (first line index, content) of each fenced block from `start`."""
    i = start
    while i < len(lines):
        if FENCE.match(lines[i]):
            j = i + 1
            while j < len(lines) and not FENCE.match(lines[j]):
                j += 1
            yield i, "".join(lines[i + 1:j]), j
            i = j + 1
        else:
            i += 1


def examples(path):
    """Return (line, kind, target, yaml, transcript or None, transcript span) for each example."""
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    found = []
    for n, line in enumerate(lines):
        m = MARKER.search(line)
        if not m:
            continue
        blocks = fenced_blocks(lines, n + 1)
        if m.group(3):
            first, transcript, end = next(blocks, (None, None, None))
            found.append((n + 1, "command", None, None, transcript, (first, end)))
            continue
        _, report, _ = next(blocks, (None, None, None))
        transcript, span = None, None
        nxt = next(blocks, None)
        if nxt and nxt[1].startswith("$ plancheck"):
            # Only a block before the next example belongs to this one.
            between = "".join(lines[n + 1:nxt[0]])
            if not MARKER.search(between):
                transcript, span = nxt[1], (nxt[0], nxt[2])
        found.append((n + 1, m.group(1), m.group(2), report, transcript, span))
    return found


def run_example(plancheck, source, kind, target, report, transcript, printed):
    """Return a list of problems with one example; put the transcript it printed in `printed`."""
    if kind == "command" and not (transcript or "").startswith("$ plancheck"):
        return ["a command example needs a '$ plancheck' block"]
    if kind != "command" and report is None:
        return ["no fenced YAML block follows the marker"]
    if kind == "error" and transcript is None:
        return ["an error example needs the output it gives, as a '$ plancheck' block"]
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(os.path.join(source, PLAN), os.path.join(scratch, PLAN))
        calendars = os.path.join("plans", "calendars")  # the holidays plan.yaml includes
        shutil.copytree(os.path.join(source, calendars), os.path.join(scratch, calendars))
        if report is not None:
            file_path = os.path.join(scratch, PLAN, target)
            os.makedirs(os.path.dirname(file_path), exist_ok=True)
            with open(file_path, "w", encoding="utf-8") as f:
                f.write(report)
        env = {k: v for k, v in os.environ.items()
               if k not in ("LC_ALL", "LC_MESSAGES", "PLANCHECK_LANG", "GITHUB_ACTIONS")}
        env["LANG"] = "C.UTF-8"
        problems = []
        if kind == "ok":
            run = subprocess.run([plancheck, "validate", "--as-of", "2030-12-31",
                                  os.path.join(PLAN, target)],
                                 cwd=scratch, env=env, capture_output=True, text=True)
            if run.returncode != 0 or "warning:" in run.stdout:
                problems.append("does not validate cleanly:\n" + run.stdout + run.stderr)
        if transcript is not None:
            command, _, expected = transcript.partition("\n")
            argv = shlex.split(command[2:])
            argv[0] = plancheck
            run = subprocess.run(argv, cwd=scratch, env=env, capture_output=True, text=True)
            shown = run.stdout
            printed.append(command + "\n" + run.stdout)
            if expected.endswith("…\n"):
                expected = expected[:-len("…\n")]
                shown = shown[:len(expected)]
                kept = run.stdout.splitlines(keepends=True)[:expected.count("\n")]
                printed[-1] = command + "\n" + "".join(kept) + "…\n"
            if shown != expected:
                problems.append(f"'{command[2:]}' printed\n{run.stdout}\nbut the guide quotes\n"
                                f"{expected}")
            wanted = 1 if kind == "error" else 0 if kind == "command" else run.returncode
            if run.returncode != wanted:
                problems.append(f"'{command[2:]}' exited with {run.returncode}, not {wanted}")
        return problems


def rewrite(guide, rewrites):
    """Put each (block span, transcript) into the guide, last first so spans stay true."""
    with open(guide, encoding="utf-8") as f:
        lines = f.readlines()
    for (first, end), transcript in sorted(rewrites, reverse=True):
        lines[first + 1:end] = transcript.splitlines(keepends=True)
    with open(guide, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"{guide}: {len(rewrites)} transcripts rewritten")


def main():
    args = sys.argv[1:]
    expect_failure = "--expect-failure" in args
    args = [a for a in args if a != "--expect-failure"]
    plancheck, source = os.path.abspath(args[0]), os.path.abspath(args[1])
    guides = args[2:] or [os.path.join(source, "docs", name)
                          for name in ("reporting-guide.md", "huong-dan-bao-cao.md")]
    failures = 0
    for guide in guides:
        found = examples(guide)
        if not found:
            print(f"{guide}: no examples")
            failures += 1
        rewrites = []
        for line, kind, target, report, transcript, span in found:
            printed = []
            for problem in run_example(plancheck, source, kind, target, report, transcript,
                                       printed):
                print(f"{guide}:{line}: {kind} example: {problem}")
                failures += 1
            if printed and printed[0] != transcript:
                rewrites.append((span, printed[0]))
        if rewrites and not expect_failure and os.environ.get("PLANCHECK_UPDATE_GOLDEN") == "1":
            rewrite(guide, rewrites)
        print(f"{guide}: {len(found)} examples")
    if expect_failure:
        if failures == 0:
            print("FAIL: the fixture's wrong quote was not caught")
            return 1
        print(f"ok: {failures} problems caught, as expected")
        return 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
