#include "notify/mail_message.hpp"
#include "text/mime.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// Return the lines of `text`, split at LF.
std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find('\n', start);
    lines.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) {
      return lines;
    }
    start = end + 1;
  }
}

// The header block of a message, one entry per header field, folded lines
// joined (unfolded as RFC 5322 section 2.2.3 says: the line breaks removed).
struct Headers {
  std::vector<std::string> names;            // in order
  std::map<std::string, std::string> values; // name -> unfolded value
  std::vector<std::string> lines;            // the raw lines
  std::string body;
};

// Split `mail` into its headers and body, checking on the way that every
// line of the header block is either a header this program writes or a
// continuation line starting with a space, that no line is longer than 998
// octets and that the block is printable ASCII.
Headers parse_headers(const std::string& mail) {
  static const std::vector<std::string> known{
      "From",          "To",         "Cc",           "Reply-To",     "Subject",
      "Date",          "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
      "Auto-Submitted"};
  const std::size_t end = mail.find("\n\n");
  REQUIRE(end != std::string::npos);
  Headers headers;
  headers.body = mail.substr(end + 2);
  headers.lines = lines_of(std::string_view(mail).substr(0, end));
  std::string current;
  for (const std::string& line : headers.lines) {
    CAPTURE(line);
    CHECK(line.size() <= 998);
    for (char c : line) {
      const auto byte = static_cast<unsigned char>(c);
      CHECK(((byte >= 0x20 && byte < 0x7F) || byte == '\t'));
    }
    if (line.starts_with(' ') || line.starts_with('\t')) {
      REQUIRE_FALSE(current.empty());
      headers.values[current] += line;
      continue;
    }
    const std::size_t colon = line.find(": ");
    REQUIRE(colon != std::string::npos);
    current = line.substr(0, colon);
    CHECK(std::find(known.begin(), known.end(), current) != known.end());
    CHECK(headers.values.count(current) == 0);
    headers.names.push_back(current);
    headers.values[current] = line.substr(colon + 2);
  }
  return headers;
}

// Return `text` with its line breaks removed.
std::string unfold(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());
  return text;
}

MailMessage simple_message() {
  MailMessage m;
  m.from = {"Plancheck", "noreply@example.gov.vn"};
  m.to = {{"So Y te", "syt@example.gov.vn"}};
  m.subject = "[plancheck] So Y te: 1 overdue";
  m.date = "Mon, 23 Jun 2025 00:00:00 +0700";
  m.message_id = "plancheck.p.so-yt.20250623@example.gov.vn";
  m.body = "Hello = world\n";
  return m;
}

} // namespace

TEST_CASE("format_mailbox") {
  CHECK(format_mailbox({"", "vanthu@example.gov.vn"}) == "vanthu@example.gov.vn");
  CHECK(format_mailbox({"So Y te", "a@b.vn"}) == "\"So Y te\" <a@b.vn>");
  CHECK(format_mailbox({"\x01", "a@b.vn"}) == "\"<U+0001>\" <a@b.vn>");
  CHECK(format_mailbox({"Sở", "a@b.vn"}) == "=?UTF-8?B?U+G7nw==?= <a@b.vn>");
}

TEST_CASE("format_mail") {
  SUBCASE("the headers, in order, then the encoded body") {
    MailMessage m = simple_message();
    m.cc = {{"", "dieuphoi@example.gov.vn"}, {"Van phong", "vp@example.gov.vn"}};
    CHECK(format_mail(m) == "From: \"Plancheck\" <noreply@example.gov.vn>\n"
                            "To: \"So Y te\" <syt@example.gov.vn>\n"
                            "Cc: dieuphoi@example.gov.vn, \"Van phong\" <vp@example.gov.vn>\n"
                            "Subject: [plancheck] So Y te: 1 overdue\n"
                            "Date: Mon, 23 Jun 2025 00:00:00 +0700\n"
                            "Message-ID: <plancheck.p.so-yt.20250623@example.gov.vn>\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: text/plain; charset=UTF-8\n"
                            "Content-Transfer-Encoding: quoted-printable\n"
                            "Auto-Submitted: auto-generated\n"
                            "\n"
                            "Hello =3D world\n");
  }
  SUBCASE("Reply-To after Cc when replies go elsewhere") {
    MailMessage m = simple_message();
    m.reply_to = Mailbox{"Sở KH&CN", "khcn@example.gov.vn"};
    const Headers headers = parse_headers(format_mail(m));
    CHECK(headers.names == std::vector<std::string>{"From", "To", "Reply-To", "Subject", "Date",
                                                    "Message-ID", "MIME-Version", "Content-Type",
                                                    "Content-Transfer-Encoding", "Auto-Submitted"});
    CHECK(headers.values.at("Reply-To") == "=?UTF-8?B?U+G7nyBLSCZDTg==?= <khcn@example.gov.vn>");
  }
  SUBCASE("no Cc header without copies") {
    const Headers headers = parse_headers(format_mail(simple_message()));
    CHECK(headers.names == std::vector<std::string>{"From", "To", "Subject", "Date", "Message-ID",
                                                    "MIME-Version", "Content-Type",
                                                    "Content-Transfer-Encoding", "Auto-Submitted"});
  }
  SUBCASE("a Vietnamese subject and names are encoded") {
    MailMessage m = simple_message();
    m.from = {"Văn phòng UBND tỉnh", "noreply@example.gov.vn"};
    m.to = {{"Sở Y tế", "syt@example.gov.vn"}};
    m.subject = "[plancheck] Sở Y tế: 1 quá hạn, 2 sắp đến hạn";
    m.body = "Kính gửi Sở Y tế,\n";
    const Headers headers = parse_headers(format_mail(m));
    CHECK(headers.values.at("From") == unfold(format_mailbox(m.from)));
    CHECK(headers.values.at("To") == unfold(format_mailbox(m.to[0])));
    CHECK(headers.values.at("Subject") == unfold(encode_header_text(m.subject)));
    CHECK(headers.values.at("Subject").starts_with("=?UTF-8?B?"));
    CHECK(headers.body == quoted_printable(m.body));
  }
  SUBCASE("the body always ends with a line end") {
    MailMessage m = simple_message();
    m.body = "no line end";
    CHECK(format_mail(m).ends_with("\n\nno line end\n"));
  }
}

TEST_CASE("format_mail: no data can start a header") {
  const std::string evil = "\r\nBcc: x@y.vn";
  const std::vector<std::string> names{"Hostile \"Unit\"" + evil,
                                       "Sở Y tế" + evil,
                                       evil,
                                       "Unit\nBcc: x@y.vn\n",
                                       "Unit\rBcc: x@y.vn",
                                       "Unit\r\n\r\nBcc: x@y.vn",
                                       "Unit\r\n Bcc: x@y.vn",
                                       "Unit\x0b\x0c\x1b Bcc: x@y.vn"};
  for (const std::string& name : names) {
    CAPTURE(name);
    MailMessage m = simple_message();
    m.from.name = name;
    m.to = {{name, "a@example.gov.vn"}, {name, "b@example.gov.vn"}};
    m.cc = {{name, "c@example.gov.vn"}};
    m.reply_to = Mailbox{name, "r@example.gov.vn"};
    m.subject = "[plancheck] " + name + ": 1 overdue";
    m.body = "To " + name + ",\n";
    const std::string mail = format_mail(m);
    const Headers headers = parse_headers(mail);
    for (const std::string& line : headers.lines) {
      CHECK_FALSE(line.starts_with("Bcc"));
    }
    CHECK(headers.values.count("Bcc") == 0);
    CHECK(headers.names.size() == 11);
  }
}

TEST_CASE("format_mail: the body shows controls and bidirectional characters") {
  MailMessage m = simple_message();
  m.body = "To \xe2\x80\xae"
           "cba \xc2\x9b"
           "2J \x1b[31m,\n\tnext line\n";
  const std::string body = parse_headers(format_mail(m)).body;
  CHECK(body == "To <U+202E>cba <U+009B>2J <U+001B>[31m,\n\tnext line\n");
}

TEST_CASE("format_mail: long To lists fold") {
  SUBCASE("many recipients with Vietnamese names") {
    MailMessage m = simple_message();
    m.to.clear();
    for (int i = 0; i < 80; ++i) {
      m.to.push_back({"Sở Nông nghiệp và Phát triển nông thôn " + std::to_string(i),
                      "vanthu" + std::to_string(i) + "@snn.binhphuoc.gov.vn"});
    }
    const Headers headers = parse_headers(format_mail(m));
    std::size_t to_lines = 0;
    bool in_to = false;
    for (const std::string& line : headers.lines) {
      in_to = line.starts_with("To: ") || (in_to && line.starts_with(' '));
      to_lines += in_to ? 1 : 0;
      CHECK(line.size() <= 998);
    }
    CHECK(to_lines > 80);
    const std::string& to = headers.values.at("To");
    for (const Mailbox& box : m.to) {
      CHECK(to.find(format_mailbox(box).substr(format_mailbox(box).rfind(" <"))) !=
            std::string::npos);
    }
    CHECK(std::count(to.begin(), to.end(), '@') == 80);
  }
  SUBCASE("many bare addresses stay under 78 characters a line") {
    MailMessage m = simple_message();
    m.to.clear();
    for (int i = 0; i < 200; ++i) {
      m.to.push_back({"", "vanthu" + std::to_string(i) + "@example.gov.vn"});
    }
    const Headers headers = parse_headers(format_mail(m));
    for (const std::string& line : headers.lines) {
      CHECK(line.size() <= 78);
    }
    CHECK(std::count(headers.values.at("To").begin(), headers.values.at("To").end(), ',') == 199);
  }
  SUBCASE("a very long ASCII name") {
    MailMessage m = simple_message();
    m.to = {{std::string(3000, 'n'), "a@example.gov.vn"},
            {std::string(500, '"'), "b@example.gov.vn"}};
    m.subject = std::string(2000, 's');
    parse_headers(format_mail(m));
  }
}

TEST_CASE("format_mbox_entry") {
  MailMessage m = simple_message();
  m.body = "From the office:\nnothing\n";
  const std::string entry = format_mbox_entry(m);
  SUBCASE("a From line with the date in asctime's form, the message and a blank line") {
    CHECK(entry ==
          "From noreply@example.gov.vn Mon Jun 23 00:00:00 2025\n" + format_mail(m) + "\n");
  }
  SUBCASE("the day of the month is padded with a space") {
    m.date = "Tue, 01 Jul 2025 09:05:00 +0700";
    CHECK(
        format_mbox_entry(m).starts_with("From noreply@example.gov.vn Tue Jul  1 09:05:00 2025\n"));
  }
  SUBCASE("no other line starts with \"From \"") {
    const std::vector<std::string> lines = lines_of(entry);
    CHECK(std::count_if(lines.begin(), lines.end(),
                        [](const std::string& l) { return l.starts_with("From "); }) == 1);
  }
}
