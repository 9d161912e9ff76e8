#!/usr/bin/env bash
# Time plancheck on hostile inputs whose cost used to grow faster than their
# size: bench/hostile.sh [BUILD_DIR]
#
# Each input is written twice, the second time twice as large: the time of
# the second should be at most about twice the first. Timings are for reading
# only, never a test verdict; tests/hostile holds the cases that must pass.
# Environment: SCALES (default "1 2"), TIME_LIMIT in seconds (default 60).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
plancheck=$(realpath "${1:-build}/src/plancheck")
time_limit=${TIME_LIMIT:-60}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# A plan with N tasks T0..T(N-1) owned by one agency.
plan_with_tasks() { # DIR N
  mkdir -p "$1/reports"
  {
    printf 'plancheck: 1\nid: p\ntitle: "P"\nissuer: a\nperiod: {from: 2024-01-01, to: 2025-12-31}\n'
    printf 'agencies:\n  a: {name: "A"}\ntasks:\n'
    awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "  - {id: T%d, title: \"t\", owners: [a]}\n", i }'
  } >"$1/plan.yaml"
}

# A valid report of about BYTES bytes, every key on its first line.
one_line_report() { # DIR BYTES
  local n=$(($2 / 24))
  plan_with_tasks "$1" "$n"
  {
    printf '{plancheck: 1, plan: p, agency: a, number: "1", submitted: 2024-05-01, tasks: {'
    awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "%sT%d: {status: done}", (i ? ", " : ""), i }'
    printf '}}\n'
  } >"$1/reports/r.yaml"
}

# A report of about BYTES bytes of unknown keys on one line.
one_line_unknown_keys() { # DIR BYTES
  plan_with_tasks "$1" 1
  {
    printf '{plancheck: 1, plan: p, agency: a, number: "1", submitted: 2024-05-01'
    awk -v n="$(($2 / 10))" 'BEGIN { for (i = 0; i < n; i++) printf ", k%06d: 1", i }'
    printf '}\n'
  } >"$1/reports/r.yaml"
}

# A valid plan of about BYTES bytes whose `basis` is one line.
one_line_basis() { # DIR BYTES
  mkdir -p "$1"
  {
    printf 'plancheck: 1\nid: p\ntitle: "P"\nissuer: a\nperiod: {from: 2024-01-01, to: 2025-12-31}\n'
    printf 'agencies:\n  a: {name: "A"}\ntasks:\n  - {id: T, title: "t", owners: [a]}\nbasis: ['
    awk -v n="$(($2 / 70))" 'BEGIN { for (i = 0; i < n; i++)
      printf "%s{number: \"%d/NQ-CP\", date: 2023-01-30, issuer: \"Chính phủ\", title: \"x\"}", (i ? ", " : ""), i }'
    printf ']\n'
  } >"$1/plan.yaml"
}

# BYTES bytes of '['.
brackets() { # DIR BYTES
  mkdir -p "$1"
  head -c "$2" /dev/zero | tr '\0' '[' >"$1/plan.yaml"
}

# N agencies, each succeeded by the next, each owing a task and a duty.
chained_agencies() { # DIR N
  mkdir -p "$1"
  {
    printf 'plancheck: 1\nid: p\ntitle: "P"\nissuer: a%d\nperiod: {from: 2024-01-01, to: 2025-12-31}\nagencies:\n' "$(($2 - 1))"
    awk -v n="$2" 'BEGIN { for (i = 0; i < n - 1; i++) printf "  a%d: {name: \"A\", until: 2024-01-01, successor: a%d}\n", i, i + 1
      printf "  a%d: {name: \"A\"}\n", n - 1 }'
    printf 'tasks:\n'
    awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "  - {id: T%d, title: \"t\", owners: [a%d], due: {by: 2024-06-30}}\n", i, i }'
  } >"$1/plan.yaml"
}

# Print the CPU time (user + system) of COMMAND, which is what the machine's
# load changes least; a run past TIME_LIMIT seconds is stopped.
run() { # LABEL COMMAND...
  local label=$1
  shift
  local status=0
  /usr/bin/time -f '%U %S' -o "$dir/time" timeout "$time_limit" "$@" >/dev/null 2>&1 || status=$?
  if [[ $status == 124 ]]; then
    printf '%-44s  > %d s (stopped)\n' "$label" "$time_limit"
  else
    printf '%-44s %8.2f s CPU\n' "$label" "$(tail -1 "$dir/time" | awk '{ print $1 + $2 }')"
  fi
}

for scale in ${SCALES:-1 2}; do
  one_line_report "$dir/report$scale" $((scale << 20))
  run "report, all keys on one line, ${scale} MiB" "$plancheck" validate "$dir/report$scale"
  one_line_unknown_keys "$dir/unknown$scale" $((scale << 20))
  run "report, unknown keys on one line, ${scale} MiB" "$plancheck" validate "$dir/unknown$scale"
  one_line_basis "$dir/basis$scale" $((scale * 400000))
  run "plan, basis on one line, $((scale * 400)) KB" "$plancheck" validate "$dir/basis$scale"
  brackets "$dir/brackets$scale" $((scale << 23))
  run "plan of '[', $((scale * 8)) MiB" "$plancheck" validate "$dir/brackets$scale"
  chained_agencies "$dir/chain$scale" $((scale * 3000))
  run "$((scale * 3000)) chained agencies, validate" "$plancheck" validate "$dir/chain$scale"
  run "$((scale * 3000)) chained agencies, check" "$plancheck" check --as-of 2025-01-01 "$dir/chain$scale"
done
