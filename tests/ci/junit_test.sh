#!/usr/bin/env bash
# The JUnit XML that validate and check write is well-formed (xmllint),
# valid against tests/ci/junit.xsd (the shape GitLab and Jenkins read), with
# unique classname and name pairs and counts that agree with its testcases.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need xmllint

# attr FILE XPATH NAME: print attribute NAME of the element at XPATH in FILE.
attr() {
  xmllint --xpath "string($2/@$3)" "$1"
}

# count FILE XPATH: print how many nodes XPATH selects in FILE.
count() {
  xmllint --xpath "count($2)" "$1"
}

check "validate --format junit on files with errors and warnings exits 1"
expect_status 1 "$plancheck" validate "$mixed" --format junit >"$tmp/validate-mixed.xml"
check "validate --format junit=PATH on the shipped plan exits 0"
expect_status 0 "$plancheck" validate "$shipped" --as-of 2026-12-31 --format "junit=$tmp/validate-shipped.xml"
check "validate --lang vi --format junit exits 1"
expect_status 1 "$plancheck" --lang vi validate "$mixed" --format junit >"$tmp/validate-mixed-vi.xml"
check "check --format junit on the shipped plan as of 2026-11-28 exits 1"
expect_status 1 "$plancheck" check "$shipped" --as-of 2026-11-28 --format junit >"$tmp/check-shipped.xml"
check "check --all --fail-on never --format junit exits 0"
expect_status 0 "$plancheck" check "$shipped" --as-of 2026-11-28 --all --fail-on never \
  --format junit >"$tmp/check-shipped-all.xml"
check "check --status ok (one plan, a testsuite of passing testcases) exits 0"
expect_status 0 "$plancheck" check "$shipped" --as-of 2026-11-28 --status ok \
  --format junit >"$tmp/check-shipped-ok.xml"
check "check --format junit on names and titles holding U+FFFE, U+FFFF, C1 and bidi controls exits 1"
expect_status 1 "$plancheck" check "$ci_root/tests/e2e/ci/data/hostile" --as-of 2026-11-28 --all \
  --format junit >"$tmp/check-hostile.xml"

for file in "$tmp"/*.xml; do
  name=$(basename "$file")
  check "$name is well-formed XML"
  xmllint --noout "$file"
  check "$name is valid against junit.xsd"
  xmllint --noout --schema "$ci_dir/junit.xsd" "$file" 2>"$tmp/xsd.err" || {
    cat "$tmp/xsd.err" >&2
    fail "$name is not valid against junit.xsd"
  }

  check "$name: each classname and name pair is unique"
  n=$(count "$file" '//testcase')
  : >"$tmp/pairs"
  for ((i = 1; i <= n; i++)); do
    xmllint --xpath "concat((//testcase)[$i]/@classname, ' | ', (//testcase)[$i]/@name)" "$file" >>"$tmp/pairs"
    echo >>"$tmp/pairs"
  done
  duplicates=$(sort "$tmp/pairs" | uniq -d)
  [[ -z $duplicates ]] || fail "$name repeats testcases: $duplicates"

  check "$name: tests and failures agree with the testcases, in each testsuite and in all"
  [[ $(attr "$file" /testsuites tests) == "$n" ]] || fail "$name: testsuites/@tests is not $n"
  [[ $(attr "$file" /testsuites failures) == "$(count "$file" '//failure')" ]] ||
    fail "$name: testsuites/@failures is not the number of failures"
  suites=$(count "$file" '/testsuites/testsuite')
  for ((s = 1; s <= suites; s++)); do
    suite="/testsuites/testsuite[$s]"
    [[ $(attr "$file" "$suite" tests) == "$(count "$file" "$suite/testcase")" ]] ||
      fail "$name: testsuite $s: @tests is not its number of testcases"
    [[ $(attr "$file" "$suite" failures) == "$(count "$file" "$suite/testcase/failure")" ]] ||
      fail "$name: testsuite $s: @failures is not its number of failures"
  done
done

check "validate: a failure for each error and a system-out for each warning"
[[ $(count "$tmp/validate-mixed.xml" '//failure') == 4 ]] || fail "validate-mixed.xml: not 4 failures"
[[ $(count "$tmp/validate-mixed.xml" '//testcase/system-out') == 3 ]] ||
  fail "validate-mixed.xml: not 3 warnings"
check "validate: the XML escapes reach the reader as the original text"
xmllint --xpath 'string(//testcase[@name="schema.id at 14:3"]/failure/@message)' "$tmp/validate-mixed.xml" \
  >"$tmp/message"
grep -Fq "'ghi%chú, 100% | x' is not a valid task id" "$tmp/message" || fail "message not read back: $(cat "$tmp/message")"
check "validate: a file without problems is one passing testcase"
# The shipped plan keeps six deadlines on days off: warnings in plan.yaml alone.
[[ $(count "$tmp/validate-shipped.xml" '//failure') == 0 ]] || fail "shipped plan has errors"
[[ $(count "$tmp/validate-shipped.xml" '//testcase/system-out') == 6 ]] || fail "shipped plan: not 6 warnings"
[[ $(count "$tmp/validate-shipped.xml" '//testcase[@name="valid"]') == \
  $(($(count "$tmp/validate-shipped.xml" '//testsuite') - 1)) ]] || fail "not one 'valid' testcase per file without warnings"
check "check: failures are the overdue findings; --fail-on never has none"
[[ $(count "$tmp/check-shipped.xml" '//failure') == \
  $(count "$tmp/check-shipped.xml" '//failure[@type="deadline.overdue"]') ]] || fail "a failure is not overdue"
[[ $(count "$tmp/check-shipped-all.xml" '//failure') == 0 ]] || fail "--fail-on never wrote failures"

# xmllint exits 3 when a document is not valid against the schema.
check "the schema refuses a repeated classname and name pair"
# Rename the second testcase of a testsuite after the first.
suite='(//testsuite[count(testcase) > 1])[1]'
first=$(attr "$tmp/validate-mixed.xml" "$suite/testcase[1]" name)
second=$(attr "$tmp/validate-mixed.xml" "$suite/testcase[2]" name)
sed "s/name=\"$second\"/name=\"$first\"/" "$tmp/validate-mixed.xml" >"$tmp/repeated.xml"
expect_status 3 xmllint --noout --schema "$ci_dir/junit.xsd" "$tmp/repeated.xml" 2>"$tmp/repeated.err"
expect_line "$tmp/repeated.err" 'Duplicate key-sequence'
check "the schema refuses a testcase without time"
sed '0,/<testcase \(.*\) time="0">/s//<testcase \1>/' "$tmp/check-shipped.xml" >"$tmp/no-time.xml"
expect_status 3 xmllint --noout --schema "$ci_dir/junit.xsd" "$tmp/no-time.xml" 2>"$tmp/no-time.err"
expect_line "$tmp/no-time.err" "attribute 'time' is required"

done_checks
