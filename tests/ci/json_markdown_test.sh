#!/usr/bin/env bash
# The JSON of validate and check parses (node's JSON.parse) and agrees with
# itself, and the Markdown step summary reads, once parsed as GitHub does
# (markdown-it, pinned in tests/schema/package.json), as the same findings:
# one row each, every cell whole, no HTML.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need node
need_npm_ci markdown-it
escapes=$ci_root/tests/e2e/ci/data/escapes
hostile=$ci_root/tests/e2e/ci/data/hostile
cd "$tmp"

check "validate --format json parses, and its summary counts its diagnostics"
expect_status 1 env GITHUB_STEP_SUMMARY="$tmp/validate.md" "$plancheck" validate "$mixed" \
  --format json >validate.json
node -e '
  const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const count = (s) => v.diagnostics.filter((d) => d.severity === s).length;
  const ok = v.plancheck === 1 && v.files.length === v.summary.files && v.summary.files === 3 &&
    count("error") === v.summary.errors && v.summary.errors === 4 &&
    count("warning") === v.summary.warnings && v.summary.warnings === 3 &&
    v.diagnostics.every((d) => v.files.includes(d.path) && Number.isInteger(d.line) && typeof d.rule === "string");
  if (!ok) { console.error("inconsistent:", JSON.stringify(v.summary)); process.exit(1); }
' validate.json

check "validate --format json on a valid plan parses, with its deadlines on days off alone"
expect_status 0 "$plancheck" validate "$shipped" --as-of 2026-12-31 --format json >shipped.json
node -e '
  const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const dayOff = (d) => d.severity === "warning" && d.rule === "calendar.non-working-deadline";
  if (v.diagnostics.length !== 6 || !v.diagnostics.every(dayOff) || v.summary.errors !== 0 ||
      v.summary.warnings !== 6 || v.summary.files !== 19) process.exit(1);
' shipped.json

check "check --format json parses, and its summary counts every obligation"
expect_status 1 env GITHUB_STEP_SUMMARY="$tmp/check.md" "$plancheck" check "$escapes" --as-of 2026-11-28 \
  --all --format json >check.json
node -e '
  const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const total = Object.values(c.summary).reduce((a, b) => a + b, 0);
  if (c.findings.length !== total || total !== 6) { console.error("summary", c.summary); process.exit(1); }
' check.json

check "the validate summary: one row per diagnostic, cells equal to the JSON, no HTML"
node "$ci_dir/markdown_tables.mjs" validate.md >validate.md.json
node -e '
  const fs = require("fs");
  const md = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const v = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const fail = (m) => { console.error(m); process.exit(1); };
  if (md.html !== 0) fail("raw HTML in the summary");
  if (md.headings.join() !== "### plancheck validate") fail("headings: " + md.headings);
  if (md.tables.length !== 1) fail("tables: " + md.tables.length);
  const [head, ...rows] = md.tables[0];
  if (head.join("|") !== "File|Line|Severity|Rule|Message") fail("header: " + head);
  const want = v.diagnostics.map((d) => [d.path, d.line ? `${d.line}:${d.column}` : "", d.severity, d.rule, d.message]);
  if (JSON.stringify(rows) !== JSON.stringify(want)) fail("rows:\n" + JSON.stringify(rows) + "\nwant:\n" + JSON.stringify(want));
' validate.md.json validate.json

check "the check summary: counts as in the JSON, one whole row per finding, no HTML"
node "$ci_dir/markdown_tables.mjs" check.md >check.md.json
node -e '
  const fs = require("fs");
  const md = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const c = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const fail = (m) => { console.error(m); process.exit(1); };
  if (md.html !== 0) fail("raw HTML in the summary");
  if (md.headings.join() !== "### plancheck check: ci-escapes (as of 2026-11-28)") fail("headings: " + md.headings);
  const [counts, findings] = md.tables;
  if (counts[1].join() !== Object.values(c.summary).join()) fail("counts: " + counts[1]);
  if (findings.length !== 1 + c.findings.length) fail("rows: " + findings.length);
  const title = "Báo cáo %s, %d: <b>năm</b> & \"kết quả\" | tổng hợp <!--";
  for (const row of findings.slice(1)) {
    if (row.length !== 5 || row.some((cell) => cell === "")) fail("row: " + row);
  }
  if (!findings.some((row) => row[2].startsWith(title + ", year 2025"))) fail("the duty title is not read back whole");
  if (!findings.some((row) => row[1] === "Sở Công Thương | \x27CT\x27")) fail("the agency name is not read back whole");
  if (!findings.some((row) => row[2].includes("bước 1 bước 2 bước 3"))) fail("line breaks and tabs in a title are not single spaces");
' check.md.json check.json

check "the check summary of names and titles holding links, images and controls: all inert"
expect_status 1 env GITHUB_STEP_SUMMARY="$tmp/hostile.md" "$plancheck" check "$hostile" --as-of 2026-11-28 \
  --all --format json >hostile.json
node "$ci_dir/markdown_tables.mjs" hostile.md >hostile.md.json
node -e '
  const md = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const fail = (m) => { console.error(m); process.exit(1); };
  if (md.html !== 0 || md.links !== 0 || md.images !== 0)
    fail(`html ${md.html}, links ${md.links}, images ${md.images}`);
  const cells = md.tables[1].flat();
  const name = "So CT ![img](https://evil.example/i.png) [link](http://evil.example) " +
    "<https://evil.example> www.evil.example a@evil.example \\[x](y)";
  if (!cells.includes(name)) fail("the agency name is not read back as written");
  if (cells.some((cell) => /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(cell)))
    fail("a control or bidirectional character reached the summary");
  if (!cells.some((cell) => cell.includes("<U+202E>evil<U+202C>"))) fail("no visible stand-in");
' hostile.md.json

done_checks
