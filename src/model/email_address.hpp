#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

// Whether `text` is an RFC 5322 addr-spec in its common dot-atom form
// (local@domain.tld): no display name, no spaces, no quoted local part,
// nothing that could end a header line.
bool is_addr_spec(std::string_view text);

// A mailbox as written on a command line: "addr@x.vn" or "Name <addr@x.vn>".
struct Mailbox {
  std::string name; // may be empty
  std::string address;
};

// Parse `text` as a mailbox whose address is an addr-spec; nullopt if not.
std::optional<Mailbox> parse_mailbox(std::string_view text);

} // namespace plancheck
