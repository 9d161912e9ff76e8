#!/usr/bin/env python3
"""`plancheck matrix --format html` rendered by headless Chromium (Debian's
chromium), the network shut off, to a PNG: the image has the window's size,
is not blank, and shows the fills of the statuses. The page itself needs
nothing outside it (no script, no link, no external address), and a hostile
plan's names stay text.

Run: tests/ci/html_render_test.py PLANCHECK REPO_ROOT CHROMIUM
(CONTRIBUTING.md has the command that keeps the screenshot to look at.)
"""
import html.parser
import os
import struct
import subprocess
import sys
import tempfile
import zlib

WIDTH, HEIGHT = 1600, 1200
FILLS = {"ok": (0xC8, 0xE6, 0xC9), "late": (0xFF, 0xF5, 0x9D), "incomplete": (0xFF, 0xCC, 0x80),
         "overdue": (0xEF, 0x9A, 0x9A), "pending": (0xF5, 0xF5, 0xF5)}


def fail(message):
    sys.exit(f"FAIL: {message}")


def run(args, expect=(0, 1)):
    done = subprocess.run(args, capture_output=True, check=False, timeout=180)
    if done.returncode not in expect:
        fail(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def read_png(path):
    """Return (width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    if depth != 8 or color not in (2, 6):
        fail(f"unexpected PNG depth {depth} or colour type {color}")
    step = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * step
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - step] if x >= step else 0
            b, c = previous[x], previous[x - step] if x >= step else 0
            line[x] = (line[x] + (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]) & 0xFF
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, step)])
        previous = line
    return width, height, rows


class Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.urls, self.text = set(), [], []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.urls += [v for k, v in attrs if k in ("href", "src", "action") and v]

    def handle_data(self, data):
        self.text.append(data)


def check_page(path):
    page = open(path, encoding="utf-8").read()
    parser = Tags()
    parser.feed(page)
    for tag in ("script", "link", "img", "iframe", "object", "embed"):
        if tag in parser.tags:
            fail(f"{path} has a <{tag}>: it must need nothing outside it")
    if parser.urls or "url(" in page or "@import" in page:
        fail(f"{path} refers to something outside it: {parser.urls}")
    return parser


def main():
    plancheck, root, chromium = sys.argv[1], sys.argv[2], sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "matrix.html")
        run([plancheck, "matrix", f"{root}/plans/binh-phuoc-cnsh-2024", "--as-of", "2026-11-30",
             "--format", f"html={page}"])
        check_page(page)
        shot = os.path.join(tmp, "matrix.png")
        run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
             f"--user-data-dir={tmp}/profile", f"--window-size={WIDTH},{HEIGHT}",
             f"--screenshot={shot}", f"file://{page}"], expect=(0,))
        width, height, rows = read_png(shot)
        if (width, height) != (WIDTH, HEIGHT):
            fail(f"the screenshot is {width}x{height}, not {WIDTH}x{HEIGHT}")
        pixels = [p for row in rows for p in row]
        inked = sum(1 for p in pixels if p != (255, 255, 255))
        if inked < len(pixels) // 50:
            fail(f"the screenshot is blank: {inked} of {len(pixels)} pixels are not white")
        colours = set(pixels)
        missing = [s for s, rgb in FILLS.items() if rgb not in colours]
        if missing:
            fail(f"the screenshot shows no cell of {missing}")

        hostile = os.path.join(tmp, "hostile.html")
        run([plancheck, "matrix", f"{root}/tests/e2e/matrix/data/hostile", "--as-of",
             "2025-12-01", "--format", f"html={hostile}"])
        text = "".join(check_page(hostile).text)
        if "<script>alert(1)</script>" not in text:
            fail("the hostile name is not shown as text")
        if "\u202e" in text:
            fail("a bidirectional override reached the page")
    print(f"{WIDTH}x{HEIGHT} screenshot, {inked} pixels inked, {len(colours)} colours")


if __name__ == "__main__":
    main()
