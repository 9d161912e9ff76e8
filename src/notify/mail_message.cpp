#include "notify/mail_message.hpp"

#include "text/mime.hpp"
#include "text/visible_text.hpp"

#include <sstream>

#include <fmt/format.h>

namespace plancheck {
namespace {

// An address list, one mailbox per continuation line once it grows long.
std::string address_header(std::string_view name, const std::vector<Mailbox>& boxes) {
  std::string out = std::string(name) + ": ";
  std::size_t width = out.size();
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const std::string box = format_mailbox(boxes[i]);
    if (i > 0) {
      out += ',';
      if (width + box.size() + 2 > 78) {
        out += "\n ";
        width = 1;
      } else {
        out += ' ';
        width += 2;
      }
    }
    out += box;
    width += box.size();
  }
  return out + '\n';
}

// Return RFC 5322's "Mon, 03 Jun 2025 00:00:00 +0700" in asctime's form,
// "Mon Jun  3 00:00:00 2025", the one mbox readers expect after "From ".
std::string asctime_date(const std::string& date) {
  std::istringstream in(date);
  std::string weekday;
  std::string day;
  std::string month;
  std::string year;
  std::string time;
  if (!(in >> weekday >> day >> month >> year >> time) || !weekday.ends_with(',') ||
      day.size() != 2) {
    return date;
  }
  weekday.pop_back();
  if (day[0] == '0') {
    day[0] = ' ';
  }
  return fmt::format("{} {} {} {} {}", weekday, month, day, time, year);
}

} // namespace

std::string format_mailbox(const Mailbox& mailbox) {
  const std::string name = encode_display_name(mailbox.name);
  return name.empty() ? mailbox.address : name + " <" + mailbox.address + ">";
}

std::string format_mail(const MailMessage& m) {
  std::string out = address_header("From", {m.from});
  out += address_header("To", m.to);
  if (!m.cc.empty()) {
    out += address_header("Cc", m.cc);
  }
  if (m.reply_to) {
    out += address_header("Reply-To", {*m.reply_to});
  }
  out += "Subject: " + encode_header_text(m.subject) + '\n';
  out += "Date: " + m.date + '\n';
  out += "Message-ID: <" + m.message_id + ">\n";
  out += "MIME-Version: 1.0\n";
  out += "Content-Type: text/plain; charset=UTF-8\n";
  out += "Content-Transfer-Encoding: quoted-printable\n";
  out += "Auto-Submitted: auto-generated\n";
  out += '\n';
  // Names and titles in the body are shown, not acted on, by the reader.
  out += quoted_printable(make_visible(m.body, "\t\n\r"));
  if (!out.ends_with('\n')) {
    out += '\n';
  }
  return out;
}

std::string format_mbox_entry(const MailMessage& m) {
  return fmt::format("From {} {}\n{}\n", m.from.address, asctime_date(m.date), format_mail(m));
}

} // namespace plancheck
