#!/usr/bin/env bash
# --jobs changes how many files are read at once, never what is written:
# check (text and JSON) and validate (text and JSON) on a generated plan
# folder, on a copy with broken and unreadable files, and on the benchmark's
# nation corpus must write the same bytes and exit with the same status with
# --jobs 1 and --jobs 4.
# usage: same_output_test.sh PLANCHECK SOURCE_DIR PYTHON3
set -euo pipefail
plancheck=$1
source_dir=$2
python3=$3
unset PLANCHECK_LANG LC_ALL LC_MESSAGES NO_COLOR PLANCHECK_FROM GITHUB_ACTIONS GITHUB_STEP_SUMMARY TZ
export LANG=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A small corpus: two plans with reports, decisions and requests.
"$python3" "$source_dir/bench/generate.py" "$tmp/good" --plans 2 --agencies 12 >/dev/null
# The same with files broken in every way a loader reports: bad YAML, a
# wrong field, bad UTF-8, an unknown agency, an empty file, a folder where a
# file should be, a broken decision and request.
cp -r "$tmp/good" "$tmp/bad"
mapfile -t reports < <(find "$tmp/bad" -path '*/reports/*' -name '*.yaml' | sort)
printf 'plancheck: 1\nplan: [kh-cnsh-000\n' >"${reports[3]}"
printf 'plancheck: 1\nplan: kh-cnsh-000\nagency: nobody\nnumber: 1\nsubmitted: 2025-02-30\n' >"${reports[10]}"
printf 'plancheck: 1\nplan: kh-cnsh-000\nagency: so-001\nnumber: "\xff\xfe"\n' >"${reports[20]}"
: >"${reports[40]}"
printf 'plancheck: 1\nplan: kh-cnsh-001\nagency: so-002\nduty: annual-department\nperiod: 2024\nsurprise: yes\n' >"${reports[100]}"
mkdir "$tmp/bad/kh-cnsh-001/reports/2025/zz-folder.yaml"
printf 'plancheck: 1\nplan: kh-cnsh-000\nextend: []\n' >"$tmp/bad/kh-cnsh-000/decisions/2024/100-ubnd-kgvx.yaml"
printf 'plancheck: 1\nplan: kh-cnsh-001\nduties: {}\n' >"$tmp/bad/kh-cnsh-001/requests/2025-06-02-so-ket-18-thang.yaml"

runs=0
# Run `plancheck ARGS...` with --jobs 1 and --jobs 4 and compare everything.
same() {
  runs=$((runs + 1))
  local status1=0 status4=0
  "$plancheck" "$@" --jobs 1 >"$tmp/out1" 2>"$tmp/err1" || status1=$?
  "$plancheck" "$@" --jobs 4 >"$tmp/out4" 2>"$tmp/err4" || status4=$?
  if ! cmp -s "$tmp/out1" "$tmp/out4" || ! cmp -s "$tmp/err1" "$tmp/err4" ||
    [[ $status1 != "$status4" ]]; then
    echo "FAIL: plancheck $* differs between --jobs 1 and --jobs 4 (status $status1, $status4)"
    diff "$tmp/out1" "$tmp/out4" | head -20 || true
    diff "$tmp/err1" "$tmp/err4" | head -20 || true
    exit 1
  fi
  if [[ ! -s $tmp/out1 && ! -s $tmp/err1 ]]; then
    echo "FAIL: plancheck $* wrote nothing: the comparison would prove nothing"
    exit 1
  fi
  echo "same: plancheck $* (status $status1, $(wc -c <"$tmp/out1") + $(wc -c <"$tmp/err1") bytes)"
}

for folder in good bad; do
  same check --as-of 2026-11-28 --all --format json "$tmp/$folder"
  same check --as-of 2026-11-28 --all "$tmp/$folder"
  same validate --as-of 2026-12-31 "$tmp/$folder"
  same validate --as-of 2026-12-31 --format json "$tmp/$folder"
done
# The nation corpus of bench/run (100 plans, about 20,000 files): where the
# workers really interleave, check as JSON and validate must not move a byte.
"$python3" "$source_dir/bench/generate.py" "$tmp/nation" --size nation >/dev/null
same check --as-of 2026-11-28 --format json "$tmp/nation"
same validate --as-of 2026-12-31 "$tmp/nation"
# The broken folder must really be broken, or it proves nothing.
if "$plancheck" validate --as-of 2026-12-31 "$tmp/bad" >/dev/null 2>&1; then
  echo "FAIL: the broken folder validates"
  exit 1
fi
echo "ok: $runs commands write the same with --jobs 1 and 4"
