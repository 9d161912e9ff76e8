#!/usr/bin/env bash
# `plancheck notify` delivering through real parts: msmtp as the sendmail,
# handing each message over SMTP to an aiosmtpd server on 127.0.0.1 that
# keeps what it receives in a Maildir, read back with Python's email package.
#
#   tests/notify/smtp_test.sh PLANCHECK [PYTHON [MSMTP]]
#
# PYTHON must be able to import aiosmtpd (Debian: python3-aiosmtpd).
set -euo pipefail

plancheck=$1
python=${2:-python3}
msmtp=${3:-msmtp}
fixture=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/fixture
# Messages in English unless a run asks for Vietnamese.
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES PLANCHECK_LANG PLANCHECK_FROM
as_of=2025-06-23

passed=0
failed=0
pass() {
  passed=$((passed + 1))
  echo "ok: $*"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
# check DESCRIPTION COMMAND...: pass when the command succeeds.
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# Without aiosmtpd the test cannot run: say so, and report it skipped (77).
if ! "$python" -c 'import aiosmtpd' 2>/dev/null; then
  echo "SKIP: $python cannot import aiosmtpd (install python3-aiosmtpd)"
  exit 77
fi

tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# The SMTP server, on a port that was free a moment ago.
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
maildir=$tmp/maildir
"$python" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$maildir" \
  >"$tmp/server.log" 2>&1 &
server_pid=$!
ready=false
for ((i = 0; i < 100; i++)); do # at most 10 seconds
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    ready=true
    break
  fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if ! $ready; then
  echo "aiosmtpd did not start on 127.0.0.1:$port:" >&2
  cat "$tmp/server.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

cat >"$tmp/msmtprc" <<EOF
defaults
auth off
tls off
account default
host 127.0.0.1
port $port
from noreply@example.gov.vn
EOF
chmod 600 "$tmp/msmtprc"
sendmail="$msmtp -C $tmp/msmtprc -t"

# notify ARGS...: run plancheck notify on the fixture as of $as_of; sets
# status, and leaves stdout and stderr in $tmp/out and $tmp/err.
notify() {
  status=0
  "$plancheck" notify "$fixture" --as-of "$as_of" \
    --from "Văn phòng UBND tỉnh <noreply@example.gov.vn>" \
    --digest-to "Điều phối <dieuphoi@example.gov.vn>" \
    --cc "Thanh tra tỉnh <thanhtra@example.gov.vn>" \
    "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
}

# collect DIR: move what the server received so far into DIR.
collect() {
  mkdir -p "$1"
  if [[ -d $maildir/new ]]; then
    find "$maildir/new" -type f -exec mv -t "$1" {} +
  fi
}

# Read every message in a folder with Python's email package and check it
# against what the fixture should produce on $as_of. Arguments: the folder,
# the agencies whose messages must be there ("digest" for the digest), a
# file to write each Message-ID with the SHA-256 of its raw body to, and the
# language the messages were written in (vi or en).
read -r -d '' checker <<'PY' || true
import email
import email.policy
import hashlib
import json
import pathlib
import sys

folder, wanted, summary_path, lang = sys.argv[1], sys.argv[2].split(), sys.argv[3], sys.argv[4]


def report(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)


def mid(who):
    return f"<plancheck.notify-fixture.{who}.20250623@example.gov.vn>"


CC = [("Thanh tra tỉnh", "thanhtra@example.gov.vn")]
REPLY_TO = [("Phòng Quản lý khoa học", "qlkh.skhcn@example.gov.vn")]
# What every agency's letter says around its items: the request citing the
# plan, how to send reports and whom to ask, the closing and the signature.
LETTER = {
    "vi": ["Thực hiện Kế hoạch số 15/KH-UBND ngày 15/01/2025 của UBND tỉnh, đề nghị Quý cơ quan ",
           "Đề nghị gửi báo cáo qua Hệ thống quản lý văn bản và điều hành.\n",
           "nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Quản lý khoa học, Sở Khoa học và Công nghệ "
           "(điện thoại: 0271 3879 123, thư điện tử: qlkh.skhcn@example.gov.vn) để được hướng dẫn.\n",
           "\n\nTrân trọng./.\n\nSở Khoa học và Công nghệ\n\n--\n"],
    "en": ["Under Plan No. 15/KH-UBND dated 2025-01-15 of UBND tỉnh, you are requested to ",
           "How to send reports: qua Hệ thống quản lý văn bản và điều hành.\n",
           "please contact Phòng Quản lý khoa học, Sở Khoa học và Công nghệ "
           "(phone: 0271 3879 123, email: qlkh.skhcn@example.gov.vn).\n",
           "\n\nYours faithfully,\n\nSở Khoa học và Công nghệ\n\n--\n"],
}
ENDS = {
    "vi": {"letter": "thư trả lời sẽ được chuyển đến qlkh.skhcn@example.gov.vn.\n",
           "digest": "gửi tự động, vui lòng không trả lời.\n"},
    "en": {"letter": "replies go to qlkh.skhcn@example.gov.vn.\n",
           "digest": "please do not reply to it.\n"},
}
HAS = {
    "vi": {
        "so-yt": ["Kính gửi: Sở Y tế.\n",
                  "hoàn thành các nhiệm vụ sau đây; đối với các nội dung đã quá hạn, "
                  "đề nghị khẩn trương thực hiện.",
                  "1. T2 Báo cáo dịch tễ quý II\n"
                  "   Thời hạn: đến ngày 15/06/2025; đã quá hạn 8 ngày.",
                  "2. T1 Rà soát danh mục thuốc thiết yếu\n"
                  "   Thời hạn: đến ngày 30/06/2025; còn 7 ngày."],
        "so-khcn": ["Kính gửi: Sở Khoa học và Công nghệ.\n",
                    "hoàn thành các nhiệm vụ sau đây, bảo đảm đúng thời hạn.",
                    "1. T5 Xây dựng đề án công nghệ sinh học\n"
                    "   Thời hạn: đến ngày 23/07/2025; còn 30 ngày."],
        "hostile": ['Kính gửi: Hostile "Unit" Bcc: evil@example.com.\n',
                    "gửi các báo cáo sau đây, bảo đảm đúng thời hạn.",
                    "1. Báo cáo sơ kết 6 tháng\n"
                    "   Thời hạn: đến ngày 28/06/2025; còn 5 ngày.\n"
                    "   Báo cáo đã gửi chưa đầy đủ; đề nghị báo cáo bổ sung kết quả thực hiện "
                    "các nhiệm vụ sau:\n"
                    "   - T8 Task eight\n"],
        "digest": ["Tổng hợp các nội dung cần đôn đốc thực hiện Kế hoạch số 15/KH-UBND ngày 15/01/2025 "
                   "của UBND tỉnh, tính đến ngày 23/06/2025, theo từng đơn vị:",
                   '1. Hostile "Unit" Bcc: evil@example.com (hostile): 1 báo cáo chưa đầy đủ\n',
                   "2. Sở Khoa học và Công nghệ (so-khcn): 1 việc sắp đến hạn",
                   "3. Sở Tài chính (so-tc) [chưa có địa chỉ thư điện tử]: 1 việc sắp đến hạn\n\n"
                   "3.1. T9 Bố trí kinh phí thực hiện\n"
                   "     Thời hạn: đến ngày 26/06/2025; còn 3 ngày.",
                   "4. Sở Y tế (so-yt): 1 việc quá hạn, 1 việc sắp đến hạn",
                   "4.1. T2 Báo cáo dịch tễ quý II", "4.2. T1 Rà soát danh mục thuốc thiết yếu",
                   "2.1. T5 Xây dựng đề án công nghệ sinh học", "1.1. Báo cáo sơ kết 6 tháng"],
    },
    "en": {
        "so-yt": ["To: Sở Y tế.\n",
                  "complete the tasks below; please see to anything already overdue without delay.",
                  "1. T2 Báo cáo dịch tễ quý II\n"
                  "   Deadline: by 15/06/2025; 8 days overdue.",
                  "2. T1 Rà soát danh mục thuốc thiết yếu\n"
                  "   Deadline: by 30/06/2025; 7 days left."],
        "so-khcn": ["To: Sở Khoa học và Công nghệ.\n", "complete the tasks below by their deadlines.",
                    "1. T5 Xây dựng đề án công nghệ sinh học\n"
                    "   Deadline: by 23/07/2025; 30 days left."],
        "hostile": ['To: Hostile "Unit" Bcc: evil@example.com.\n',
                    "send the reports below by their deadlines.",
                    "1. Báo cáo sơ kết 6 tháng\n"
                    "   Deadline: by 28/06/2025; 5 days left.\n"
                    "   The report sent is incomplete; please add these tasks:\n"
                    "   - T8 Task eight\n"],
        "digest": ["Items to follow up under Plan No. 15/KH-UBND dated 2025-01-15 of UBND tỉnh, "
                   "as of 2025-06-23, by agency:",
                   "3. Sở Tài chính (so-tc) [no address]: 1 item due soon\n\n"
                   "3.1. T9 Bố trí kinh phí thực hiện\n"
                   "     Deadline: by 26/06/2025; 3 days left.",
                   "4. Sở Y tế (so-yt): 1 item overdue, 1 item due soon"],
    },
}
SUBJECTS = {
    "vi": {"so-yt": "[Nhắc việc] Kế hoạch nhắc việc: 1 việc quá hạn, 1 việc sắp đến hạn",
           "so-khcn": "[Nhắc việc] Kế hoạch nhắc việc: 1 việc sắp đến hạn",
           "hostile": "[Nhắc việc] Kế hoạch nhắc việc: 1 báo cáo chưa đầy đủ",
           "digest": "[Nhắc việc – Tổng hợp] Kế hoạch nhắc việc: 1 việc quá hạn, "
                     "1 báo cáo chưa đầy đủ, 3 việc sắp đến hạn"},
    "en": {"so-yt": "[Reminder] Kế hoạch nhắc việc: 1 item overdue, 1 item due soon",
           "so-khcn": "[Reminder] Kế hoạch nhắc việc: 1 item due soon",
           "hostile": "[Reminder] Kế hoạch nhắc việc: 1 report incomplete",
           "digest": "[Reminder] Kế hoạch nhắc việc, digest: 1 item overdue, "
                     "1 report incomplete, 3 items due soon"},
}
EXPECTED = {
    "so-yt": {
        "id": mid("so-yt"),
        "to": [("Sở Y tế", "vanthu.syt@example.gov.vn"), ("Sở Y tế", "giamdoc.syt@example.gov.vn")],
        "cc": CC,
        "lacks": ["T3 ", "T4 ", "T5 ", "T9 "],
    },
    "so-khcn": {
        "id": mid("so-khcn"),
        "to": [("Sở Khoa học và Công nghệ", "khcn@example.gov.vn")],
        "cc": CC,
        "lacks": ["T6 ", "T10 ", "T2 ", "T1 "],
    },
    "hostile": {
        "id": mid("hostile"),
        "to": [('Hostile "Unit" Bcc: evil@example.com', "hostile@example.com")],
        "cc": CC,
        "lacks": ["T2 ", "T5 ", "T7 "],
    },
    "digest": {
        "id": mid("_digest"),
        "to": [("Điều phối", "dieuphoi@example.gov.vn")],
        "cc": [],
        "lacks": ["T3 ", "T4 ", "T6 "],
    },
}
KNOWN = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
         "Content-Transfer-Encoding", "Auto-Submitted"]
ADDED_BY_SERVER = ["X-Peer", "X-MailFrom", "X-RcptTo"]

by_id = {EXPECTED[w]["id"]: w for w in EXPECTED}
summary = {}
seen = []
for path in sorted(pathlib.Path(folder).iterdir()):
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    who = by_id.get(msg["Message-ID"])
    if who is None:
        report(False, f"unexpected message {msg['Message-ID']!r}")
        continue
    seen.append(who)
    exp = EXPECTED[who]
    tag = f"[{who}]"

    # The header block: only known headers, each once, or continuation lines.
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = head.decode("ascii", "replace").split("\n")
    names = [l.split(":", 1)[0] for l in lines if not l[:1].isspace()]
    report(all(n in KNOWN + ADDED_BY_SERVER for n in names), f"{tag} only known headers: {names}")
    report(len(names) == len(set(names)), f"{tag} each header once")
    report(all(len(l) <= 998 for l in lines), f"{tag} header lines of at most 998 octets")
    report(all(l.isascii() for l in lines), f"{tag} header block in ASCII")
    report("Bcc" not in msg and not any(n.lower().startswith("bcc") for n in names), f"{tag} no Bcc header")
    for name in ("From", "To", "Cc", "Subject"):
        if name in msg:
            report(not msg[name].defects, f"{tag} {name} parses without defects: {msg[name].defects}")

    # Who it is from and to, the envelope included.
    boxes = lambda h: [(a.display_name, a.addr_spec) for a in msg[h].addresses] if h in msg else []
    report(boxes("From") == [("Văn phòng UBND tỉnh", "noreply@example.gov.vn")], f"{tag} From {boxes('From')}")
    report(boxes("To") == exp["to"], f"{tag} To {boxes('To')}")
    report(boxes("Cc") == exp["cc"], f"{tag} Cc {boxes('Cc')}")
    reply_to = [] if who == "digest" else REPLY_TO
    report(boxes("Reply-To") == reply_to, f"{tag} Reply-To {boxes('Reply-To')}")
    envelope = sorted(msg["X-RcptTo"].split(", "))
    report(envelope == sorted(a for _, a in exp["to"] + exp["cc"]), f"{tag} envelope recipients {envelope}")
    report(b"evil@example.com" not in msg["X-RcptTo"].encode(), f"{tag} evil@example.com is no recipient")

    # The other headers.
    report(str(msg["Subject"]) == SUBJECTS[lang][who], f"{tag} Subject {str(msg['Subject'])!r}")
    report(msg["Date"] == "Mon, 23 Jun 2025 00:00:00 +0700", f"{tag} Date {msg['Date']!r}")
    report(msg["Auto-Submitted"] == "auto-generated", f"{tag} Auto-Submitted")
    report(msg["MIME-Version"] == "1.0", f"{tag} MIME-Version")
    report(msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8",
           f"{tag} text/plain in UTF-8")
    report(msg["Content-Transfer-Encoding"] == "quoted-printable", f"{tag} quoted-printable")

    # The body.
    text = msg.get_content().replace("\r\n", "\n")
    for item in HAS[lang][who] + ([] if who == "digest" else LETTER[lang]):
        report(item in text, f"{tag} body has {item!r}")
    for item in exp["lacks"]:
        report(item not in text, f"{tag} body lacks {item!r}")
    end = ENDS[lang]["digest" if who == "digest" else "letter"]
    report(text.endswith(end), f"{tag} body ends with {end!r}")
    summary[msg["Message-ID"]] = hashlib.sha256(body).hexdigest()

report(sorted(seen) == sorted(wanted), f"messages received: {sorted(seen)}")
pathlib.Path(summary_path).write_text(json.dumps(summary, sort_keys=True, indent=1) + "\n")
print("checked")
PY

# check_messages DIR "AGENCY..." SUMMARY: run the checker, tallying its lines.
check_messages() {
  local line finished=false
  while IFS= read -r line; do
    case $line in
    "ok: "*) pass "${line#ok: }" ;;
    "FAIL: "*) fail "${line#FAIL: }" ;;
    checked) finished=true ;;
    *) echo "$line" ;;
    esac
  done < <("$python" -c "$checker" "$@" 2>&1)
  check "the message checker ran to the end" $finished
}

has_line() { grep -qF -- "$2" "$1"; }

echo "== delivery, twice on the same day"
notify --lang vi --sendmail "$sendmail"
check "first run: exit status 0 (got $status)" test "$status" -eq 0
check "first run: nothing on stdout" test ! -s "$tmp/out"
check "first run: the agency without an address is named on stderr" \
  has_line "$tmp/err" "plancheck: so-tc (Sở Tài chính) chưa có địa chỉ thư điện tử; các việc của đơn vị này chỉ được nêu trong thư tổng hợp"
check "first run: stderr has that line only" test "$(wc -l <"$tmp/err")" -eq 1
collect "$tmp/run1"
check_messages "$tmp/run1" "so-yt so-khcn hostile digest" "$tmp/run1.json" vi

notify --lang vi --sendmail "$sendmail"
check "second run: exit status 0 (got $status)" test "$status" -eq 0
collect "$tmp/run2"
check_messages "$tmp/run2" "so-yt so-khcn hostile digest" "$tmp/run2.json" vi
check "second run: the same Message-IDs and byte-identical bodies" cmp -s "$tmp/run1.json" "$tmp/run2.json"

echo "== delivery in English"
notify --lang en --sendmail "$sendmail"
check "English: exit status 0 (got $status)" test "$status" -eq 0
collect "$tmp/english"
check_messages "$tmp/english" "so-yt so-khcn hostile digest" "$tmp/english.json" en

echo "== every delivery fails"
notify --sendmail "sh -c 'echo refused >&2; exit 75'"
check "exit status 1 (got $status)" test "$status" -eq 1
for who in hostile so-khcn so-yt digest; do
  check "stderr names $who with status 75 and what the command said" \
    has_line "$tmp/err" "plancheck: sending the message for $who failed: exit status 75: refused"
done
check "stderr: the four failures and the agency without an address" test "$(wc -l <"$tmp/err")" -eq 5
collect "$tmp/refused"
check "nothing delivered" test -z "$(ls -A "$tmp/refused")"

echo "== one delivery fails, the others go"
cat >"$tmp/picky-sendmail" <<EOF
#!/bin/sh
message=\$(cat)
case \$message in
*"Message-ID: <plancheck.notify-fixture.so-khcn."*)
  echo "550 5.1.1 mailbox unavailable" >&2
  exit 69 ;;
esac
printf '%s\n' "\$message" | $sendmail
EOF
chmod +x "$tmp/picky-sendmail"
notify --lang vi --sendmail "$tmp/picky-sendmail"
check "exit status 1 (got $status)" test "$status" -eq 1
check "stderr names so-khcn, status 69 and the reason" \
  has_line "$tmp/err" "plancheck: gửi thư cho so-khcn không thành công: mã thoát 69: 550 5.1.1 mailbox unavailable"
check "stderr: one failure and the agency without an address" test "$(wc -l <"$tmp/err")" -eq 2
collect "$tmp/picky"
check_messages "$tmp/picky" "so-yt hostile digest" "$tmp/picky.json" vi

echo "== a sendmail that closes its output, then reads a message larger than a pipe holds"
big=$tmp/big-plan
mkdir -p "$big" "$tmp/quiet"
{
  printf 'plancheck: 1\nid: big\ntitle: "Big"\nissuer: so-a\nperiod: {from: 2025-01-01, to: 2025-12-31}\n'
  printf 'agencies:\n  so-a: {name: "Sở A", email: a@example.gov.vn}\ntasks:\n'
  for ((i = 1; i <= 1500; i++)); do
    printf '  - {id: T%d, title: "Nhiệm vụ số %d của kế hoạch", owners: [so-a], due: {by: 2025-06-30}}\n' "$i" "$i"
  done
} >"$big/plan.yaml"
status=0
"$plancheck" notify "$big" --as-of "$as_of" --from noreply@example.gov.vn \
  --sendmail "exec >/dev/null 2>&1; sleep 0.3; cat >$tmp/quiet/message" >"$tmp/out" 2>"$tmp/err" || status=$?
check "exit status 0 (got $status)" test "$status" -eq 0
check "the message is larger than a pipe holds" test "$(wc -c <"$tmp/quiet/message")" -gt 65536
check "the message was read to its last line" \
  test "$(tail -n 1 "$tmp/quiet/message")" = "."

echo "== bad input: nothing is sent"
mkdir -p "$tmp/cr-plan"
cp -r "$fixture/reports" "$tmp/cr-plan/"
sed 's/\\nBcc: evil/\\r\\nBcc: evil/' "$fixture/plan.yaml" >"$tmp/cr-plan/plan.yaml"
status=0
"$plancheck" notify "$tmp/cr-plan" --as-of "$as_of" --from noreply@example.gov.vn \
  --sendmail "$sendmail" >"$tmp/out" 2>"$tmp/err" || status=$?
check "a CR in an agency name: exit status 2 (got $status)" test "$status" -eq 2
check "a CR in an agency name: a located error" \
  has_line "$tmp/err" "plan.yaml:31:11: error: control character U+000D is not allowed [yaml.control-char]"
status=0
"$plancheck" notify "$fixture" --as-of "$as_of" --from noreply@example \
  --sendmail "$sendmail" >"$tmp/out" 2>"$tmp/err" || status=$?
check "a bad --from: exit status 2 (got $status)" test "$status" -eq 2
collect "$tmp/bad-input"
check "nothing delivered" test -z "$(ls -A "$tmp/bad-input")"

echo "$passed passed, $failed failed"
((failed == 0))
