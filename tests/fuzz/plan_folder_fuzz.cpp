// libFuzzer target: a whole plan folder held in memory, validated and, when
// valid, checked, with the results rendered in every stable format.
//
// The input is plan.yaml followed by report files, each introduced by a line
// `#>>` (see split_folder); make_corpus.sh writes the fixtures that way.

#include "check/check.hpp"
#include "fuzz_support.hpp"
#include "load/workspace.hpp"
#include "render/check_csv.hpp"
#include "render/check_json.hpp"
#include "render/check_text.hpp"
#include "render/validate_json.hpp"
#include "validate/validate.hpp"

#include <algorithm>
#include <chrono>
#include <string_view>

namespace plancheck::fuzz {
namespace {

// Marks the start of the next file; a YAML comment, so no file needs it escaped.
constexpr std::string_view k_separator = "\n#>>\n";
// More files add nothing a fuzzer could not find with fewer.
constexpr int k_max_reports = 64;

// Cut `input` into plan.yaml and reports/N.yaml, and the target that names them.
PlanTarget split_folder(std::string_view input, InMemoryFiles& files) {
  PlanTarget target{"plan.yaml", {}, {}, {}, {}, {}};
  std::size_t end = input.find(k_separator);
  files.emplace(target.plan_path, input.substr(0, end));
  for (int n = 1; end != std::string_view::npos && n <= k_max_reports; ++n) {
    const std::size_t begin = end + k_separator.size();
    end = input.find(k_separator, begin);
    const std::string path = "reports/" + std::to_string(n) + ".yaml";
    files.emplace(path, input.substr(begin, end == std::string_view::npos ? end : end - begin));
    target.report_paths.push_back(path);
  }
  return target;
}

// Check a valid workspace as of a day within (or just around) its plan's
// period chosen by the input's size, and render the result.
void check_and_render(const Workspace& ws, std::size_t size) {
  std::vector<PlanInput> inputs;
  for (const LoadedPlan& loaded : ws.plans) {
    PlanInput input{&*loaded.plan, {}, {}};
    for (const LoadedReport& report : loaded.reports) {
      input.reports.push_back(&*report.report);
    }
    inputs.push_back(std::move(input));
  }
  const Plan& plan = *inputs.front().plan;
  const long long span =
      std::max<long long>((plan.period_to.value - plan.period_from.value).count() + 61, 1);
  const Day as_of = plan.period_from.value +
                    date::days{static_cast<long long>(size % static_cast<std::size_t>(span)) - 30};
  const CheckResult result = check_plans(inputs, as_of, 30, Selection{}, Listing{true, {}});
  std::ostringstream sink;
  render_check_text(
      result, TextOptions{Lang::vi, TerminalStyle(true), LineLayout{Overflow::cut, 80}}, sink);
  render_check_json(result, sink);
  render_check_csv(result, sink);
}

} // namespace
} // namespace plancheck::fuzz

// libFuzzer calls this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace plancheck;
  const std::string input = fuzz::bytes_of(data, size);
  InMemoryFiles files;
  const PlanTarget target = fuzz::split_folder(input, files);
  Workspace ws = load_workspace({target}, files, 1);
  // A fixed today keeps every run of an input the same.
  validate_workspace(ws, std::nullopt, std::chrono::sys_days{std::chrono::year{2026} / 1 / 1});
  fuzz::render_all(ws.diagnostics);
  std::ostringstream json;
  render_validate_json(ws.diagnostics, ws.paths, Lang::en, json);
  // Like `check`: invalid input is never checked.
  if (count_severity(ws.diagnostics, Severity::error) == 0) {
    fuzz::check_and_render(ws, size);
  }
  return 0;
}
