#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace plancheck {

// Why a YAML file in a plan folder is not read, which says where it should go.
enum class UnreadReason {
  extension_case, // below reports/, decisions/ or requests/, but not *.yaml or *.yml in lower case
  plan_name,      // beside plan.yaml, named like it in another form (plan.yml, Plan.yaml)
  elsewhere,      // anywhere else: not a report, a decision, a request or the plan
};

// A YAML file that no rule reads, as it will be shown.
struct UnreadFile {
  std::string path;
  UnreadReason reason = UnreadReason::elsewhere;
};

// Return the files below `plan_dir` whose names end in .yaml or .yml, in any
// letter case, that plancheck does not read: all but plan.yaml itself and
// the *.yaml/*.yml files below reports/, decisions/ and requests/. Hidden folders and
// folders that hold a plan of their own are not entered. `shown` turns a
// path into the form messages show. Sorted by path.
std::vector<UnreadFile> unread_yaml_files(const std::filesystem::path& plan_dir,
                                          std::string (*shown)(const std::filesystem::path&));

} // namespace plancheck
