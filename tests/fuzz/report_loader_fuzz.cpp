// libFuzzer target: one report file through the report loader, then its
// diagnostics rendered.

#include "fuzz_support.hpp"
#include "load/report_loader.hpp"

// libFuzzer calls this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace plancheck;
  const SourceFile file("reports/2025/r.yaml", fuzz::bytes_of(data, size));
  Diagnostics diagnostics;
  Reporter reporter(file, diagnostics);
  (void)load_report(file, reporter);
  fuzz::render_all(diagnostics);
  return 0;
}
