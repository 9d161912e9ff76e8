#include "app/new_file.hpp"
#include "scratch_folder.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <doctest/doctest.h>

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

// A plan folder with an empty reports/, removed at the end of the test.
class PlanFolder {
public:
  PlanFolder() { fs::create_directories(m_folder.path() / "reports" / "2024"); }
  fs::path reports() const { return m_folder.path() / "reports"; }
  std::string at(const std::string& relative) const {
    return (m_folder.path() / relative).string();
  }

private:
  test::ScratchFolder m_folder{"plancheck-new"};
};

std::string refusal(const std::string& path, const fs::path& folder) {
  const auto why = refused_new_file(path, folder);
  return why ? localize(*why, Lang::en) : "";
}

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("new_file_path") {
  const PlanFolder plan;
  const fs::path usual = fs::path("2025") / "a-d.yaml";
  CHECK(new_file_path("", plan.reports(), usual) == (plan.reports() / "2025/a-d.yaml").string());
  CHECK(new_file_path("x/y.yaml", plan.reports(), usual) == "x/y.yaml");
  CHECK(new_file_path("x/", plan.reports(), usual) == "x/a-d.yaml");
  CHECK(new_file_path(plan.at("reports/2024"), plan.reports(), usual) ==
        plan.at("reports/2024/a-d.yaml"));
}

TEST_CASE("refused_new_file") {
  const PlanFolder plan;
  SUBCASE("below reports/, in a folder to be made: allowed") {
    CHECK(refusal(plan.at("reports/2025/a.yaml"), plan.reports()).empty());
    CHECK(refusal(plan.at("reports/2024/../2024/a.yml"), plan.reports()).empty());
  }
  SUBCASE("not a name plancheck reads") {
    CHECK(refusal(plan.at("reports/2024/a.txt"), plan.reports()) ==
          "does not end in .yaml or .yml: it would not be read");
    CHECK(refusal(plan.at("reports/2024/a.YAML"), plan.reports()) ==
          "does not end in .yaml or .yml: it would not be read");
  }
  SUBCASE("outside reports/, however spelt") {
    const std::string outside =
        "is not below " + plan.reports().string() + "/: the file would not be read there";
    CHECK(refusal(plan.at("a.yaml"), plan.reports()) == outside);
    CHECK(refusal(plan.at("reports/../a.yaml"), plan.reports()) == outside);
    CHECK(refusal(plan.at("reports2/a.yaml"), plan.reports()) == outside);
    fs::create_directory_symlink(fs::temp_directory_path(), plan.reports() / "link");
    CHECK(refusal(plan.at("reports/link/a.yaml"), plan.reports()) == outside);
  }
  SUBCASE("a file, or a link, of that name") {
    std::ofstream(plan.at("reports/2024/a.yaml")) << "x";
    CHECK(refusal(plan.at("reports/2024/a.yaml"), plan.reports()) ==
          "already exists; plancheck new never replaces a file");
    fs::create_symlink("nowhere", plan.reports() / "2024" / "b.yaml");
    CHECK(refusal(plan.at("reports/2024/b.yaml"), plan.reports()) ==
          "already exists; plancheck new never replaces a file");
  }
}

TEST_CASE("write_new_file") {
  const PlanFolder plan;
  std::ostringstream err;
  const std::string path = plan.at("reports/2026/a.yaml");
  REQUIRE(write_new_file(path, "plancheck: 1\n", err, Lang::en));
  CHECK(read(path) == "plancheck: 1\n");
  CHECK(err.str().empty());
  SUBCASE("never over a file that is there by then") {
    CHECK_FALSE(write_new_file(path, "other\n", err, Lang::en));
    CHECK(read(path) == "plancheck: 1\n");
    CHECK(err.str() ==
          "plancheck: " + path + ": error: already exists; plancheck new never replaces a file\n");
    // No temporary file is left behind.
    CHECK(std::distance(fs::directory_iterator(plan.reports() / "2026"),
                        fs::directory_iterator()) == 1);
  }
}
