// libFuzzer target: one calendar file (holidays and working days a plan
// includes) through its loader, then its diagnostics rendered.

#include "fuzz_support.hpp"
#include "load/work_calendar_reader.hpp"

// libFuzzer calls this name.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace plancheck;
  const SourceFile file("calendars/c.yaml", fuzz::bytes_of(data, size));
  Diagnostics diagnostics;
  Reporter reporter(file, diagnostics);
  (void)load_calendar_file(file, reporter);
  fuzz::render_all(diagnostics);
  return 0;
}
