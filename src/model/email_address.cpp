#include "model/email_address.hpp"

namespace plancheck {
namespace {

// RFC 5322 atext.
bool is_atext(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
    return true;
  }
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool is_dot_atom(std::string_view text, bool (*allowed)(char)) {
  if (text.empty() || text.front() == '.' || text.back() == '.' ||
      text.find("..") != std::string_view::npos) {
    return false;
  }
  for (char c : text) {
    if (c != '.' && !allowed(c)) {
      return false;
    }
  }
  return true;
}

bool is_label_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

} // namespace

bool is_addr_spec(std::string_view text) {
  const std::size_t at = text.rfind('@');
  if (at == std::string_view::npos || text.size() > 254) {
    return false;
  }
  const std::string_view local = text.substr(0, at);
  const std::string_view domain = text.substr(at + 1);
  return local.size() <= 64 && is_dot_atom(local, is_atext) &&
         domain.find('.') != std::string_view::npos && is_dot_atom(domain, is_label_char);
}

std::optional<Mailbox> parse_mailbox(std::string_view text) {
  const std::size_t open = text.rfind('<');
  if (open == std::string_view::npos) {
    if (!is_addr_spec(text)) {
      return std::nullopt;
    }
    return Mailbox{{}, std::string(text)};
  }
  if (!text.ends_with('>')) {
    return std::nullopt;
  }
  const std::string_view address = text.substr(open + 1, text.size() - open - 2);
  std::string_view name = text.substr(0, open);
  while (!name.empty() && name.back() == ' ') {
    name.remove_suffix(1);
  }
  std::string unquoted(name);
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
    // A quoted string: `\"` and `\\` stand for the character after the backslash.
    unquoted.clear();
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
      if (name[i] == '\\' && i + 2 < name.size()) {
        ++i;
      }
      unquoted += name[i];
    }
  }
  if (!is_addr_spec(address)) {
    return std::nullopt;
  }
  for (char c : unquoted) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      return std::nullopt;
    }
  }
  return Mailbox{unquoted, std::string(address)};
}

} // namespace plancheck
