#include "load/unread_files.hpp"

#include <fstream>
#include <string>
#include <unistd.h>

#include <doctest/doctest.h>

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

// A scratch plan folder, removed when the test ends.
class ScratchFolder {
public:
  ScratchFolder()
      : m_root(fs::temp_directory_path() / ("plancheck-unread-" + std::to_string(::getpid()))) {
    fs::remove_all(m_root);
    fs::create_directories(m_root);
  }
  ~ScratchFolder() {
    std::error_code ec;
    fs::remove_all(m_root, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  // Create the file `relative` below the folder.
  void touch(const std::string& relative) const {
    const fs::path path = m_root / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "plancheck: 1\n";
  }

  const fs::path& root() const { return m_root; }

private:
  fs::path m_root;
};

std::string generic(const fs::path& path) {
  return path.generic_string();
}

// The unread files as "path:reason" below `root`, one a line.
std::string unread_below(const fs::path& root) {
  std::string out;
  for (const UnreadFile& file : unread_yaml_files(root, generic)) {
    const std::string path = fs::path(file.path).lexically_relative(root).generic_string();
    const char* reason = file.reason == UnreadReason::extension_case ? "case"
                         : file.reason == UnreadReason::plan_name    ? "plan"
                                                                     : "elsewhere";
    out += path + ":" + reason + "\n";
  }
  return out;
}

} // namespace

TEST_CASE("unread_yaml_files") {
  const ScratchFolder folder;
  folder.touch("plan.yaml");
  folder.touch("reports/2025/a.yaml");
  folder.touch("reports/b.yml");
  folder.touch("decisions/d.yaml");
  folder.touch("requests/r.yaml");
  folder.touch("reports/notes.txt");
  SUBCASE("the plan, reports, decisions and requests are read") {
    CHECK(unread_below(folder.root()) == "");
  }
  SUBCASE("a report folder with another name, and a stray file") {
    folder.touch("bao-cao/x.yaml");
    folder.touch("x.yml");
    CHECK(unread_below(folder.root()) == "bao-cao/x.yaml:elsewhere\nx.yml:elsewhere\n");
  }
  SUBCASE("an extension in capitals below reports/, decisions/ or requests/") {
    folder.touch("reports/x.YAML");
    folder.touch("decisions/y.Yml");
    folder.touch("requests/z.YAML");
    CHECK(unread_below(folder.root()) ==
          "decisions/y.Yml:case\nreports/x.YAML:case\nrequests/z.YAML:case\n");
  }
  SUBCASE("the plan under another name") {
    folder.touch("Plan.yaml");
    folder.touch("plan.yml");
    CHECK(unread_below(folder.root()) == "Plan.yaml:plan\nplan.yml:plan\n");
  }
  SUBCASE("hidden folders and other plans' folders are theirs") {
    folder.touch(".github/workflows/ci.yml");
    folder.touch("other/plan.yaml");
    folder.touch("other/extra.yaml");
    CHECK(unread_below(folder.root()) == "");
  }
}
