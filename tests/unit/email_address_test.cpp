#include "model/email_address.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// Text that must be refused, and why.
struct Rejected {
  const char* text;
  const char* why;
};

} // namespace

TEST_CASE("is_addr_spec") {
  SUBCASE("common addresses") {
    for (const char* text :
         {"a@b.vn", "vanthu@example.gov.vn", "van.thu@so-yt.binhphuoc.gov.vn", "x+tag@example.com",
          "o'brien@example.ie", "A_B@EXAMPLE.COM", "1@2.3", "a!#$%&'*+-/=?^_`{|}~@example.com"}) {
      CAPTURE(text);
      CHECK(is_addr_spec(text));
    }
  }
  SUBCASE("the longest local part and address") {
    CHECK(is_addr_spec(std::string(64, 'a') + "@b.vn"));
    CHECK_FALSE(is_addr_spec(std::string(65, 'a') + "@b.vn"));
    const std::string domain = std::string(63, 'd') + "." + std::string(63, 'd') + "." +
                               std::string(63, 'd') + "." + std::string(60, 'd');
    CHECK(is_addr_spec("a@" + domain));        // 254 characters
    CHECK_FALSE(is_addr_spec("ab@" + domain)); // 255
  }
  SUBCASE("rejected") {
    const std::vector<Rejected> cases{
        {"", "empty"},
        {"a", "no @"},
        {"a b@c.vn", "a space in the local part"},
        {"a@b c.vn", "a space in the domain"},
        {" a@b.vn", "a space before"},
        {"a@b.vn ", "a space after"},
        {"a\t@b.vn", "a tab"},
        {"a@b", "no dot in the domain"},
        {"a@localhost", "no dot in the domain"},
        {"a..b@c.vn", "double dots in the local part"},
        {"a@b..vn", "double dots in the domain"},
        {".a@b.vn", "a dot first"},
        {"a.@b.vn", "a dot before @"},
        {"a@.b.vn", "a dot after @"},
        {"a@b.vn.", "a dot last"},
        {"@b.vn", "no local part"},
        {"a@", "no domain"},
        {"a@@b.vn", "two @"},
        {"a@b@c.vn", "two @ apart"},
        {"a@b_c.vn", "an underscore in the domain"},
        {"<a@b.vn>", "angle brackets"},
        {"Name <a@b.vn>", "a mailbox"},
        {"\"quoted\"@b.vn", "a quoted local part"},
        {"a(comment)@b.vn", "a comment"},
        {"thư@b.vn", "non-ASCII local part"},
        {"a@bình.vn", "non-ASCII domain"},
        {"a@b.vn\r\n", "CRLF after"},
        {"a\r\n@b.vn", "CRLF inside"},
        {"a@b.vn\n", "LF after"},
        {"a@b\r.vn", "CR in the domain"},
        {"x@y.vn\r\nBcc: evil@z.vn", "a header after"},
        {"x@y.vn,evil@z.vn", "two addresses"},
    };
    for (const Rejected& c : cases) {
      CAPTURE(c.why);
      CHECK_FALSE(is_addr_spec(c.text));
    }
    CHECK_FALSE(is_addr_spec(std::string("a\0b@c.vn", 8)));
  }
}

TEST_CASE("parse_mailbox") {
  SUBCASE("a bare address") {
    const auto box = parse_mailbox("vanthu@example.gov.vn");
    REQUIRE(box);
    CHECK(box->name.empty());
    CHECK(box->address == "vanthu@example.gov.vn");
  }
  SUBCASE("an address in angle brackets, with or without a name") {
    const auto bare = parse_mailbox("<vanthu@example.gov.vn>");
    REQUIRE(bare);
    CHECK(bare->name.empty());
    CHECK(bare->address == "vanthu@example.gov.vn");

    const auto named = parse_mailbox("Văn phòng UBND tỉnh <vp@example.gov.vn>");
    REQUIRE(named);
    CHECK(named->name == "Văn phòng UBND tỉnh");
    CHECK(named->address == "vp@example.gov.vn");

    const auto close = parse_mailbox("Plancheck<noreply@example.gov.vn>");
    REQUIRE(close);
    CHECK(close->name == "Plancheck");
  }
  SUBCASE("a quoted name loses its quotes and backslashes") {
    const auto box = parse_mailbox("\"Nguyễn, Văn A\" <a@b.vn>");
    REQUIRE(box);
    CHECK(box->name == "Nguyễn, Văn A");
    const auto escaped = parse_mailbox(R"("The \"Unit\" \\ one" <a@b.vn>)");
    REQUIRE(escaped);
    CHECK(escaped->name == R"(The "Unit" \ one)");
  }
  SUBCASE("rejected") {
    const std::vector<Rejected> cases{
        {"", "empty"},
        {"Name", "no address"},
        {"Name a@b.vn", "no angle brackets"},
        {"Name <a@b>", "not an addr-spec"},
        {"Name <a@b.vn", "unclosed"},
        {"Name <a@b.vn> ", "text after the address"},
        {"Name <>", "an empty address"},
        {"Name <a b@c.vn>", "a space in the address"},
        {"Name\r\nBcc: x@y.vn <a@b.vn>", "a line end in the name"},
        {"Name\x01 <a@b.vn>", "a control in the name"},
        {"\"Name\r\n\" <a@b.vn>", "a line end in the quoted name"},
        {"Name <a@b.vn>\r\nBcc: x@y.vn", "a header after"},
        {"Name <a@b.vn\r\nBcc: x@y.vn>", "a header inside the brackets"},
        {"x@y.vn\r\nBcc: evil@z.vn", "a header after a bare address"},
    };
    for (const Rejected& c : cases) {
      CAPTURE(c.why);
      CHECK_FALSE(parse_mailbox(c.text));
    }
  }
}
