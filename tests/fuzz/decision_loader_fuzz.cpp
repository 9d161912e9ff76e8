// libFuzzer target: one decision file through the decision loader, then its
// diagnostics rendered. Built only once src/load/decision_loader.hpp exists
// (see CMakeLists.txt).

#include "fuzz_support.hpp"
#include "load/decision_loader.hpp"

// libFuzzer calls this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace plancheck;
  const SourceFile file("decisions/d.yaml", fuzz::bytes_of(data, size));
  Diagnostics diagnostics;
  Reporter reporter(file, diagnostics);
  (void)load_decision(file, reporter);
  fuzz::render_all(diagnostics);
  return 0;
}
