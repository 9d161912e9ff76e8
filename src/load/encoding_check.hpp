#pragma once

#include "load/reporter.hpp"

namespace plancheck {

// Report what makes `file` unfit to hand to the YAML parser, which would
// otherwise misread or silently mangle it: a NUL byte (one error for a
// binary file), bytes that are not UTF-8, control characters, tabs, line
// ends of CR alone, and indentation with spaces other than U+0020. Return
// whether the text is fit.
bool check_encoding(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
