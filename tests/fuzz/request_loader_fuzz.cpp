// libFuzzer target: one request file (an ad-hoc report request below a
// plan's requests/) through the request loader, then its diagnostics rendered.

#include "fuzz_support.hpp"
#include "load/request_loader.hpp"

// libFuzzer calls this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace plancheck;
  const SourceFile file("requests/r.yaml", fuzz::bytes_of(data, size));
  Diagnostics diagnostics;
  Reporter reporter(file, diagnostics);
  (void)load_request(file, reporter);
  fuzz::render_all(diagnostics);
  return 0;
}
