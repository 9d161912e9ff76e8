#!/usr/bin/env bash
# The CI examples in docs/ci run as they say: each plancheck command in the
# GitHub Actions and GitLab CI files, taken from the files themselves, runs
# with the built binary against a copy of plans/binh-phuoc-cnsh-2024 and
# exits as its job expects; their apt-get lines install what plancheck needs
# to build. The files and commands shown in plans/README.md work too.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need node
need xmllint
need_npm_ci yaml
mkdir -p "$tmp/bin"
ln -s "$plancheck" "$tmp/bin/plancheck"

# What scripts/dev installs to build plancheck, less what only its tests use.
build_packages=$(sed -n '/^runtime_packages=(/,/)/p' "$ci_root/scripts/dev" |
  sed 's/runtime_packages=(//; s/)//' | tr -s ' \n' '\n' | grep -v -e '^$' -e '^doctest-dev$' | sort)
[[ -n $build_packages ]] || fail "no runtime_packages in scripts/dev"

# Today's expectation for `check --fail-on overdue`: 1 while anything is
# overdue in the shipped plan as of today (in the plan's time zone).
"$plancheck" check "$shipped" --format json >"$tmp/today.json" || true
overdue=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).summary.overdue)' \
  "$tmp/today.json")
as_of=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).as_of)' "$tmp/today.json")
check_status=$((overdue > 0 ? 1 : 0))
echo "as of $as_of the shipped plan has $overdue overdue obligations: a scheduled check exits $check_status"

n=0
for example in "$ci_root"/docs/ci/github-actions.yml "$ci_root"/docs/ci/gitlab-ci.yml; do
  name=$(basename "$example")

  check "$name is YAML laid out as its CI reads it"
  node "$ci_dir/ci_examples.mjs" commands "$example" >"$tmp/$name.commands"
  [[ -s $tmp/$name.commands ]] || fail "$name runs no plancheck command"

  check "$name: validate runs on every push (not only on schedule), with a JUnit report"
  grep -q "^'[^']*' '\(always\|not-schedule\)' .*'plancheck validate [^']*--format junit=" "$tmp/$name.commands" ||
    fail "$name: no validate with --format junit outside the schedule"
  if [[ $name == github-* ]]; then
    grep -q "'plancheck validate [^']*--format github" "$tmp/$name.commands" ||
      fail "$name: validate without --format github"
  fi

  check "$name: check --fail-on overdue runs on the schedule"
  grep -q "^'[^']*' 'schedule' .*'plancheck check [^']*--fail-on overdue" "$tmp/$name.commands" ||
    fail "$name: no scheduled plancheck check --fail-on overdue"

  check "$name installs every package plancheck needs to build"
  node "$ci_dir/ci_examples.mjs" packages "$example" >"$tmp/$name.packages"
  missing=$(comm -23 <(echo "$build_packages") <(sort "$tmp/$name.packages"))
  [[ -z $missing ]] || fail "$name does not install: $missing"

  while IFS= read -r record; do
    eval "words=($record)"
    job=${words[0]} when=${words[1]} count=${words[2]}
    variables=("${words[@]:3:count}")
    command=${words[3 + count]}
    n=$((n + 1))
    work=$tmp/work-$n
    mkdir -p "$work"
    ci_env=(GITLAB_CI=true CI=true)
    [[ $name == github-* ]] && ci_env=(GITHUB_ACTIONS=true CI=true GITHUB_STEP_SUMMARY="$work/summary.md")

    case $command in
    "plancheck validate "*) want=0 ;;
    "plancheck check "*) want=$check_status ;;
    *) fail "$name: $command: not a plancheck command this test knows" ;;
    esac
    check "$name, job $job ($when): '$command' exits $want"
    plan=$(env "${variables[@]}" bash -c 'echo "$PLAN"')
    [[ -n $plan && $plan != /* ]] || fail "$name: PLAN must be a folder in the repository"
    mkdir -p "$work/$(dirname "$plan")"
    cp -R "$shipped" "$work/$plan"
    cp -R "$shipped/../calendars" "$work/$(dirname "$plan")/calendars" # the holidays plan.yaml includes
    run env -C "$work" "${variables[@]}" "${ci_env[@]}" PATH="$tmp/bin:$PATH" bash -eo pipefail -c "$command" \
      >"$work/stdout" 2>"$work/stderr"
    [[ $status == "$want" ]] || {
      head -20 "$work/stdout" "$work/stderr" >&3
      fail "$name, job $job: exit status $status, expected $want"
    }

    for junit in $(grep -o -- '--format junit=[^ "]*' <<<"$command" | sed 's/--format junit=//'); do
      check "$name, job $job: $junit is written and valid against junit.xsd"
      xmllint --noout --schema "$ci_dir/junit.xsd" "$work/$junit" 2>"$work/xsd.err" || {
        cat "$work/xsd.err" >&3
        fail "$work/$junit is not valid"
      }
    done
    if [[ $name == github-* ]]; then
      check "$name, job $job: a summary is added to the run's page"
      expect_line "$work/summary.md" '^### plancheck (validate|check)'
    fi
  done <"$tmp/$name.commands"
done
((n >= 4)) || fail "only $n plancheck commands found in the examples"

# plans/README.md: its example files (```yaml blocks opening with
# "# file: PATH") are valid, and its commands run on them.
readme=$tmp/readme
mkdir -p "$readme"
awk -v root="$readme" '
  /^```yaml$/ { block = 1; file = ""; next }
  /^```/ { block = 0; next }
  block && file == "" && /^# file: / { file = root "/" $3; system("mkdir -p \"$(dirname \"" file "\")\""); next }
  block && file != "" { print > file }
' "$ci_root/plans/README.md"
check "plans/README.md: its example plan and report are valid"
[[ -f $readme/plans/demo-2025/plan.yaml && -n $(find "$readme/plans/demo-2025/reports" -name '*.yaml') ]] ||
  fail "plans/README.md has no example plan and report"
expect_status 0 "$plancheck" validate "$readme/plans/demo-2025" >"$tmp/readme.out"
check "plans/README.md: its example report answers its duty on time"
expect_status 0 "$plancheck" check "$readme/plans/demo-2025" --as-of 2025-12-31 --agency so-yt \
  --status ok,late,incomplete,overdue --fail-on late --quiet >"$tmp/readme.out"
sed -n '/^```sh$/,/^```$/p' "$ci_root/plans/README.md" | sed 's/ *#.*//' | grep '^plancheck ' >"$tmp/readme.commands"
[[ -s $tmp/readme.commands ]] || fail "plans/README.md shows no plancheck command"
while IFS= read -r command; do
  check "plans/README.md: '$command' runs (exit 0 or 1)"
  run env -C "$readme" PATH="$tmp/bin:$PATH" bash -c "$command" >"$tmp/readme.out" 2>&1
  ((status <= 1)) || {
    cat "$tmp/readme.out" >&3
    fail "exit status $status"
  }
done <"$tmp/readme.commands"

done_checks
