#pragma once

#include "load/reporter.hpp"

namespace plancheck {

// Report every byte of `file` that is not UTF-8, every control character and
// every tab. Return whether the text is fit to hand to the YAML parser, which
// would otherwise misread or silently mangle it.
bool check_encoding(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
