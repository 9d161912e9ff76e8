#!/usr/bin/env bash
# Write seed corpora for the fuzz targets from the fixtures, one folder per
# target below OUT_DIR (created; existing seeds are kept):
#
#   make_corpus.sh OUT_DIR
#
# plan_loader: every plan.yaml; report_loader: every *.yaml/*.yml below a
# reports/ folder; decision_loader: every one below a decisions/ folder;
# request_loader: below a requests/ folder; calendar_file: below a calendars/ folder;
# plan_folder: each plan.yaml with the report files below its reports/, joined
# by `#>>` lines as plan_folder_fuzz.cpp expects. Seeds are named by their
# content's hash, so running it twice adds nothing. Fixtures are read from
# plans/, tests/e2e/ and tests/hostile/ (after a hostile case's setup would
# have run, generated files are missing: the fuzzer grows what it needs).
set -euo pipefail
out=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$out"/{plan_loader,report_loader,decision_loader,request_loader,calendar_file,plan_folder}

# Copy standard input into $out/$1 under the name of its hash.
seed() {
  local tmp hash
  tmp=$(mktemp "$out/$1/.seed.XXXXXX")
  cat >"$tmp"
  hash=$(sha1sum "$tmp" | cut -d' ' -f1)
  mv "$tmp" "$out/$1/$hash"
}

# Regular files only: hostile fixtures may hold links to devices or FIFOs.
fixtures() {
  find "$root/plans" "$root/tests/e2e" "$root/tests/hostile" -type f "$@" -size -1024k 2>/dev/null | sort
}

while IFS= read -r plan; do
  seed plan_loader <"$plan"
  dir=$(dirname "$plan")
  {
    cat "$plan"
    if [[ -d $dir/reports ]]; then
      find "$dir/reports" -type f \( -name '*.yaml' -o -name '*.yml' \) | sort | head -n 64 |
        while IFS= read -r report; do
          printf '\n#>>\n'
          cat "$report"
        done
    fi
  } | seed plan_folder
done < <(fixtures -name plan.yaml)

while IFS= read -r report; do
  seed report_loader <"$report"
done < <(fixtures -path '*/reports/*' \( -name '*.yaml' -o -name '*.yml' \))

while IFS= read -r decision; do
  seed decision_loader <"$decision"
done < <(fixtures -path '*/decisions/*' \( -name '*.yaml' -o -name '*.yml' \))

while IFS= read -r request; do
  seed request_loader <"$request"
done < <(fixtures -path '*/requests/*' \( -name '*.yaml' -o -name '*.yml' \))

while IFS= read -r calendar; do
  seed calendar_file <"$calendar"
done < <(fixtures -path '*/calendars/*' \( -name '*.yaml' -o -name '*.yml' \))
