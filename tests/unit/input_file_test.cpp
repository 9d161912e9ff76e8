#include "load/input_file.hpp"
#include "scratch_folder.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>

#include <doctest/doctest.h>

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

// A scratch folder holding a plan folder `plan/` and a folder `outside/`,
// removed at the end of the test.
class Scratch {
public:
  Scratch() {
    fs::create_directories(m_root.path() / "plan" / "reports");
    fs::create_directories(m_root.path() / "outside");
  }
  fs::path plan() const { return m_root.path() / "plan"; }
  fs::path outside() const { return m_root.path() / "outside"; }

private:
  test::ScratchFolder m_root{"plancheck-input"};
};

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string english(const InputFile& input) {
  return localize(input.error, Lang::en);
}

// Read `path` both ways, its folders resolved beforehand (the quick way) and
// not, which must agree; return what they read.
InputFile read_both(const fs::path& path, const fs::path& plan, std::size_t max_bytes) {
  ResolvedFolders folders;
  folders.add(plan);
  folders.add(path.parent_path());
  const InputFile quick = read_input_file(path, plan, max_bytes, &folders);
  InputFile slow = read_input_file(path, plan, max_bytes);
  CHECK(quick.bytes == slow.bytes);
  if (!slow.bytes) {
    CHECK(english(quick) == english(slow));
  }
  return slow;
}

} // namespace

TEST_CASE("read_input_file reads a regular file inside the plan folder") {
  const Scratch scratch;
  write(scratch.plan() / "reports" / "a.yaml", "plancheck: 1\n");
  const InputFile input = read_both(scratch.plan() / "reports" / "a.yaml", scratch.plan(), 100);
  REQUIRE(input.bytes);
  CHECK(*input.bytes == "plancheck: 1\n");
}

TEST_CASE("read_input_file caps the bytes it reads") {
  const Scratch scratch;
  const fs::path file = scratch.plan() / "a.yaml";
  SUBCASE("a file of exactly the limit is read") {
    write(file, std::string(2U << 20U, 'x'));
    const InputFile input = read_both(file, scratch.plan(), 2U << 20U);
    REQUIRE(input.bytes);
    CHECK(input.bytes->size() == 2U << 20U);
  }
  SUBCASE("one byte more is refused") {
    write(file, std::string((2U << 20U) + 1, 'x'));
    const InputFile input = read_both(file, scratch.plan(), 2U << 20U);
    CHECK_FALSE(input.bytes);
    CHECK(english(input) == "larger than 2 MiB; not a plan or report file");
  }
}

TEST_CASE("read_input_file refuses links that lead out of the plan folder") {
  const Scratch scratch;
  write(scratch.outside() / "secret.yaml", "token: s3cr3t\n");
  const fs::path link = scratch.plan() / "reports" / "x.yaml";
  SUBCASE("to a file outside") {
    fs::create_symlink(scratch.outside() / "secret.yaml", link);
  }
  SUBCASE("relative, through ..") {
    fs::create_symlink("../../outside/secret.yaml", link);
  }
  SUBCASE("to a file outside that does not exist") {
    fs::create_symlink(scratch.outside() / "missing.yaml", link);
  }
  SUBCASE("through a linked folder") {
    fs::create_directory_symlink(scratch.outside(), scratch.plan() / "reports" / "ext");
    const InputFile input =
        read_both(scratch.plan() / "reports" / "ext" / "secret.yaml", scratch.plan(), 100);
    CHECK_FALSE(input.bytes);
    CHECK(english(input) == "a symbolic link that leads outside the plan folder; not read");
    return;
  }
  const InputFile input = read_both(link, scratch.plan(), 100);
  CHECK_FALSE(input.bytes);
  CHECK(english(input) == "a symbolic link that leads outside the plan folder; not read");
}

TEST_CASE("read_input_file follows links that stay inside the plan folder") {
  const Scratch scratch;
  write(scratch.plan() / "shared.yaml", "plancheck: 1\n");
  fs::create_symlink("../shared.yaml", scratch.plan() / "reports" / "x.yaml");
  const InputFile input = read_both(scratch.plan() / "reports" / "x.yaml", scratch.plan(), 100);
  REQUIRE(input.bytes);
  CHECK(*input.bytes == "plancheck: 1\n");
}

TEST_CASE("read_input_file refuses what is not a regular file") {
  const Scratch scratch;
  SUBCASE("a FIFO, at once") {
    const fs::path fifo = scratch.plan() / "reports" / "r.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const InputFile input = read_both(fifo, scratch.plan(), 100);
    CHECK_FALSE(input.bytes);
    CHECK(english(input) == "not a regular file (a pipe, device or socket); not read");
  }
  SUBCASE("a folder") {
    const InputFile input = read_both(scratch.plan() / "reports", scratch.plan(), 100);
    CHECK_FALSE(input.bytes);
    CHECK(english(input) == "is a folder, not a file");
  }
  SUBCASE("a file that does not exist") {
    const InputFile input = read_both(scratch.plan() / "none.yaml", scratch.plan(), 100);
    CHECK_FALSE(input.bytes);
    CHECK(english(input) == "cannot read: No such file or directory");
  }
}

TEST_CASE("is_within compares whole path components") {
  CHECK(is_within("/a/plan/x.yaml", "/a/plan"));
  CHECK(is_within("/a/plan", "/a/plan"));
  CHECK_FALSE(is_within("/a/plan2/x.yaml", "/a/plan"));
  CHECK_FALSE(is_within("/a", "/a/plan"));
}
