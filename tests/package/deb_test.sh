#!/usr/bin/env bash
# The Debian package as a user gets it: `cpack -G DEB` from the finished
# build (no second build), its files only under /usr, Depends naming the
# runtime libraries' packages, lintian without an error; then extracted with
# `dpkg-deb -x` into a scratch root, its binary prints its version, checks
# the plan it ships, and `man -l` reads its manual page.
#   deb_test.sh BUILD-DIR CPACK
set -euo pipefail
build_dir=$(cd "$1" && pwd)
cpack=$2
unset PLANCHECK_LANG LC_ALL LC_MESSAGES NO_COLOR GITHUB_ACTIONS GITHUB_STEP_SUMMARY TZ
export LANG=C.UTF-8

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

echo "check: cpack -G DEB builds one package"
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; fail "cpack failed"; }
debs=("$tmp"/out/plancheck_*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || fail "no single plancheck_*.deb in $tmp/out"
deb=${debs[0]}

echo "check: every file is under /usr"
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/files"
if grep -v -e '^\./$' -e '^\./usr/' "$tmp/files"; then
  fail "files outside /usr (above)"
fi
for file in ./usr/bin/plancheck ./usr/share/man/man1/plancheck.1.gz ./usr/share/man/man5/plancheck.5.gz \
  ./usr/share/doc/plancheck/copyright ./usr/share/doc/plancheck/changelog.Debian.gz \
  ./usr/share/doc/plancheck/huong-dan-bao-cao.md ./usr/share/plancheck/schemas/plan.schema.json \
  ./usr/share/plancheck/plans/binh-phuoc-cnsh-2024/plan.yaml \
  ./usr/share/bash-completion/completions/plancheck ./usr/share/zsh/vendor-completions/_plancheck \
  ./usr/share/fish/vendor_completions.d/plancheck.fish; do
  grep -qxF "$file" "$tmp/files" || fail "the package lacks $file"
done

echo "check: Depends names the runtime libraries' packages"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libyaml-cpp libfmt libicu; do
  [[ $depends == *"$library"* ]] || fail "Depends lacks $library"
done

echo "check: lintian reports no error"
lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" >"$tmp/lintian.log" 2>&1 ||
  { cat "$tmp/lintian.log"; fail "lintian reports errors"; }
cat "$tmp/lintian.log"

echo "check: the extracted binary runs"
dpkg-deb -x "$deb" "$tmp/root"
"$tmp/root/usr/bin/plancheck" --version >"$tmp/version" || fail "--version failed"
grep -Eq '^plancheck [0-9.]+ \(commit ' "$tmp/version" || fail "--version says: $(cat "$tmp/version")"

echo "check: it checks the plan it ships"
"$tmp/root/usr/bin/plancheck" check "$tmp/root/usr/share/plancheck/plans/binh-phuoc-cnsh-2024" \
  --as-of 2026-11-28 --fail-on never >"$tmp/check" || fail "check of the packaged plan failed"
grep -q '^Total: ' "$tmp/check" || fail "check printed no total: $(cat "$tmp/check")"

echo "check: man -l reads its manual page"
MANPAGER=cat MANWIDTH=80 man -l "$tmp/root/usr/share/man/man1/plancheck.1.gz" >"$tmp/man" 2>"$tmp/man.err" ||
  fail "man -l failed: $(cat "$tmp/man.err")"
grep -q 'plancheck' "$tmp/man" || fail "the page does not name plancheck"
grep -q 'EXIT STATUS' "$tmp/man" || fail "the page has no EXIT STATUS"
echo "the package: every check passed"
