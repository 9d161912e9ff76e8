#pragma once

#include "model/lang.hpp"
#include "model/message.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace plancheck {

// Return the path a new file gets from `--output`: `given` itself, or, when
// it is empty, `usual` below `folder`, or, when it names a folder (one that
// exists, or ends in '/'), the file name of `usual` in that folder.
std::string new_file_path(const std::string& given, const std::filesystem::path& folder,
                          const std::filesystem::path& usual);

// Return why a new file may not be written at `path`, or nullopt: it must end
// in .yaml or .yml, land below `folder` (the plan's reports/ or decisions/,
// `..` and symbolic links resolved, so that the file is read where it lands),
// and not exist yet.
std::optional<Message> refused_new_file(const std::string& path,
                                        const std::filesystem::path& folder);

// Write `content` to the new file `path`, creating its folder, through a
// temporary file given the name only if nothing has it by then. Return
// false, after saying why on `err`, when it cannot (a file of that name
// included).
bool write_new_file(const std::string& path, const std::string& content, std::ostream& err,
                    Lang lang);

} // namespace plancheck
