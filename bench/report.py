#!/usr/bin/env python3
"""Write bench/RESULTS.md from the figures bench/run measured.

usage: bench/report.py RESULTS.tsv PLANCHECK HYPERFINE(yes|no) SIZE

RESULTS.tsv holds one line per command: size, name, median seconds, peak
KiB, scale (how many times the files timed make all of them), files,
bytes, command. The targets are those plancheck is held to (see the
"Targets" section written below).
"""
import csv
import os
import platform
import subprocess
import sys


def shell(command):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True,
                              check=False).stdout.strip()
    except OSError:
        return ""


def machine():
    lscpu = {}
    for line in shell("lscpu").splitlines():
        key, _, value = line.partition(":")
        lscpu[key.strip()] = value.strip()
    memory = shell("free -m | awk '/^Mem:/ {print $2}'")
    return [f"- CPU: {lscpu.get('Model name', '?')}, {lscpu.get('CPU(s)', '?')} logical CPUs "
            f"({lscpu.get('Thread(s) per core', '?')} thread(s) per core)",
            f"- memory: {memory} MiB",
            f"- kernel: {platform.system()} {platform.release()}",
            "- load average when the run ended: " + " ".join(open("/proc/loadavg").read().split()[:3])]


def fmt_seconds(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def main():
    path, plancheck, hyperfine, size = sys.argv[1:5]
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter="\t"))
    by = {}  # (size, name) -> (seconds scaled to all files, peak MiB, row)
    for size_name, name, seconds, peak, scale, files, nbytes, command in rows:
        # Paths below the checkout are shown relative to it, as bench/run runs.
        command = command.replace(os.getcwd() + "/", "")
        by[(size_name, name)] = (float(seconds) * float(scale), int(peak or 0) / 1024,
                                 int(files), int(nbytes), command, float(scale))
    sizes = [s for s in ("province", "nation", "nation-x2") if any(k[0] == s for k in by)]
    version = shell(f"'{plancheck}' --version")
    out = ["# plancheck benchmark", "",
           "Made by `bench/run`; do not edit by hand. Reproduce with:", "",
           "```sh", f"bench/run --size {size}", "```", "",
           "The figures mean something only when the machine is otherwise idle.", "",
           "## Machine", ""] + machine() + [
           f"- plancheck: {version}" + (
               ", a Release build made by bench/run" if "build-bench/build/" in plancheck
               else f", the binary given ({plancheck}), maybe not a Release build"),
           "- timing: " + (
               "hyperfine, median of the runs after one warm-up" if hyperfine == "yes"
               else "median of /usr/bin/time runs (hyperfine not installed)"),
           "- peak memory: maximum resident set size from `/usr/bin/time -v`, one run", ""]
    for s in sizes:
        check = by[(s, "check")][0]
        _, _, files, nbytes, _, _ = by[(s, "check")]
        out += [f"## {s}: {files} files, {nbytes / 1e6:.1f} MB", "",
                "| command | median | ratio to `check` | peak memory |",
                "| --- | ---: | ---: | ---: |"]
        for name in ("cat", "check-jobs-1", "check", "validate-jobs-1", "validate", "ajv",
                     "yamllint"):
            if (s, name) not in by:
                out.append(f"| {name} | not installed | | |")
                continue
            seconds, peak, _, _, _, scale = by[(s, name)]
            label = name + (f" (1/{scale:.0f} of the files, scaled)" if scale > 1.01 else "")
            out.append(f"| {label} | {fmt_seconds(seconds)} | {seconds / check:.2f}× | "
                       f"{peak:.0f} MiB |")
        out += ["", "<details><summary>commands</summary>", ""]
        for name in ("cat", "check-jobs-1", "check", "validate-jobs-1", "validate", "ajv",
                     "yamllint"):
            if (s, name) in by:
                out.append(f"- {name}: `{by[(s, name)][4]}`")
        out += ["", "</details>", ""]
    out += ["## Targets", "", "| target | figure | |", "| --- | --- | --- |"]
    out += targets(by)
    out += ["", "A missed target needs its reason, from a profile of an idle run, written here."]
    out += ["", "## Profile", ""]
    # The profile is read, not measured: bench/run does not profile. It is
    # written by hand beside this script and copied in.
    profile = os.path.join(os.path.dirname(os.path.abspath(__file__)), "PROFILE.md")
    if os.path.exists(profile):
        with open(profile, encoding="utf-8") as text:
            out += [text.read().rstrip("\n"), ""]
    else:
        out += ["Where the time of `check` goes on the nation corpus: to be written in "
                "bench/PROFILE.md from `perf record -g` on an idle run.", ""]
    sys.stdout.write("\n".join(out))


def targets(by):
    """The rows of the targets table, for what was measured."""
    rows = []

    def row(text, figure, met, by_how_much=""):
        verdict = "met" if met else f"**missed**{', ' + by_how_much if by_how_much else ''}"
        rows.append(f"| {text} | {figure} | {verdict} |")

    def get(size, name):
        return by[(size, name)][0] if (size, name) in by else None

    check, cat, one = get("nation", "check"), get("nation", "cat"), get("nation", "check-jobs-1")
    if check and cat:
        row("nation: `check` ≤ 2× `cat`", f"{check / cat:.2f}×", check <= 2 * cat,
            f"{check / (2 * cat):.2f}× the target")
    if check and one:
        row("nation: default jobs ≥ 1.7× faster than `--jobs 1`", f"{one / check:.2f}×",
            one >= 1.7 * check)
    ajv = get("nation", "ajv")
    if check and ajv:
        row("nation: ≥ 8× faster than ajv", f"{ajv / check:.1f}×", ajv >= 8 * check)
    yamllint = get("nation", "yamllint")
    if check and yamllint:
        row("nation: ≥ 50× faster than yamllint", f"{yamllint / check:.0f}×",
            yamllint >= 50 * check)
    if ("nation", "check") in by:
        peak = by[("nation", "check")][1]
        row("nation: peak memory ≤ 64 MB", f"{peak:.0f} MiB", peak * 1.048576 <= 64)
    double = get("nation-x2", "check")
    if check and double:
        row("nation ×2 ≤ 2.1× nation", f"{double / check:.2f}×", double <= 2.1 * check)
    province = get("province", "check")
    if province:
        row("province: `check` ≤ 10 ms", fmt_seconds(province), province <= 0.010,
            f"{province / 0.010:.1f}× the target")
    return rows


if __name__ == "__main__":
    main()
