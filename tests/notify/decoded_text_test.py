#!/usr/bin/env python3
"""The reminder mails of tests/notify/fixture as readable text.

    tests/notify/decoded_text_test.py PLANCHECK

The notify goldens in tests/e2e are MIME (quoted-printable bodies, RFC 2047
headers), where a changed word is hard to see. This runs
`plancheck notify --dry-run` on the fixture for each case below, in English
and in Vietnamese, decodes the mbox with Python's email package and compares
the text with tests/notify/decoded/CASE-LANG.txt exactly: reminders-day-vi.txt
and reminders-day-en.txt hold a letter to an agency of each kind of item and
the digest, for review by a person. With
PLANCHECK_UPDATE_GOLDEN=1 in the environment it writes the files instead.
Exit status 0 when all match, 1 with a diff of each one that does not.
"""

import difflib
import email
import email.policy
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixture"
GOLDEN = HERE / "decoded"
FROM = "Văn phòng UBND tỉnh <noreply@example.gov.vn>"

# name: the arguments after the fixture. The reminders day has every kind
# of item; --max-overdue 5 on it moves the overdue item to the digest's own section.
CASES = {
    "reminders-day": ["--as-of", "2025-06-23"],
    "max-overdue": ["--as-of", "2025-06-23", "--max-overdue", "5"],
}
HEADERS = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"]


def split_mbox(text):
    """The messages of an mbox as written by plancheck: each after a "From " line."""
    messages, current = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("From ") and (current is None or current[-1:] == ["\n"]):
            current = []
            messages.append(current)
        elif current is not None:
            current.append(line)
    return ["".join(m) for m in messages]


def decoded(raw):
    """One message as text: its address and subject headers decoded, then its body."""
    message = email.message_from_string(raw, policy=email.policy.default)
    lines = [f"{name}: {message[name]}" for name in HEADERS if message[name] is not None]
    return "\n".join(lines) + "\n\n" + message.get_content()


def run(plancheck, lang, args):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "PLANCHECK_LANG", "PLANCHECK_FROM", "NO_COLOR", "TZ")}
    env["LANG"] = "C.UTF-8"
    command = [plancheck, "--lang", lang, "notify", str(FIXTURE), "--from", FROM,
               "--digest-to", "Điều phối <dieuphoi@example.gov.vn>",
               "--cc", "thanhtra@example.gov.vn", "--dry-run", *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    text = "".join(f"=== message {i}\n{decoded(m)}\n" for i, m in enumerate(split_mbox(done.stdout), 1))
    return f"$ plancheck --lang {lang} notify FIXTURE {' '.join(args)}\n" \
           f"status {done.returncode}\n{done.stderr}\n{text}"


def main():
    plancheck = sys.argv[1]
    update = os.environ.get("PLANCHECK_UPDATE_GOLDEN", "") not in ("", "0")
    failed = False
    for name, args in CASES.items():
        for lang in ("en", "vi"):
            path = GOLDEN / f"{name}-{lang}.txt"
            actual = run(plancheck, lang, args)
            if update:
                path.write_text(actual, encoding="utf-8")
                print(f"updated {path}")
                continue
            expected = path.read_text(encoding="utf-8") if path.exists() else ""
            if actual != expected:
                failed = True
                sys.stdout.writelines(difflib.unified_diff(
                    expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                    f"expected/{path.name}", f"actual/{path.name}"))
    if failed:
        print("decoded reminder text differs; if intended, run with PLANCHECK_UPDATE_GOLDEN=1 "
              "and review the diff")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
