#pragma once

// CLI11's App, declared so that headers can name it without the cost of
// including CLI11 (seconds of compile time per file).
namespace CLI { // NOLINT(readability-identifier-naming): CLI11's name, not ours
class App;
} // namespace CLI
