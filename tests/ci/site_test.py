#!/usr/bin/env python3
"""`plancheck site`: the folder it writes browses from file:// with no broken
link (every href names a file of the folder, none leaves it), every page is
self-contained, the workbook is there; a second run replaces the folder whole
and leaves nothing beside it; a folder plancheck did not write, a file, and a
folder inside a plan are refused and left as they were.

Run: tests/ci/site_test.py PLANCHECK REPO_ROOT
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile


def fail(message):
    sys.exit(f"FAIL: {message}")


def site(plancheck, plan, out, expect=(0, 1), extra=()):
    args = [plancheck, "site", plan, "--as-of", "2026-11-30", "--output", out, *extra]
    done = subprocess.run(args, capture_output=True, check=False)
    if done.returncode not in expect:
        fail(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.decode()}")
    if done.stdout:
        fail(f"site wrote to standard output: {done.stdout[:200]!r}")
    return done


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.tags = [], set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.links += [v for k, v in attrs if k in ("href", "src")]


def check_folder(folder):
    names = set(os.listdir(folder))
    for needed in ("index.html", "plancheck.xlsx", ".plancheck-site"):
        if needed not in names:
            fail(f"{needed} is missing from {sorted(names)}")
    pages = sorted(n for n in names if n.endswith(".html"))
    linked = set()
    for name in pages:
        parser = Links()
        parser.feed(open(os.path.join(folder, name), encoding="utf-8").read())
        if parser.tags & {"script", "link", "img", "iframe"}:
            fail(f"{name} is not self-contained: {parser.tags}")
        for link in parser.links:
            if ":" in link or link.startswith("/") or "/" in link or link.startswith(".."):
                fail(f"{name} links outside the folder: {link}")
            if link not in names:
                fail(f"{name} links to {link}, which is not there")
            linked.add(link)
    orphans = set(pages) - linked - {"index.html"}
    if orphans:
        fail(f"pages no page links to: {sorted(orphans)}")
    with zipfile.ZipFile(os.path.join(folder, "plancheck.xlsx")) as book:
        if "xl/workbook.xml" not in book.namelist():
            fail("plancheck.xlsx is not a workbook")
    return pages


def main():
    plancheck, root = sys.argv[1], sys.argv[2]
    plan = f"{root}/plans/binh-phuoc-cnsh-2024"
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "www")
        site(plancheck, plan, out)
        pages = check_folder(out)
        if len(pages) < 10:
            fail(f"only {len(pages)} pages")
        index = open(os.path.join(out, "index.html"), encoding="utf-8").read()
        if "so-yt" not in " ".join(pages) or "Sở Y tế" not in index:
            fail("the index does not show Sở Y tế or its page is missing")
        umask = os.umask(0)
        os.umask(umask)
        mode = os.stat(out).st_mode & 0o777
        if mode != 0o777 & ~umask:
            fail(f"the folder is {oct(mode)}, not {oct(0o777 & ~umask)} as the umask leaves")

        # A second run, a year on: the folder is replaced whole, nothing is left beside it.
        stale = os.path.join(out, "stale.html")
        open(stale, "w").close()
        site(plancheck, plan, out, extra=("--year", "2027"))
        if os.path.exists(stale):
            fail("the second run kept a file of the first: the folder was not replaced")
        check_folder(out)
        if sorted(os.listdir(tmp)) != ["www"]:
            fail(f"left beside the folder: {sorted(os.listdir(tmp))}")

        # Someone else's folder, and a file, are refused and left alone.
        theirs = os.path.join(tmp, "theirs")
        os.mkdir(theirs)
        open(os.path.join(theirs, "thesis.odt"), "w").close()
        done = site(plancheck, plan, theirs, expect=(2,))
        if b".plancheck-site" not in done.stderr:
            fail(f"a foreign folder: {done.stderr.decode()}")
        if os.listdir(theirs) != ["thesis.odt"]:
            fail(f"a foreign folder was changed: {os.listdir(theirs)}")
        a_file = os.path.join(tmp, "file")
        open(a_file, "w").close()
        site(plancheck, plan, a_file, expect=(2,))
        if not os.path.isfile(a_file):
            fail("a file given as --output was replaced")

        # Inside a plan folder: refused before anything is read or written.
        copy = os.path.join(tmp, "plan")
        shutil.copytree(plan, copy)
        site(plancheck, copy, os.path.join(copy, "www"), expect=(2,))
        if os.path.exists(os.path.join(copy, "www")):
            fail("a site was written inside a plan folder")
        if sorted(os.listdir(tmp)) != ["file", "plan", "theirs", "www"]:
            fail(f"left behind: {sorted(os.listdir(tmp))}")

        # A hostile plan: its names stay text on every page.
        hostile = os.path.join(tmp, "hostile-site")
        site(plancheck, f"{root}/tests/e2e/matrix/data/hostile", hostile)
        for name in check_folder(hostile):
            text = open(os.path.join(hostile, name), encoding="utf-8").read()
            if "<script>alert" in text:
                fail(f"{name} holds the hostile script as markup")
    print(f"{len(pages)} pages, every link resolved")


if __name__ == "__main__":
    main()
