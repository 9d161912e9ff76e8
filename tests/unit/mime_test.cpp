#include "text/mime.hpp"
#include "text/utf8.hpp"

#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// Return the bytes that the base64 text `text` stands for (RFC 4648).
std::string base64_decode(std::string_view text) {
  constexpr std::string_view alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  REQUIRE(text.size() % 4 == 0);
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    if (c == '=') {
      break;
    }
    const std::size_t value = alphabet.find(c);
    REQUIRE_MESSAGE(value != std::string_view::npos, "not base64: ", std::string(text));
    bits = (bits << 6U) | static_cast<unsigned>(value);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> static_cast<unsigned>(count)) & 0xFFU);
    }
  }
  return out;
}

// Whether every byte of `text` belongs to a whole UTF-8 character.
bool is_whole_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (!decode_utf8(text, i)) {
      return false;
    }
  }
  return true;
}

struct EncodedWord {
  std::string text;    // the word as written, "=?UTF-8?B?...?="
  std::string decoded; // the bytes it stands for
};

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

// Decode the header value `value` as a mail reader does: unfold it (a line
// break must be followed by white space), decode every RFC 2047 B-encoded
// word, drop the white space between two adjacent encoded words (RFC 2047
// section 6.2) and keep all other text. Each encoded word is added to
// `words` when it is given.
std::string decode_header(std::string_view value, std::vector<EncodedWord>* words = nullptr) {
  std::string unfolded;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\n') {
      REQUIRE_MESSAGE((i + 1 < value.size() && (value[i + 1] == ' ' || value[i + 1] == '\t')),
                      "a line break not followed by white space in: ", std::string(value));
      continue;
    }
    REQUIRE_MESSAGE(value[i] != '\r', "a CR in: ", std::string(value));
    unfolded += value[i];
  }
  std::string out;
  std::string space;
  bool after_word = false;
  for (std::size_t i = 0; i < unfolded.size();) {
    const char c = unfolded[i];
    if (unfolded.compare(i, 10, "=?UTF-8?B?") == 0) {
      const std::size_t end = unfolded.find("?=", i + 10);
      REQUIRE(end != std::string::npos);
      // An encoded word stands alone: white space or the ends around it.
      CHECK((i == 0 || !space.empty()));
      CHECK((end + 2 == unfolded.size() || unfolded[end + 2] == ' ' || unfolded[end + 2] == '\t'));
      const std::string decoded = base64_decode(unfolded.substr(i + 10, end - i - 10));
      if (words != nullptr) {
        words->push_back({unfolded.substr(i, end + 2 - i), decoded});
      }
      out += after_word ? "" : space;
      out += decoded;
      space.clear();
      after_word = true;
      i = end + 2;
    } else if (c == ' ' || c == '\t') {
      space += c;
      ++i;
    } else {
      out += space + c;
      space.clear();
      after_word = false;
      ++i;
    }
  }
  return out + space;
}

// Check that `encoded`, from encode_header_text, is a well-formed header
// value whose encoded words are each at most 75 characters and hold whole
// characters, and return it decoded.
std::string checked_decode(const std::string& encoded) {
  std::vector<EncodedWord> words;
  std::string decoded = decode_header(encoded, &words);
  for (const EncodedWord& word : words) {
    CHECK_MESSAGE(word.text.size() <= 75, word.text);
    CHECK_MESSAGE(is_whole_utf8(word.decoded), word.text);
  }
  for (const std::string& line : lines_of(encoded)) {
    CHECK(line.size() <= 76);
  }
  return decoded;
}

// Return the quoted-printable text `text` decoded (RFC 2045 section 6.7).
std::string qp_decode(std::string_view text) {
  std::string out;
  const std::vector<std::string> lines = lines_of(text);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = lines[n];
    const bool soft = line.ends_with('=');
    if (soft) {
      line.remove_suffix(1);
    }
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '=') {
        REQUIRE(i + 2 < line.size());
        out += static_cast<char>(std::stoi(std::string(line.substr(i + 1, 2)), nullptr, 16));
        i += 2;
      } else {
        out += line[i];
      }
    }
    if (!soft && n + 1 < lines.size()) {
      out += '\n';
    }
  }
  return out;
}

// Check the rules RFC 2045 sets for every encoded line of `encoded`.
void check_qp_lines(const std::string& encoded) {
  for (const std::string& line : lines_of(encoded)) {
    CHECK_MESSAGE(line.size() <= 76, line);
    CHECK_MESSAGE(!line.ends_with(' '), line);
    CHECK_MESSAGE(!line.ends_with('\t'), line);
    CHECK_MESSAGE(!line.starts_with("From "), line);
    for (char c : line) {
      const auto byte = static_cast<unsigned char>(c);
      CHECK_MESSAGE(((byte >= 33 && byte <= 126) || byte == ' ' || byte == '\t'), line);
    }
    // '=' only as an escape or as the soft break at the end.
    for (std::size_t i = line.find('='); i != std::string::npos; i = line.find('=', i + 1)) {
      if (i + 1 == line.size()) {
        break;
      }
      REQUIRE_MESSAGE(i + 2 < line.size(), line);
      CHECK_MESSAGE(std::string_view("0123456789ABCDEF").find(line[i + 1]) != std::string::npos,
                    line);
      CHECK_MESSAGE(std::string_view("0123456789ABCDEF").find(line[i + 2]) != std::string::npos,
                    line);
    }
  }
}

} // namespace

TEST_CASE("base64") {
  SUBCASE("the test vectors of RFC 4648 section 10") {
    CHECK(base64("") == "");
    CHECK(base64("f") == "Zg==");
    CHECK(base64("fo") == "Zm8=");
    CHECK(base64("foo") == "Zm9v");
    CHECK(base64("foob") == "Zm9vYg==");
    CHECK(base64("fooba") == "Zm9vYmE=");
    CHECK(base64("foobar") == "Zm9vYmFy");
  }
  SUBCASE("the last two letters of the alphabet and high bytes") {
    CHECK(base64("\xFB\xFF") == "+/8=");
    CHECK(base64(std::string("\x00\x00\x00", 3)) == "AAAA");
    CHECK(base64("\xFF\xFF\xFF") == "////");
  }
  SUBCASE("UTF-8 text decodes back") {
    const std::string text = "Sở Y tế tỉnh Bình Phước";
    CHECK(base64_decode(base64(text)) == text);
  }
}

TEST_CASE("encode_header_text") {
  SUBCASE("printable ASCII stays as it is") {
    CHECK(encode_header_text("[plancheck] Digest: 1 overdue") == "[plancheck] Digest: 1 overdue");
    CHECK(encode_header_text("") == "");
  }
  SUBCASE("a Vietnamese subject round-trips") {
    const std::string subject = "[plancheck] Sở Y tế: 1 quá hạn, 2 sắp đến hạn";
    const std::string encoded = encode_header_text(subject);
    CHECK(encoded.starts_with("=?UTF-8?B?"));
    CHECK(checked_decode(encoded) == subject);
  }
  SUBCASE("a long Vietnamese subject folds into words of at most 75 characters") {
    const std::string subject =
        "[plancheck] Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước: 3 quá hạn, "
        "1 chưa đầy đủ, 12 sắp đến hạn — nhắc việc theo Kế hoạch phát triển và ứng dụng "
        "công nghệ sinh học";
    const std::string encoded = encode_header_text(subject);
    CHECK(encoded.find("\n ") != std::string::npos);
    CHECK(checked_decode(encoded) == subject);
  }
  SUBCASE("no character is split across encoded words, whatever its length") {
    // Runs of 2-, 3- and 4-byte characters, each offset by one ASCII byte
    // so that word boundaries fall at every position within a character.
    for (const std::string_view unit : {"ơ", "ế", "😀", "ạ"}) {
      for (int offset = 0; offset < 4; ++offset) {
        std::string text(static_cast<std::size_t>(offset), 'x');
        for (int i = 0; i < 40; ++i) {
          text += unit;
        }
        CAPTURE(text);
        CHECK(checked_decode(encode_header_text(text)) == text);
      }
    }
  }
  SUBCASE("CR, LF and other controls never reach the header") {
    const std::string encoded = encode_header_text("Sở Y tế\r\nBcc: evil@example.com\x01\x7F");
    CHECK(encoded.find('\r') == std::string::npos);
    CHECK(checked_decode(encoded) == "Sở Y tế  Bcc: evil@example.com<U+0001><U+007F>");
    const std::string ascii = encode_header_text("Hello\r\nBcc: evil@example.com\t!");
    CHECK(ascii == "Hello  Bcc: evil@example.com !");
  }
  SUBCASE("text that looks like an encoded word is encoded itself") {
    const std::string text = "=?UTF-8?B?ZXZpbA==?=";
    const std::string encoded = encode_header_text(text);
    CHECK(encoded != text);
    CHECK(checked_decode(encoded) == text);
  }
  SUBCASE("long ASCII text is encoded, so that it folds") {
    std::string text;
    for (int i = 0; i < 120; ++i) {
      text += "word ";
    }
    text += std::string(1500, 'x');
    const std::string encoded = encode_header_text(text);
    CHECK(checked_decode(encoded) == text);
  }
}

TEST_CASE("encode_header_text: hostile strings") {
  struct Row {
    std::string_view text;
    std::string_view decoded;
  };
  const Row rows[] = {
      {"a\r\nBcc: x@y", "a  Bcc: x@y"},
      {"\x1b[31mSở", "<U+001B>[31mSở"},
      {"\xc2\x9b"
       "2J Sở",
       "<U+009B>2J Sở"},
      {"\xe2\x80\xae"
       "Sở",
       "<U+202E>Sở"},
      {"\xef\xbf\xbe", "<U+FFFE>"},
      {"r\xff", "r\uFFFD"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const std::string encoded = encode_header_text(row.text);
    CHECK(encoded.find_first_of("\r\x1b") == std::string::npos);
    CHECK(checked_decode(encoded) == row.decoded);
  }
}

TEST_CASE("encode_display_name") {
  SUBCASE("no name") {
    CHECK(encode_display_name("") == "");
  }
  SUBCASE("an ASCII name is quoted, with quotes and backslashes escaped") {
    CHECK(encode_display_name("So Y te") == "\"So Y te\"");
    CHECK(encode_display_name("Hostile \"Unit\" \\ x") == "\"Hostile \\\"Unit\\\" \\\\ x\"");
  }
  SUBCASE("a Vietnamese name round-trips as encoded words") {
    const std::string name = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước";
    CHECK(checked_decode(encode_display_name(name)) == name);
  }
  SUBCASE("line ends become spaces, other controls visible") {
    CHECK(encode_display_name("Unit\r\nBcc: evil@example.com") ==
          "\"Unit  Bcc: evil@example.com\"");
    CHECK(encode_display_name("\x01\x02") == "\"<U+0001><U+0002>\"");
  }
}

TEST_CASE("quoted_printable") {
  SUBCASE("plain short lines stay as they are") {
    CHECK(quoted_printable("Hello,\n\nplain text.\n") == "Hello,\n\nplain text.\n");
    CHECK(quoted_printable("") == "");
  }
  SUBCASE("'=' is always encoded") {
    CHECK(quoted_printable("a=b") == "a=3Db");
    CHECK(quoted_printable("== x") == "=3D=3D x");
  }
  SUBCASE("spaces and tabs at a line end are encoded") {
    CHECK(quoted_printable("abc  \ndef\t\n") == "abc =20\ndef=09\n");
    CHECK(quoted_printable(" ") == "=20");
  }
  SUBCASE("\"From \" at a line start is encoded") {
    CHECK(quoted_printable("From here\nnot From there\nFrom") ==
          "=46rom here\nnot From there\nFrom");
  }
  SUBCASE("\"From \" after a soft break is encoded too") {
    const std::string text = std::string(75, 'a') + "From the office";
    const std::string encoded = quoted_printable(text);
    check_qp_lines(encoded);
    CHECK(encoded.find("\n=46rom the office") != std::string::npos);
    CHECK(qp_decode(encoded) == text);
  }
  SUBCASE("UTF-8 is encoded byte by byte") {
    CHECK(quoted_printable("Sở Y tế") == "S=E1=BB=9F Y t=E1=BA=BF");
  }
  SUBCASE("CRLF line ends become LF") {
    CHECK(quoted_printable("a\r\nb\r\n") == "a\nb\n");
    CHECK(quoted_printable("a\rb") == "a=0Db");
  }
  SUBCASE("long lines break softly at 76 characters, never inside a character") {
    std::string text;
    for (int i = 0; i < 30; ++i) {
      text += "Báo cáo kết quả thực hiện hằng năm = tiến độ ";
    }
    text += "\n" + std::string(300, 'x') + "  \n" + std::string(76, 'y') + "\nend";
    const std::string encoded = quoted_printable(text);
    check_qp_lines(encoded);
    CHECK(encoded.find("=\n") != std::string::npos);
    for (const std::string& line : lines_of(encoded)) {
      // Each encoded line decodes to whole characters.
      CHECK_MESSAGE(is_whole_utf8(qp_decode(line)), line);
    }
    CHECK(qp_decode(encoded) == text);
  }
  SUBCASE("a line of exactly 76 characters is broken, one of 75 is not") {
    CHECK(quoted_printable(std::string(75, 'a')) == std::string(75, 'a'));
    CHECK(quoted_printable(std::string(76, 'a')) == std::string(75, 'a') + "=\na");
  }
  SUBCASE("controls and invalid bytes round-trip") {
    constexpr char bytes[] = "nul \0 bel \x07 bad \xFF\xC3 end";
    const std::string text(bytes, sizeof bytes - 1);
    const std::string encoded = quoted_printable(text);
    check_qp_lines(encoded);
    CHECK(qp_decode(encoded) == text);
  }
}
