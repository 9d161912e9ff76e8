#!/usr/bin/env bash
# Where the outputs go: several formats in one run, GitHub Actions defaults,
# the step summary, conflicting --format options, and files that cannot be
# written.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
escapes=$ci_root/tests/e2e/ci/data/escapes
cd "$tmp"

# Fail unless the two files are byte for byte the same.
same() {
  cmp -s "$1" "$2" || {
    diff "$1" "$2" | head -20 >&3
    fail "$1 and $2 differ"
  }
}

# One output at a time, to compare with.
"$plancheck" validate "$mixed" >validate.txt || true
"$plancheck" validate "$mixed" --format junit >validate.xml || true
"$plancheck" validate "$mixed" --format github >validate.github || true
for format in text json csv junit sarif github; do
  "$plancheck" check "$escapes" --as-of 2026-11-28 --all --format "$format" >"check.$format" || true
done

check "validate --format junit=out.xml --format text writes both in one run"
expect_status 1 "$plancheck" validate "$mixed" --format junit=out.xml --format text >stdout.txt
same stdout.txt validate.txt
same out.xml validate.xml
[[ -z $(compgen -G 'out.xml.tmp*') ]] || fail "a temporary file was left behind"

check "check writes json, csv, junit and sarif to files and github to standard output at once"
expect_status 1 "$plancheck" check "$escapes" --as-of 2026-11-28 --all --format json=f.json \
  --format csv=f.csv --format junit=f.xml --format sarif=f.sarif --format github >stdout.txt
same stdout.txt check.github
same f.json check.json
same f.csv check.csv
same f.xml check.junit
same f.sarif check.sarif

check "an output file is replaced, not appended to"
echo "old content that is longer than nothing" >f.xml
expect_status 1 "$plancheck" check "$escapes" --as-of 2026-11-28 --all --format junit=f.xml >/dev/null
same f.xml check.junit

check "FORMAT=- is standard output"
expect_status 1 "$plancheck" validate "$mixed" --format junit=- >stdout.txt
same stdout.txt validate.xml

check "GITHUB_ACTIONS=true without --format: text, then workflow commands, on standard output"
expect_status 1 env GITHUB_ACTIONS=true "$plancheck" validate "$mixed" >stdout.txt
cat validate.txt validate.github >expected.txt
same stdout.txt expected.txt
expect_line stdout.txt '^::error file=.*,line=12,col=3,.*title=ref\.unknown-task::unknown task'

check "GITHUB_ACTIONS=true with --format: only what --format asks"
expect_status 1 env GITHUB_ACTIONS=true "$plancheck" validate "$mixed" --format junit >stdout.txt
same stdout.txt validate.xml

check "GITHUB_ACTIONS set to anything but true: text only"
expect_status 1 env GITHUB_ACTIONS=false "$plancheck" validate "$mixed" >stdout.txt
same stdout.txt validate.txt

check "GITHUB_STEP_SUMMARY: a Markdown summary is appended, standard output unchanged"
printf '# An earlier step\n\nIts summary.\n' >summary.md
cp summary.md before.md
expect_status 1 env GITHUB_STEP_SUMMARY="$tmp/summary.md" "$plancheck" validate "$mixed" >stdout.txt
same stdout.txt validate.txt
head -c "$(wc -c <before.md)" summary.md >kept.md
same kept.md before.md
expect_line summary.md '^### plancheck validate$'
expect_line summary.md '^3 files, 4 errors, 3 warnings$'
expect_line summary.md '^\| File \| Line \| Severity \| Rule \| Message \|$'
[[ $(grep -c '^| .*/mixed/' summary.md) == 7 ]] || fail "summary.md: not one row per diagnostic"
cp summary.md once.md

check "GITHUB_STEP_SUMMARY: a second run appends again (check, this time)"
expect_status 1 env GITHUB_STEP_SUMMARY="$tmp/summary.md" "$plancheck" check "$escapes" --as-of 2026-11-28 \
  --all >stdout.txt
same stdout.txt check.text
head -c "$(wc -c <once.md)" summary.md >kept.md
same kept.md once.md
expect_line summary.md '^### plancheck check: ci-escapes \(as of 2026-11-28\)$'
expect_line summary.md '^\| 3 \| 0 \| 1 \| 2 \| 0 \| 0 \| 0 \| 0 \|$'

check "GITHUB_STEP_SUMMARY: each table row is one line with five cells"
# A row has six unescaped pipes; a line break or a pipe left in a cell would change that.
awk '/^\| (File|Status) \|/ { rows = 1; next }
  /^$/ { rows = 0 }
  rows && !/^\| ---/ {
    n = gsub(/\|/, "|"); e = gsub(/\\\|/, "x"); if (n - e != 6) { print FILENAME ":" NR ": " $0; bad = 1 }
    seen++
  }
  END { if (seen != 7 + 6) { print "rows: " seen; bad = 1 } exit bad }' summary.md ||
  fail "a summary row does not have five cells"
grep -Fq '<!--' summary.md && fail "an HTML comment reached the summary"
grep -Fq '<b>' summary.md && fail "an HTML tag reached the summary"

check "GITHUB_STEP_SUMMARY that cannot be written: exit 2, after the output is written"
expect_status 2 env GITHUB_STEP_SUMMARY="$tmp/missing/summary.md" "$plancheck" validate "$shipped" --as-of 2026-12-31 \
  >stdout.txt 2>stderr.txt
expect_line stdout.txt '^19 files, 0 errors, 6 warnings$'
expect_line stderr.txt "^plancheck: $tmp/missing/summary.md: error: "
[[ ! -e missing ]] || fail "a folder was created for the summary"

check "GITHUB_STEP_SUMMARY empty: no summary, exit 0"
expect_status 0 env GITHUB_STEP_SUMMARY= "$plancheck" validate "$shipped" --as-of 2026-12-31 >/dev/null

check "conflicting outputs (json twice on standard output) exit 2 and write nothing"
rm -f out.xml
expect_status 2 "$plancheck" validate "$mixed" --format junit=out.xml --format json --format json \
  >stdout.txt 2>stderr.txt
[[ ! -s stdout.txt ]] || fail "something was written to standard output"
[[ ! -e out.xml ]] || fail "out.xml was written in a run that was refused"
expect_line stderr.txt '^plancheck: usage error: --format: .*alone on standard output'

check "one file named twice exits 2 and writes nothing"
expect_status 2 "$plancheck" check "$escapes" --as-of 2026-11-28 --format json=same.out \
  --format csv=same.out 2>stderr.txt
[[ ! -e same.out ]] || fail "same.out was written"
expect_line stderr.txt 'same.out is named twice'

check "a file in a folder that does not exist: exit 2, no file, no temporary file"
expect_status 2 "$plancheck" validate "$shipped" --as-of 2026-12-31 --format "junit=$tmp/missing/out.xml" --format text \
  >stdout.txt 2>stderr.txt
expect_line stderr.txt "^plancheck: $tmp/missing/out.xml: error: .*No such file or directory"
[[ ! -e missing ]] || fail "missing/ was created"

check "a path that is a folder: exit 2, the folder untouched, no temporary file"
mkdir adir
expect_status 2 "$plancheck" check "$escapes" --as-of 2026-11-28 --format sarif=adir 2>stderr.txt
[[ -d adir && -z $(ls -A adir) ]] || fail "adir was changed"
[[ -z $(compgen -G 'adir.tmp*') ]] || fail "a temporary file was left behind"
expect_line stderr.txt "^plancheck: adir: error: "

check "a write that fails half-way (file size limit): exit 2, the old file intact, no temporary file"
printf 'the previous report\n' >big.xml
cp big.xml previous.xml
# With SIGXFSZ ignored, writing past the limit fails with EFBIG instead of killing plancheck.
"$plancheck" check "$shipped" --as-of 2026-11-28 --all --format junit >shipped.xml || true
(($(wc -c <shipped.xml) > 8192)) || fail "shipped.xml is too small to pass the limit"
expect_status 2 bash -c 'trap "" XFSZ; ulimit -f 8; exec "$@"' - "$plancheck" check "$shipped" \
  --as-of 2026-11-28 --all --format junit=big.xml --format junit="$tmp/big2.xml" 2>stderr.txt
same big.xml previous.xml
[[ ! -e big2.xml && -z $(compgen -G 'big*.xml.tmp*') ]] || fail "a partial file was left behind"
expect_line stderr.txt '^plancheck: big.xml: error: .*File too large'

check "an output inside a plan folder being read is refused, and the plan is untouched"
cp -r "$shipped" plan
cp plan/plan.yaml plan.before
expect_status 2 "$plancheck" validate plan --format json=plan/plan.yaml 2>stderr.txt
same plan/plan.yaml plan.before
expect_line stderr.txt '^plancheck: plan/plan.yaml: error: is inside the plan folder plan, which is being read'
expect_status 2 "$plancheck" check plan --as-of 2026-11-28 --format junit=plan/reports/x.yaml \
  --format text >stdout.txt 2>stderr.txt
[[ ! -e plan/reports/x.yaml && ! -s stdout.txt ]] || fail "something was written"
expect_line stderr.txt '^plancheck: plan/reports/x.yaml: error: is inside the plan folder plan'
expect_status 2 "$plancheck" validate plan --format "sarif=$tmp/plan/../plan/new.sarif" 2>stderr.txt
[[ ! -e plan/new.sarif ]] || fail "plan/new.sarif was written"
expect_status 2 env GITHUB_STEP_SUMMARY=plan/summary.md "$plancheck" validate plan 2>stderr.txt
[[ ! -e plan/summary.md ]] || fail "the step summary was written into the plan folder"

check "one file spelt two ways is named twice: nothing is written"
mkdir -p sub
expect_status 2 "$plancheck" check "$escapes" --as-of 2026-11-28 --format json=one.out \
  --format csv=./sub/../one.out 2>stderr.txt
[[ ! -e one.out ]] || fail "one.out was written"
expect_line stderr.txt 'one.out and ./sub/../one.out are the same file'

check "a FIFO as an output file or step summary is refused at once"
mkfifo pipe.out
expect_status 2 timeout 10 "$plancheck" validate "$shipped" --format json=pipe.out 2>stderr.txt
expect_line stderr.txt '^plancheck: pipe.out: error: not a regular file'
expect_status 2 env GITHUB_STEP_SUMMARY=pipe.out timeout 10 "$plancheck" validate "$shipped" \
  >/dev/null 2>stderr.txt
expect_line stderr.txt '^plancheck: pipe.out: error: not a regular file'

check "/dev/stdout and /dev/stderr are written as the streams they are"
expect_status 1 "$plancheck" validate "$mixed" --format junit=/dev/stdout >stdout.txt
same stdout.txt validate.xml
expect_status 1 "$plancheck" validate "$mixed" --format junit=/dev/stderr 2>stderr.txt >/dev/null
same stderr.txt validate.xml

check "an output file keeps its permissions; a new one follows the umask"
printf 'old\n' >private.json
chmod 600 private.json
expect_status 0 "$plancheck" validate "$shipped" --format json=private.json
[[ $(stat -c %a private.json) == 600 ]] || fail "private.json is $(stat -c %a private.json), not 600"
grep -q '"plancheck": 1' private.json || fail "private.json was not replaced"
expect_status 0 bash -c 'umask 027; exec "$@"' - "$plancheck" validate "$shipped" --format json=fresh.json
[[ $(stat -c %a fresh.json) == 640 ]] || fail "fresh.json is $(stat -c %a fresh.json), not 640 (umask 027)"
expect_status 0 bash -c 'umask 022; exec "$@"' - "$plancheck" validate "$shipped" --format json=fresh2.json
[[ $(stat -c %a fresh2.json) == 644 ]] || fail "fresh2.json is $(stat -c %a fresh2.json), not 644 (umask 022)"

check "a failure to write standard output is an error, exit 2, for every command"
for command in "validate $shipped" "validate $mixed" "check $shipped --as-of 2026-11-28 --all" \
  "check $shipped --as-of 2026-11-28 --format json" "rules" "rules --format json" \
  "notify $shipped --as-of 2026-11-27 --from a@example.org --digest-to b@example.org --dry-run --all-items" "--help" \
  "--version" "validate --help"; do
  # shellcheck disable=SC2086 # the words of the command are separate arguments
  expect_status 2 "$plancheck" $command >/dev/full 2>stderr.txt
  expect_line stderr.txt '^plancheck: error: cannot write to standard output: No space left on device$'
done

done_checks
