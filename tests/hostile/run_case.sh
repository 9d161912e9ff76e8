#!/usr/bin/env bash
# Run one hostile-input case under a time and memory limit, and compare
# stdout, stderr and the exit status with the files in `expected/`.
#
#   run_case.sh PLANCHECK CASE_DIR
#
# A case folder holds the input files, `args` (one argument a line), an
# optional `setup` script (run with bash in a scratch copy of the folder, for
# what git cannot store: FIFOs, links to devices, unreadable folders, inputs
# too large to commit) and `expected/{stdout,stderr,status}`. The command runs
# in the scratch copy, so messages name relative paths only.
#
# Optional, besides: `env` (KEY=VALUE a line, set for plancheck: a secret
# that must not leak), `forbidden` (strings, one a line, that must appear in
# neither stdout nor stderr, checked even when writing the expected files),
# and `unprivileged` (run plancheck as a user without privileges, so that
# mode 000 means something: as root, as nobody through setpriv; the case is
# skipped, exit 77, when that is impossible).
#
# Limits: 5 s of CPU time and 200 MB of address space, and 30 s of wall-clock
# time for what blocks without using the CPU (generous, since a busy CI host
# may leave a process waiting for a core many times its CPU time). The CPU
# limit guards against work without bound, not a timing: the slowest case
# takes under 0.5 s on a developer's machine and a slow host may need twice
# that or more, while quadratic work on the cases of several megabytes would
# take minutes. Timings belong in bench/. The sanitizer build (unoptimised,
# with AddressSanitizer and UndefinedBehaviorSanitizer) runs the same code
# several times slower and needs a huge address space for its shadow memory,
# so there the limits are 10 s of CPU time, 30 s of wall-clock time and 300 MB
# of resident memory (through ASAN_OPTIONS): an input that is quadratic or unbounded still blows
# far past them. PLANCHECK_UPDATE_GOLDEN=1 writes the expected files.
set -uo pipefail
plancheck=$(realpath "$1")
case_dir=$(realpath "$2")

scratch=$(mktemp -d)
bin_copy=
cleanup() {
  chmod -R u+rwx "$scratch" 2>/dev/null
  rm -rf "$scratch" ${bin_copy:+"$bin_copy"}
}
trap cleanup EXIT
cp -a "$case_dir/." "$scratch/"
rm -rf "$scratch/expected" "$scratch/args" "$scratch/setup"
cd "$scratch" || exit 2
if [[ -f $case_dir/setup ]]; then
  bash "$case_dir/setup" || {
    echo "setup of $case_dir failed" >&2
    exit 2
  }
fi

mapfile -t args <"$case_dir/args"
unset LC_ALL LC_MESSAGES PLANCHECK_LANG NO_COLOR PLANCHECK_FROM GITHUB_ACTIONS GITHUB_STEP_SUMMARY TZ COLUMNS
export LANG=C.UTF-8
if [[ -f $case_dir/env ]]; then
  while IFS= read -r line; do
    [[ -n $line ]] && export "${line?}"
  done <"$case_dir/env"
fi

# Not `ldd | grep -q`: grep leaving early kills ldd with SIGPIPE, which
# pipefail turns into "no AddressSanitizer" now and then.
sanitized=0
[[ $(ldd "$plancheck" 2>/dev/null) == *libasan* ]] && sanitized=1
if ((sanitized)); then
  export ASAN_OPTIONS=hard_rss_limit_mb=300:detect_leaks=1
  limits=(prlimit --cpu=10)
  wall=30
else
  limits=(prlimit --cpu=5 --as=$((200 * 1024 * 1024)))
  wall=30
fi
if [[ -f $case_dir/unprivileged && $(id -u) == 0 ]]; then
  # Root reads mode-000 files: run as nobody, which must reach the binary
  # and the scratch copy. A build below a folder nobody may enter (a clone
  # in root's home) is run from a copy in a folder nobody may enter.
  if command -v setpriv >/dev/null &&
    ! setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$plancheck"; then
    bin_copy=$(mktemp -d)
    chmod 755 "$bin_copy"
    cp "$plancheck" "$bin_copy/plancheck"
    plancheck=$bin_copy/plancheck
  fi
  if ! command -v setpriv >/dev/null ||
    ! setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$plancheck"; then
    echo "skipped: cannot run $plancheck as nobody (setpriv, or a folder nobody may not enter)"
    exit 77
  fi
  chmod 755 "$scratch"
  limits=(setpriv --reuid=nobody --regid=nogroup --clear-groups "${limits[@]}")
fi

"${limits[@]}" timeout -s KILL "$wall" "$plancheck" "${args[@]}" >"$scratch/.stdout" 2>"$scratch/.stderr" </dev/null
status=$?
out=$(cat "$scratch/.stdout"; echo x)
err=$(cat "$scratch/.stderr"; echo x)

if [[ -f $case_dir/forbidden ]]; then
  while IFS= read -r secret; do
    if [[ -n $secret ]] && grep -qF -- "$secret" "$scratch/.stdout" "$scratch/.stderr"; then
      echo "--- the output shows '$secret', which it must never show"
      exit 1
    fi
  done <"$case_dir/forbidden"
fi

if [[ ${PLANCHECK_UPDATE_GOLDEN:-} == 1 ]]; then
  mkdir -p "$case_dir/expected"
  printf '%s' "${out%x}" >"$case_dir/expected/stdout"
  printf '%s' "${err%x}" >"$case_dir/expected/stderr"
  echo "$status" >"$case_dir/expected/status"
  echo "updated $case_dir/expected"
  exit 0
fi

failed=0
expected_status=$(tr -d '[:space:]' <"$case_dir/expected/status")
if [[ $status != "$expected_status" ]]; then
  echo "--- status: expected $expected_status, got $status (124/137: time limit; 152: CPU limit)"
  failed=1
fi
for stream in stdout stderr; do
  if ! diff -u "$case_dir/expected/$stream" "$scratch/.$stream" >"$scratch/.diff"; then
    echo "--- $stream differs:"
    head -c 4000 "$scratch/.diff"
    failed=1
  fi
done
exit $failed
