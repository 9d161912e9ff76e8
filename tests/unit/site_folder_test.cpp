// The site's folder: written whole, replaced whole, and only when it is plancheck's.

#include "app/site_folder.hpp"
#include "scratch_folder.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

std::set<std::string> names(const fs::path& folder) {
  std::set<std::string> out;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    out.insert(entry.path().filename().string());
  }
  return out;
}

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("write_site_folder: a new folder, then the same replaced whole") {
  const ScratchFolder scratch("plancheck-site");
  const fs::path site = scratch.path() / "www";
  std::ostringstream err;
  REQUIRE(
      write_site_folder(site.string(), {{"index.html", "one"}, {"a.html", "A"}}, err, Lang::en));
  CHECK(err.str().empty());
  CHECK(names(site) == std::set<std::string>{".plancheck-site", "a.html", "index.html"});
  CHECK(read(site / "index.html") == "one");

  REQUIRE(write_site_folder(site.string(), {{"index.html", "two"}}, err, Lang::en));
  CHECK(names(site) == std::set<std::string>{".plancheck-site", "index.html"});
  CHECK(read(site / "index.html") == "two");
  CHECK(names(scratch.path()) == std::set<std::string>{"www"});
}

TEST_CASE("write_site_folder: an empty folder is taken, anyone else's is left alone") {
  const ScratchFolder scratch("plancheck-site");
  const fs::path empty = scratch.path() / "empty";
  fs::create_directory(empty);
  std::ostringstream err;
  CHECK(write_site_folder(empty.string(), {{"index.html", "x"}}, err, Lang::en));
  CHECK(names(empty).count("index.html") == 1);

  const fs::path theirs = scratch.path() / "theirs";
  fs::create_directory(theirs);
  std::ofstream(theirs / "thesis.odt") << "years of work";
  CHECK_FALSE(write_site_folder(theirs.string(), {{"index.html", "x"}}, err, Lang::en));
  CHECK(err.str() == "plancheck: " + theirs.string() +
                         ": error: not replaced: it is not empty and plancheck site did not "
                         "write it (it has no .plancheck-site); name a new folder with --output\n");
  CHECK(names(theirs) == std::set<std::string>{"thesis.odt"});
  CHECK(read(theirs / "thesis.odt") == "years of work");

  const fs::path file = scratch.path() / "file";
  std::ofstream(file) << "data";
  std::ostringstream file_err;
  CHECK_FALSE(write_site_folder(file.string(), {{"index.html", "x"}}, file_err, Lang::vi));
  CHECK(file_err.str().find("không phải thư mục") != std::string::npos);
  CHECK(read(file) == "data");
  CHECK(names(scratch.path()) == std::set<std::string>{"empty", "file", "theirs"});
}

TEST_CASE("write_site_folder: a file that cannot be written leaves nothing behind") {
  const ScratchFolder scratch("plancheck-site");
  const fs::path site = scratch.path() / "www";
  std::ostringstream err;
  // A name with a '/' names no file of the folder: the write fails midway.
  CHECK_FALSE(
      write_site_folder(site.string(), {{"a.html", "A"}, {"no/such.html", "B"}}, err, Lang::en));
  CHECK(err.str().find("error: ") != std::string::npos);
  CHECK(names(scratch.path()).empty());
}
