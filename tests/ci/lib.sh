# Sourced by the tests in tests/ci: a known environment, a scratch folder,
# and helpers that say what each check is and stop at the first failure.
# Each test takes the plancheck binary as its first argument.

ci_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ci_dir=$ci_root/tests/ci
# validate runs on the shipped plan pass --as-of 2026-12-31: its last reports
# are dated December 2026, and a day before them would warn of reports from
# the future.
shipped=$ci_root/plans/binh-phuoc-cnsh-2024
mixed=$ci_root/tests/e2e/ci/data/mixed

if [[ $# -lt 1 || ! -x $1 ]]; then
  echo "usage: $0 PATH-TO-PLANCHECK" >&2
  exit 2
fi
plancheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

# Nothing from the caller's machine may change what plancheck writes.
unset PLANCHECK_LANG LC_ALL LC_MESSAGES NO_COLOR PLANCHECK_FROM GITHUB_ACTIONS GITHUB_STEP_SUMMARY TZ
export LANG=C.UTF-8

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

checks=0

# Failures are told on the original standard error (3), even from inside a
# command whose output the test sends to a file.
exec 3>&2

# Say what is checked next.
check() {
  checks=$((checks + 1))
  echo "check: $*"
}

fail() {
  echo "FAIL: $*" >&3
  exit 1
}

# Run a command, setting `status` to its exit status without tripping set -e.
run() {
  status=0
  "$@" || status=$?
}

# Run a command and fail unless it exits with the status given first.
expect_status() {
  local want=$1
  shift
  run "$@"
  [[ $status == "$want" ]] || fail "exit status $status, expected $want: $*"
}

# Fail unless the file exists and holds a line matching the extended regex.
expect_line() {
  local file=$1 pattern=$2
  grep -Eq -- "$pattern" "$file" || fail "$file has no line matching: $pattern"
}

# Print the closing line.
done_checks() {
  echo "$checks passed, 0 failed"
}

# Report the test skipped (ctest's SKIP_RETURN_CODE), saying why.
skip() {
  echo "SKIP: $*"
  exit 77
}

# Require a program, saying how to get it; without it the test is skipped.
need() {
  command -v "$1" >/dev/null || skip "$1 is not installed (scripts/dev test installs it)"
}

# Require the npm packages of tests/schema (`npm ci` there installs them:
# $1 is one of them); without them the test is skipped.
need_npm_ci() {
  [[ -d $ci_root/tests/schema/node_modules/$1 ]] ||
    skip "tests/schema/node_modules is missing: run 'npm ci' in tests/schema"
}
