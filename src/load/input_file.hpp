#pragma once

#include "model/message.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace plancheck {

// What reading one input file gave: its bytes, or why it was not read.
struct InputFile {
  std::optional<std::string> bytes; // nullopt: not read, see `error`
  Message error;
};

// Folders resolved once (every link followed, see std::filesystem::canonical)
// for the many files read from them: resolving a path costs a system call
// per part of it, and most files share a few folders.
class ResolvedFolders {
public:
  // Resolve `folder` (the empty path standing for ".") unless it was;
  // one that cannot be resolved is remembered as such.
  void add(const std::filesystem::path& folder);

  // Return `folder` resolved, or nullptr when it was not added or could not be resolved.
  const std::filesystem::path* find(const std::filesystem::path& folder) const;

private:
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> m_folders;
};

// Read the file at `path`, which belongs to the plan folder `plan_folder`,
// trusting nothing about it: only a regular file is read, and only when the
// path, symbolic links resolved, stays inside the plan folder (a link that
// leads out is refused without opening its target). At most `max_bytes`
// bytes are accepted; a larger file is refused. With `folders` holding the
// plan folder and the file's folder, the file, when its name is no link, is
// opened in its resolved folder at once; the answer is the same.
InputFile read_input_file(const std::filesystem::path& path,
                          const std::filesystem::path& plan_folder, std::size_t max_bytes,
                          const ResolvedFolders* folders = nullptr);

// Return whether `path` is `folder` or lies below it; both are canonical.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& folder);

} // namespace plancheck
