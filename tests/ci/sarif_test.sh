#!/usr/bin/env bash
# The SARIF that validate and check write is valid against the SARIF 2.1.0
# JSON Schema, checked by Ajv (tests/schema/package.json pins both).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need node
need_npm_ci ajv-draft-04

check "validate --format sarif on files with errors and warnings exits 1"
expect_status 1 "$plancheck" validate "$mixed" --format sarif >"$tmp/validate-mixed.sarif"

check "validate --format sarif=PATH on the shipped plan (warnings only) exits 0"
expect_status 0 "$plancheck" validate "$shipped" --as-of 2026-12-31 --format "sarif=$tmp/validate-shipped.sarif"

check "validate --lang vi --format sarif exits 1"
expect_status 1 "$plancheck" --lang vi validate "$mixed" --format sarif >"$tmp/validate-mixed-vi.sarif"

check "check --format sarif on the shipped plan as of 2026-11-28 exits 1 (overdue)"
expect_status 1 "$plancheck" check "$shipped" --as-of 2026-11-28 --format sarif >"$tmp/check-shipped.sarif"

check "check --all --fail-on never --format sarif exits 0"
expect_status 0 "$plancheck" check "$shipped" --as-of 2026-11-28 --all --fail-on never \
  --format sarif >"$tmp/check-shipped-all.sarif"

check "each log is valid SARIF 2.1.0, with results pointing at their rules"
node "$ci_dir/sarif_validate.mjs" "$tmp"/*.sarif

check "the results hold errors and warnings (validate) and error, warning and note (check)"
node -e '
  const fs = require("fs");
  const levels = (f) => new Set(JSON.parse(fs.readFileSync(f, "utf8")).runs[0].results.map((r) => r.level));
  const want = (f, ls) => { const got = levels(f); for (const l of ls) if (!got.has(l)) { console.error(`${f}: no ${l} result`); process.exit(1); } };
  want(process.argv[1], ["error", "warning"]);
  want(process.argv[2], ["error", "warning", "note"]);
  // The shipped plan keeps its deadlines on days off: warnings of that rule alone.
  const shipped = JSON.parse(fs.readFileSync(process.argv[3], "utf8")).runs[0].results;
  if (shipped.length === 0 || shipped.some((r) => r.level !== "warning" || r.ruleId !== "calendar.non-working-deadline")) {
    console.error("the shipped plan has validate results other than its deadlines on days off"); process.exit(1);
  }
' "$tmp/validate-mixed.sarif" "$tmp/check-shipped.sarif" "$tmp/validate-shipped.sarif"

check "the validator rejects a log that breaks the schema"
node -e '
  const fs = require("fs");
  const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  log.version = "2.0.0";
  log.runs[0].results[0].level = "fatal";
  fs.writeFileSync(process.argv[2], JSON.stringify(log));
' "$tmp/validate-mixed.sarif" "$tmp/broken.json"
expect_status 1 node "$ci_dir/sarif_validate.mjs" "$tmp/broken.json" 2>"$tmp/broken.err"
expect_line "$tmp/broken.err" 'must be equal to one of the allowed values'

done_checks
