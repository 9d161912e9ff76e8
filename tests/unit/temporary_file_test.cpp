#include "app/temporary_file.hpp"
#include "scratch_folder.hpp"

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

// A scratch folder that tells what it holds.
class Folder : public test::ScratchFolder {
public:
  Folder() : ScratchFolder("plancheck-tmp") {}

  // Return the names in the folder, sorted, one a line.
  std::string names() const {
    std::set<std::string> sorted;
    for (const fs::directory_entry& entry : fs::directory_iterator(path())) {
      sorted.insert(entry.path().filename().string());
    }
    std::string out;
    for (const std::string& name : sorted) {
      out += name + "\n";
    }
    return out;
  }
};

std::string content(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

unsigned mode_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 0777U;
}

} // namespace

TEST_CASE("TemporaryFile replaces the target only on commit") {
  const Folder folder;
  const fs::path target = folder.path() / "out.json";
  std::ofstream(target) << "old";
  SUBCASE("committed") {
    TemporaryFile file(target.string());
    REQUIRE(file.ok());
    CHECK(file.write("new"));
    CHECK(content(target) == "old");
    CHECK(file.commit());
    CHECK(content(target) == "new");
  }
  SUBCASE("abandoned") {
    {
      TemporaryFile file(target.string());
      REQUIRE(file.ok());
      CHECK(file.write("half"));
    }
    CHECK(content(target) == "old");
  }
  CHECK(folder.names() == "out.json\n");
}

TEST_CASE("TemporaryFile keeps the permissions of the file it replaces") {
  const Folder folder;
  const fs::path target = folder.path() / "out.json";
  std::ofstream(target) << "old";
  REQUIRE(::chmod(target.c_str(), 0600) == 0);
  TemporaryFile file(target.string());
  REQUIRE(file.ok());
  REQUIRE(file.commit());
  CHECK(mode_of(target) == 0600U);
}

TEST_CASE("TemporaryFile gives a new file the permissions the umask leaves") {
  const Folder folder;
  const fs::path target = folder.path() / "new.json";
  const mode_t previous = ::umask(027);
  TemporaryFile file(target.string());
  ::umask(previous);
  REQUIRE(file.ok());
  REQUIRE(file.commit());
  CHECK(mode_of(target) == 0640U);
}

TEST_CASE("TemporaryFile is removed when SIGTERM or SIGINT ends the process") {
  for (const int sig : {SIGTERM, SIGINT}) {
    CAPTURE(sig);
    const Folder folder;
    const fs::path target = folder.path() / "out.json";
    std::ofstream(target) << "old";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // Ignore nothing the parent may have set, as a fresh plancheck would.
      std::signal(sig, SIG_DFL);
      TemporaryFile file(target.string());
      if (!file.ok() || !file.write("half") || !fs::exists(file.path())) {
        ::_exit(3);
      }
      ::raise(sig);
      ::_exit(4); // not reached: the signal ends the process
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK(folder.names() == "out.json\n");
    CHECK(content(target) == "old");
  }
}
