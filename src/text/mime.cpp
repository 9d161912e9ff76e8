#include "text/mime.hpp"

#include "text/utf8.hpp"
#include "text/visible_text.hpp"

#include <vector>

#include <fmt/format.h>

namespace plancheck {
namespace {

constexpr std::string_view k_alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Line breaks and tabs become spaces, so that no data can start a header of
// its own; the other unsafe characters become visible.
std::string header_safe(std::string_view text) {
  std::string out;
  for (char c : text) {
    out += c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
  }
  return make_visible(out);
}

// Plain text longer than this is encoded instead, so that its encoded words
// fold and no header line can exceed RFC 5322's 998 characters.
constexpr std::size_t k_max_plain = 300;

bool is_plain_ascii(std::string_view text) {
  if (text.size() > k_max_plain) {
    return false;
  }
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F) {
      return false;
    }
  }
  return text.find("=?") == std::string_view::npos;
}

// Encoded words of at most 75 characters: "=?UTF-8?B?" + base64 + "?=" leaves
// 63 base64 characters, that is 45 bytes, cut at character boundaries.
std::vector<std::string> encoded_words(std::string_view text) {
  constexpr std::size_t k_max_bytes = 45;
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = start;
    while (end < text.size()) {
      std::size_t next = end;
      decode_utf8(text, next);
      if (next - start > k_max_bytes) {
        break;
      }
      end = next;
    }
    words.push_back("=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=");
    start = end;
  }
  return words;
}

} // namespace

std::string base64(std::string_view bytes) {
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = (static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U) |
                   (static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U) |
                   static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 2]));
    out += k_alphabet[(n >> 18U) & 63U];
    out += k_alphabet[(n >> 12U) & 63U];
    out += k_alphabet[(n >> 6U) & 63U];
    out += k_alphabet[n & 63U];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    auto n = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U;
    if (rest == 2) {
      n |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U;
    }
    out += k_alphabet[(n >> 18U) & 63U];
    out += k_alphabet[(n >> 12U) & 63U];
    out += rest == 2 ? k_alphabet[(n >> 6U) & 63U] : '=';
    out += '=';
  }
  return out;
}

std::string encode_header_text(std::string_view text) {
  std::string clean = header_safe(text);
  if (is_plain_ascii(clean)) {
    return clean;
  }
  std::string out;
  for (const std::string& word : encoded_words(clean)) {
    out += (out.empty() ? "" : "\n ") + word;
  }
  return out;
}

std::string encode_display_name(std::string_view text) {
  std::string name = header_safe(text);
  if (name.empty()) {
    return name;
  }
  if (!is_plain_ascii(name)) {
    return encode_header_text(name);
  }
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
    }
    quoted += c;
  }
  return quoted + '"';
}

std::string quoted_printable(std::string_view text) {
  std::string out;
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    const bool last = line_end == std::string_view::npos;
    if (last) {
      line_end = text.size();
    }
    std::string_view line = text.substr(line_start, line_end - line_start);
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    std::string encoded;
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size();) {
      // One character at a time, so that a soft break never splits one.
      const std::size_t start = i;
      decode_utf8(line, i);
      const std::string_view ch = line.substr(start, i - start);
      const auto byte = static_cast<unsigned char>(ch[0]);
      const bool trailing_space = (byte == ' ' || byte == '\t') && i == line.size();
      const bool literal = ch.size() == 1 && !trailing_space && byte != '=' &&
                           ((byte >= 33 && byte <= 126) || byte == ' ' || byte == '\t');
      std::string piece;
      if (literal) {
        piece = std::string(ch);
      } else {
        for (char c : ch) {
          piece += fmt::format("={:02X}", static_cast<unsigned char>(c));
        }
      }
      if (width + piece.size() > 75) {
        encoded += "=\n";
        width = 0;
      }
      // "From " may start an encoded line after a soft break too.
      if (width == 0 && line.substr(start, 5) == "From ") {
        piece = "=46";
      }
      encoded += piece;
      width += piece.size();
    }
    out += encoded;
    if (last) {
      break;
    }
    out += '\n';
    line_start = line_end + 1;
  }
  return out;
}

} // namespace plancheck
