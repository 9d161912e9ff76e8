#include "render/mail_message.hpp"

#include "render/mime.hpp"

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

} // namespace

std::string format_mail(const MailMessage& m) {
  std::string out = address_header("From", {m.from});
  out += address_header("To", m.to);
  if (!m.cc.empty()) {
    out += address_header("Cc", m.cc);
  }
  out += "Subject: " + encode_header_text(m.subject) + '\n';
  out += "Date: " + m.date + '\n';
  out += "Message-ID: <" + m.message_id + ">\n";
  out += "MIME-Version: 1.0\n";
  out += "Content-Type: text/plain; charset=UTF-8\n";
  out += "Content-Transfer-Encoding: quoted-printable\n";
  out += "Auto-Submitted: auto-generated\n";
  out += '\n';
  out += quoted_printable(m.body);
  if (!out.ends_with('\n')) {
    out += '\n';
  }
  return out;
}

std::string format_mbox_entry(const MailMessage& m) {
  return fmt::format("From {} {}\n{}\n", m.from.address, m.date, format_mail(m));
}

} // namespace plancheck
