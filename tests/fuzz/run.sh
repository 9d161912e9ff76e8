#!/usr/bin/env bash
# Run every fuzz target of a PLANCHECK_FUZZ=ON build for a bounded time, and
# fail on any finding (crash, sanitizer report, leak, timeout, memory limit):
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS
#
# Each target runs SECONDS seconds from its seeds (make_corpus.sh; inputs the
# fuzzer finds interesting are kept in BUILD_DIR/fuzz/corpus/TARGET for the
# next run) with at most 2 s and 512 MB per input. A finding is saved in
# BUILD_DIR/fuzz/findings/ and printed with the command that reproduces it;
# the other targets still run, then the script exits 1.
set -uo pipefail
if (($# != 2)); then
  echo "usage: tests/fuzz/run.sh BUILD_DIR SECONDS" >&2
  exit 2
fi
build=$(realpath "$1")
seconds=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$build/fuzz
mkdir -p "$work/seeds" "$work/corpus" "$work/findings" "$work/logs"
"$here/make_corpus.sh" "$work/seeds" || exit 2

shopt -s nullglob
targets=("$build"/tests/fuzz/*_fuzz)
if ((${#targets[@]} == 0)); then
  echo "no fuzz targets in $build/tests/fuzz (configure with -DPLANCHECK_FUZZ=ON)" >&2
  exit 2
fi

failed=0
for binary in "${targets[@]}"; do
  name=$(basename "$binary" _fuzz)
  corpus=$work/corpus/$name
  log=$work/logs/$name.log
  mkdir -p "$corpus" "$work/seeds/$name"
  before=("$work/findings/$name"-*)
  "$binary" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=512 -malloc_limit_mb=512 \
    -dict="$here/plancheck.dict" -artifact_prefix="$work/findings/$name-" -print_final_stats=1 \
    "$corpus" "$work/seeds/$name" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  if ((status == 0)); then
    echo "fuzz $name: ${runs:-?} inputs in ${seconds} s, no finding"
    continue
  fi
  failed=1
  echo "fuzz $name: failed (exit status $status); the fuzzer said:"
  grep -E '^(==[0-9]+==|SUMMARY|    #[0-9]|.*runtime error|.*ERROR: libFuzzer)' "$log" | head -n 40
  found=0
  for artifact in "$work/findings/$name"-*; do
    [[ " ${before[*]} " == *" $artifact "* ]] && continue
    found=1
    echo "FINDING of $name: a reproducer is $artifact ($(stat -c %s "$artifact") bytes); run it with:"
    echo "  $binary $artifact"
    echo "its first bytes:"
    head -c 600 "$artifact" | od -c | head -n 24
  done
  ((found)) || tail -n 20 "$log"
  echo "(full log: $log)"
done
exit $failed
