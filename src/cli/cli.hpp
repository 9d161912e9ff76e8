#pragma once

namespace plancheck {

// Parse the command line, read the environment and the clock, run the
// command, and return the process exit status. The only place that knows
// about CLI11, the environment and the clock.
int run_cli(int argc, char** argv);

} // namespace plancheck
