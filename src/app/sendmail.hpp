#pragma once

#include <string>

namespace plancheck {

struct Delivery {
  bool ok = false;
  int status = 0;     // the command's exit status, or -1 when it could not run
  std::string output; // what it wrote to stdout and stderr
};

// Run `command` through /bin/sh with `message` on its standard input, as
// sendmail is run, and collect what it says.
Delivery deliver(const std::string& command, const std::string& message);

} // namespace plancheck
