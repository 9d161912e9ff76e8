#pragma once

#include "model/lang.hpp"
#include "model/message.hpp"

#include <iosfwd>
#include <string_view>

namespace plancheck {

// What a line on standard error is about, which decides how it starts.
enum class ErrorAbout {
  run,   // the command line or the run itself: "plancheck: MESSAGE"
  input, // a file read or written, or the data: "plancheck: [PATH: ]error: MESSAGE"
};

// Write `message` in `lang` as one line on `err`, shaped by `about`; `path`
// names the file it is about, if any. The path, and the message of a line
// about input, are shown escaped (terminal_text): they quote the input.
void print_error(std::ostream& err, const Message& message, Lang lang,
                 ErrorAbout about = ErrorAbout::run, std::string_view path = {});

} // namespace plancheck
