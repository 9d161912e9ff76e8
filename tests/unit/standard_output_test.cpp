#include "cli/standard_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("terminal_columns") {
  SUBCASE("a pipe is no terminal and has no width") {
    int fds[2] = {-1, -1};
    REQUIRE(::pipe(fds) == 0);
    CHECK(terminal_columns(fds[1]) == std::nullopt);
    ::close(fds[0]);
    ::close(fds[1]);
  }
  SUBCASE("nor is a file") {
    const int fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    CHECK(terminal_columns(fd) == std::nullopt);
    ::close(fd);
  }
  SUBCASE("a closed descriptor has no width") {
    CHECK(terminal_columns(-1) == std::nullopt);
  }
}
