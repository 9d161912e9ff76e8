#!/usr/bin/env python3
"""Show that check_layering.py fails on a tree that breaks its table.

Usage: fixture_test.py

Copies fixture/ (a small tree whose ARCHITECTURE.md forbids some of its own
includes) to a scratch folder, adds a file of 401 lines, runs the checker on
it, and passes only when the checker exits 1 and prints exactly
fixture/expected_output.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def main():
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch) / "tree"
        shutil.copytree(HERE / "fixture", root, ignore=shutil.ignore_patterns("expected_output"))
        (root / "src" / "model" / "long.cpp").write_text("int x;\n" * 401)
        run = subprocess.run([sys.executable, str(HERE / "check_layering.py"), str(root)],
                             capture_output=True, text=True, check=False)
    expected = (HERE / "fixture" / "expected_output").read_text(encoding="utf-8")
    ok = True
    if run.returncode != 1:
        print(f"check_layering.py exited {run.returncode}, not 1; stderr:\n{run.stderr}")
        ok = False
    if run.stdout != expected:
        print("check_layering.py printed:\n" + run.stdout + "\ninstead of:\n" + expected)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
