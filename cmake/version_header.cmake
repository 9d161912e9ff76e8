# Write version.hpp from version.hpp.in, run as a script (cmake -P) at every
# build, so that the commit it names is the one built, not the one configured.
# configure_file rewrites the header only when it changes, so an unchanged
# tree recompiles nothing.
#   INPUT, OUTPUT    the template and the header to write
#   VERSION          the project's version
#   SOURCE_DIR       the source tree, asked for its commit when it is a git checkout
#   COMMIT           optional: the commit to name, for builds outside git (a packager's)
set(PROJECT_VERSION ${VERSION})
set(PLANCHECK_COMMIT unknown)
set(PLANCHECK_DIRTY false)
if(COMMIT)
  set(PLANCHECK_COMMIT ${COMMIT})
elseif(EXISTS ${SOURCE_DIR}/.git)
  find_program(GIT_EXECUTABLE git)
  if(GIT_EXECUTABLE)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
                    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE status
                    OUTPUT_VARIABLE head OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(status EQUAL 0)
      set(PLANCHECK_COMMIT ${head})
      # Tracked files changed since that commit, staged or not; new files are
      # not counted. No optional locks: a build must not take the index from a commit.
      execute_process(COMMAND ${GIT_EXECUTABLE} --no-optional-locks status --porcelain
                              --untracked-files=no
                      WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE status
                      OUTPUT_VARIABLE changes ERROR_QUIET)
      if(status EQUAL 0 AND NOT changes STREQUAL "")
        set(PLANCHECK_DIRTY true)
      endif()
    endif()
  endif()
endif()
configure_file(${INPUT} ${OUTPUT} @ONLY)
