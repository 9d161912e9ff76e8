#!/usr/bin/env bash
# Time plancheck on a large synthetic plan: bench/run.sh [BUILD_DIR]
# Uses hyperfine when it is installed, else bash's time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/generate.py "$dir/plan" --size province
find "$dir/plan" -name "*.yaml" | wc -l
commands=(
  "$build/src/plancheck validate $dir/plan"
  "$build/src/plancheck check --as-of 2026-11-28 --all --format json $dir/plan"
)
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --ignore-failure "${commands[@]}"
else
  for c in "${commands[@]}"; do
    echo "== $c"
    time ($c >/dev/null || true)
  done
fi
