#pragma once

#include "model/lang.hpp"

#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

namespace plancheck {

// The file that marks a folder as written by `plancheck site`: such a
// folder, and an empty one, may be replaced; any other is left alone, so that
// a mistyped --output never deletes someone's files.
inline constexpr const char* k_site_mark = ".plancheck-site";

// One file of a folder: its name (no '/') and its bytes.
using FolderFile = std::pair<std::string, std::string>;

// Write `files` as the folder `path`, whole or not at all: into a new folder
// beside it, which is then renamed into place (exchanged with the old one,
// which is then removed), so that a web server serving `path` never shows
// half a site. The folder and its files get the permissions the umask leaves
// of 0777 and 0666. Return false, after saying why on `err`, when `path`
// exists and may not be replaced (see k_site_mark) or when writing fails;
// then nothing at `path` has changed and nothing is left beside it.
bool write_site_folder(const std::string& path, const std::vector<FolderFile>& files,
                       std::ostream& err, Lang lang);

} // namespace plancheck
