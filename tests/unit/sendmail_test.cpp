#include "app/sendmail.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// More than a pipe holds, so that the writer must wait for the reader.
constexpr std::size_t k_large = std::size_t{1024} * 1024;

} // namespace

TEST_CASE("deliver hands the message to the command and collects what it says") {
  SUBCASE("a command that reads everything and succeeds") {
    const Delivery d = deliver("cat; echo done >&2", "Subject: x\n\nbody\n");
    CHECK(d.ok);
    CHECK(d.status == 0);
    CHECK(d.output == "Subject: x\n\nbody\ndone\n");
  }
  SUBCASE("a message larger than any pipe, echoed back: neither side blocks") {
    std::string message;
    for (int i = 0; message.size() < k_large; ++i) {
      message += "line " + std::to_string(i) + "\n";
    }
    const Delivery d = deliver("cat", message);
    CHECK(d.ok);
    CHECK(d.output == message);
  }
  SUBCASE("a command that fails: its status and output") {
    const Delivery d = deliver("cat >/dev/null; echo 'no such user' >&2; exit 67", "x\n");
    CHECK_FALSE(d.ok);
    CHECK(d.status == 67);
    CHECK(d.output == "no such user\n");
  }
  SUBCASE("a command that exits without reading a large message is not ok") {
    const Delivery d = deliver("exit 0", std::string(k_large, 'x'));
    CHECK_FALSE(d.ok);
    CHECK(d.status == 0);
  }
  SUBCASE("a command killed by a signal: 128 + the signal") {
    const Delivery d = deliver("kill -9 $$", "x\n");
    CHECK_FALSE(d.ok);
    CHECK(d.status == 128 + 9);
  }
}
