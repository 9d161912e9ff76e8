#pragma once

#include "model/message.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace plancheck {

// What reading one input file gave: its bytes, or why it was not read.
struct InputFile {
  std::optional<std::string> bytes; // nullopt: not read, see `error`
  Message error;
};

// Read the file at `path`, which belongs to the plan folder `plan_folder`,
// trusting nothing about it: only a regular file is read, and only when the
// path, symbolic links resolved, stays inside the plan folder (a link that
// leads out is refused without opening its target). At most `max_bytes`
// bytes are accepted; a larger file is refused.
InputFile read_input_file(const std::filesystem::path& path,
                          const std::filesystem::path& plan_folder, std::size_t max_bytes);

// Return whether `path` is `folder` or lies below it; both are canonical.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& folder);

} // namespace plancheck
