#!/usr/bin/env bash
# The bash completion (completions/plancheck.bash) loaded into bash and asked,
# as bash asks it (COMP_WORDS, COMP_CWORD), what it offers for partial
# command lines: commands, options, the values of an option or argument that
# takes one of a set, and the ids of the plan on the line or in the current
# directory.
#   bash_test.sh PLANCHECK SOURCE-DIR
set -euo pipefail
plancheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
shipped=$source_dir/plans/binh-phuoc-cnsh-2024
unset PLANCHECK_LANG LC_ALL LC_MESSAGES
export LANG=C.UTF-8

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
ln -s "$plancheck" "$tmp/bin/plancheck"
export PATH=$tmp/bin:$PATH

# shellcheck source=../../completions/plancheck.bash
source "$source_dir/completions/plancheck.bash"
[[ $(complete -p plancheck) == *"-F _plancheck"* ]] || { echo "FAIL: no completion for plancheck"; exit 1; }

failures=0

# offered LINE: what the completion offers at the end of LINE (a trailing
# space starts a new, empty word), one a line.
offered() {
  local line=$1
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  _plancheck
  printf '%s\n' "${COMPREPLY[@]}"
}

# expect LINE WORD...: the completion of LINE offers every WORD.
expect() {
  local line=$1 word got
  shift
  got=$(offered "$line")
  for word in "$@"; do
    if ! grep -qxF -- "$word" <<<"$got"; then
      echo "FAIL: '$line' does not offer '$word'; it offers: $(tr '\n' ' ' <<<"$got")"
      failures=$((failures + 1))
    fi
  done
}

# expect_only LINE WORD...: the completion of LINE offers the WORDs and nothing else.
expect_only() {
  local line=$1 got want
  shift
  got=$(offered "$line")
  want=$(printf '%s\n' "$@")
  if [[ $got != "$want" ]]; then
    echo "FAIL: '$line' offers: $(tr '\n' ' ' <<<"$got"), not: $*"
    failures=$((failures + 1))
  fi
}

expect "plancheck " validate check new notify list rules
expect_only "plancheck ch" check
expect_only "plancheck li" list
[[ -z $(offered "plancheck comp") ]] || { echo "FAIL: the hidden helper is offered"; failures=$((failures + 1)); }
expect "plancheck --" --lang --color --version --help
expect_only "plancheck --lang " vi en
expect_only "plancheck check --fail-on d" due-soon
expect "plancheck check --ag" --agency
expect "plancheck check $shipped --a" --agency --all --as-of
expect "plancheck check --format " text json csv github junit sarif
expect "plancheck check --status " overdue incomplete late due-soon pending waived lapsed ok
expect_only "plancheck list " agencies groups tasks duties
expect_only "plancheck rules --format " text json
expect_only "plancheck new " report decision
expect "plancheck new report --" --agency --duty --task --output
expect "plancheck check $shipped --agency " ubnd-tinh dn-ubnd-tinh dn-so-yt
expect_only "plancheck check $shipped --agency dn-ubnd" dn-ubnd-tinh
expect "plancheck check $shipped --duty " annual-department annual-summary
expect "plancheck check $shipped --task II.3" II.3.a.1 II.3.a.2 II.3.b
expect "plancheck new report $shipped --agency " dn-so-yt
# The plan of the current directory, when the line names none.
(cd "$shipped" && expect_only "plancheck check --duty annual-d" annual-department && exit "$failures") || failures=$((failures + 1))
# A path: nothing offered, so that bash completes file names.
expect_only "plancheck check pla"

if ((failures > 0)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "bash completion: every check passed"
