#pragma once

#include "check/status.hpp"

#include <cstdint>

namespace plancheck {

// Return the colour a cell of `status` is filled with in the HTML page and
// the workbook, as 0xRRGGBB: light enough for black text, told apart in
// print, each mark bold as well for readers who cannot tell colours apart.
std::uint32_t status_fill_rgb(Status status);

} // namespace plancheck
