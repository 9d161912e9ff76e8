#include "app/plan_ids.hpp"
#include "scratch_folder.hpp"
#include "test_support.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

// A plan folder holding `plan` as plan.yaml, removed at the end of the test.
class PlanFolder {
public:
  explicit PlanFolder(const std::string& plan) {
    std::ofstream(m_folder.path() / "plan.yaml") << plan;
  }
  std::string path() const { return m_folder.path().string(); }

private:
  test::ScratchFolder m_folder{"plancheck-ids"};
};

// "id=name" of each of `ids`.
std::vector<std::string> pairs(const std::vector<PlanId>& ids) {
  std::vector<std::string> result;
  for (const PlanId& id : ids) {
    result.push_back(id.id + "=" + id.name);
  }
  return result;
}

} // namespace

TEST_CASE("plan_ids") {
  const auto now = std::chrono::system_clock::time_point(std::chrono::hours(24 * 20000));
  const PlanFolder plan(test::k_merger);
  const std::vector<std::string> paths{plan.path()};
  SUBCASE("each kind, in plan order, with its name or title") {
    CHECK(pairs(plan_ids(paths, ListKind::agencies, now)) ==
          std::vector<std::string>{"ubnd=UBND tỉnh", "so-a=Sở A", "so-b=Sở B", "so-x=Sở X",
                                   "so-c=Sở C", "so-d=Sở D"});
    CHECK(pairs(plan_ids(paths, ListKind::groups, now)) ==
          std::vector<std::string>{"all-four=Bốn sở", "a-and-c=A và C"});
    CHECK(plan_ids(paths, ListKind::tasks, now).size() == 9);
    CHECK(pairs(plan_ids(paths, ListKind::duties, now)).front() == "annual=Hằng năm");
  }
  SUBCASE("no plan there: none") {
    CHECK(plan_ids({plan.path() + "/missing"}, ListKind::agencies, now).empty());
  }
  SUBCASE("an invalid plan: none") {
    const PlanFolder invalid("agencies: [");
    CHECK(plan_ids({invalid.path()}, ListKind::agencies, now).empty());
  }
}
