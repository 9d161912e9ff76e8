// libFuzzer target: one plan.yaml through the plan loader and the rules
// that look at a single plan, then its diagnostics rendered.

#include "fuzz_support.hpp"
#include "load/plan_loader.hpp"
#include "validate/plan_rules.hpp"

// libFuzzer calls this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace plancheck;
  const SourceFile file("plan.yaml", fuzz::bytes_of(data, size));
  Diagnostics diagnostics;
  Reporter reporter(file, diagnostics);
  const std::optional<Plan> plan = load_plan(file, reporter);
  if (plan) {
    check_plan_rules(*plan, reporter);
  }
  fuzz::render_all(diagnostics);
  return 0;
}
