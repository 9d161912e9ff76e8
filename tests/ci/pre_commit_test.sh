#!/usr/bin/env bash
# The pre-commit hook in .pre-commit-hooks.yaml, run by Debian's pre-commit
# in a throwaway repository of a province's plan: it fails on a broken
# report, naming the place and the rule, and passes once the report is fixed.
# No network: the hook repository is a local path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need git
need pre-commit

# Only this test's files: no user or system git configuration, pre-commit's
# cache in the scratch folder, the plancheck under test first on PATH.
export HOME=$tmp/home GIT_CONFIG_NOSYSTEM=1 PRE_COMMIT_HOME=$tmp/pre-commit-cache
export GIT_AUTHOR_NAME=plancheck GIT_AUTHOR_EMAIL=plancheck@example.invalid
export GIT_COMMITTER_NAME=plancheck GIT_COMMITTER_EMAIL=plancheck@example.invalid
mkdir -p "$HOME" "$tmp/bin"
ln -s "$plancheck" "$tmp/bin/plancheck"
export PATH=$tmp/bin:$PATH

# The hook repository: this checkout at HEAD when its hooks file is
# committed as it is; otherwise a repository holding just that file, since
# pre-commit reads hooks from a commit.
hooks_file=.pre-commit-hooks.yaml
if git -C "$ci_root" ls-files --error-unmatch "$hooks_file" >/dev/null 2>&1 &&
  git -C "$ci_root" diff --quiet HEAD -- "$hooks_file"; then
  hook_repo=$ci_root
else
  hook_repo=$tmp/hooks
  git init -q "$hook_repo"
  cp "$ci_root/$hooks_file" "$hook_repo/"
  git -C "$hook_repo" add "$hooks_file"
  git -C "$hook_repo" commit -q -m "plancheck hooks"
fi
rev=$(git -C "$hook_repo" rev-parse HEAD)
echo "hook repository: $hook_repo at $rev"

# A province's repository: a plan and a report that names a task the plan
# does not have.
repo=$tmp/province
mkdir -p "$repo/plans/demo/reports/2025"
cd "$repo"
git init -q
cat >plans/demo/plan.yaml <<'YAML'
plancheck: 1
id: demo
title: "Kế hoạch thử"
issuer: ubnd
period: {from: 2025-01-01, to: 2026-12-31}
agencies:
  ubnd: {name: "UBND tỉnh"}
  so-yt: {name: "Sở Y tế"}
tasks:
  - id: T1
    title: "Nhiệm vụ thứ nhất"
    owners: [so-yt]
duties:
  - id: annual
    title: "Báo cáo hằng năm"
    from: [so-yt]
    to: [ubnd]
    due: {every: year, before: {month: 12, day: 10}}
YAML
cat >plans/demo/reports/2025/so-yt.yaml <<'YAML'
plancheck: 1
plan: demo
agency: so-yt
duty: annual
period: 2025
number: "12/BC-SYT"
submitted: 2025-12-01
tasks:
  T9:
    status: done
YAML
echo "Notes, not checked by the hook." >notes.txt
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $hook_repo
    rev: $rev
    hooks:
      - id: plancheck-validate
YAML
git add -A

check "pre-commit run --all-files fails on the broken report"
run pre-commit run --all-files --color never >run1.out 2>&1
cat run1.out
[[ $status == 1 ]] || fail "pre-commit exited $status, expected 1"

check "it prints the located error: path:line:col: error: message [rule]"
expect_line run1.out "^plans/demo/reports/2025/so-yt\.yaml:9:3: error: unknown task 'T9'; did you mean 'T1'\? \[ref\.unknown-task\]$"
expect_line run1.out '^plancheck validate\.+Failed$'
expect_line run1.out '^- hook id: plancheck-validate$'

check "the hook does not run when no YAML file is among the files"
expect_status 0 pre-commit run --files notes.txt --color never >run2.out 2>&1
expect_line run2.out '^plancheck validate\.+\(no files to check\)Skipped$'

check "once the report is fixed, pre-commit run --all-files passes"
sed -i 's/^  T9:$/  T1:/' plans/demo/reports/2025/so-yt.yaml
git add -A
run pre-commit run --all-files --color never >run3.out 2>&1
cat run3.out
[[ $status == 0 ]] || fail "pre-commit exited $status, expected 0"
expect_line run3.out '^plancheck validate\.+Passed$'

done_checks
