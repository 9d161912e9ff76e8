#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// YAML that plancheck writes for people to fill in: scalars that read back
// as the same text, and comments that stay one comment.

// Return `text` as a YAML scalar that reads back as the same string: plain
// when it is a simple word (a letter, then letters, digits, '.', '-' or
// '_') that no YAML reader takes for a boolean or null, else double-quoted
// with '"', '\\', line breaks and every unsafe character escaped.
std::string yaml_scalar(std::string_view text);

// Return `text` fit to follow "# " on one line of YAML: line breaks and tabs
// become spaces, and every other control, bidirectional or unsafe character
// (a byte-order mark included) its visible "<U+XXXX>", so that nothing in a
// title can end the comment or start a key.
std::string yaml_comment(std::string_view text);

} // namespace plancheck
