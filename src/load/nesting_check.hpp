#pragma once

#include "load/reporter.hpp"

namespace plancheck {

// Report flow collections (`[`, `{`) nested deeper than k_max_yaml_depth,
// found by a cheap scan that skips quoted scalars, block scalars and
// comments. Return whether the file may go to the YAML parser, which reads
// far ahead into such nesting, with time and memory to match, before the
// tree it feeds can stop it.
bool check_nesting(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
