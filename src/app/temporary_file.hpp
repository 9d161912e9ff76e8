#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// A file written beside `target` and renamed over it when complete, so that
// a reader never sees half of it. It has the permissions of the file it
// replaces, or, for a new file, those the umask leaves of 0666. Until it is
// renamed it is removed when the object goes, and also when the process is
// interrupted by SIGINT, SIGTERM or SIGHUP (then the signal still ends the
// process as it would have).
class TemporaryFile {
public:
  // Create the file; check ok() (errno says why it failed).
  explicit TemporaryFile(std::string target);
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile();

  // Return whether the file was created and nothing has failed since.
  bool ok() const { return m_fd >= 0; }

  // Return the temporary file's own path.
  const std::string& path() const { return m_path; }

  // Write all of `bytes`; false (errno set) when a write fails.
  bool write(std::string_view bytes);

  // Close the file and rename it over the target; false (errno set) on failure,
  // when the temporary file has been removed.
  bool commit();

  // Close the file and give it the target's name only if no file has that
  // name (checked and done in one step); false (errno set, EEXIST when the
  // name is taken) on failure, when the temporary file has been removed.
  bool commit_new();

private:
  enum class Replace { no, yes };

  // Close the file and give it the target's name, replacing a file of that
  // name or not; on failure remove it and keep errno.
  bool finish(Replace replace);
  void discard();

  std::string m_target;
  std::string m_path;
  int m_fd = -1;
};

} // namespace plancheck
