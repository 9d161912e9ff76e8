#include "app/unique_fd.hpp"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// Whether `fd` is an open descriptor of this process.
bool is_open(int fd) {
  return fcntl(fd, F_GETFD) != -1 || errno != EBADF;
}

} // namespace

TEST_CASE("UniqueFd closes what it holds when it goes") {
  Pipe pipe = open_pipe();
  REQUIRE(pipe.read.valid());
  REQUIRE(pipe.write.valid());
  const int fd = pipe.write.get();
  {
    const UniqueFd owner(std::move(pipe.write));
    CHECK_FALSE(pipe.write.valid());
    CHECK(pipe.write.get() == -1);
    CHECK(owner.get() == fd);
    CHECK(is_open(fd));
  }
  CHECK_FALSE(is_open(fd));
  // The write end is closed: the read end sees the end of the data.
  char c = 0;
  CHECK(read(pipe.read.get(), &c, 1) == 0);
}

TEST_CASE("UniqueFd::reset closes the old descriptor and holds the new one") {
  Pipe first = open_pipe();
  REQUIRE(first.read.valid());
  const int old_fd = first.read.get();
  const int new_fd = dup(first.write.get());
  REQUIRE(new_fd >= 0);
  first.read.reset(new_fd);
  CHECK_FALSE(is_open(old_fd));
  CHECK(first.read.get() == new_fd);
  first.read.reset();
  CHECK_FALSE(first.read.valid());
  CHECK_FALSE(is_open(new_fd));
}

TEST_CASE("UniqueFd move assignment closes what the target held") {
  Pipe a = open_pipe();
  Pipe b = open_pipe();
  REQUIRE(a.write.valid());
  REQUIRE(b.write.valid());
  const int a_fd = a.write.get();
  const int b_fd = b.write.get();
  a.write = std::move(b.write);
  CHECK_FALSE(is_open(a_fd));
  CHECK(a.write.get() == b_fd);
  CHECK_FALSE(b.write.valid());
  CHECK(is_open(b_fd));
}

TEST_CASE("UniqueFd holds nothing by default and closes nothing") {
  UniqueFd none;
  CHECK_FALSE(none.valid());
  CHECK(none.get() == -1);
  none.reset();
  CHECK_FALSE(none.valid());
}
