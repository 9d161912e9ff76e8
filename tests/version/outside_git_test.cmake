# version.hpp made from a source tree without .git (a release tarball) names
# the commit "unknown" and is not dirty; made with -DCOMMIT, it names that.
#   SOURCE_DIR   plancheck's source tree (for the template and the script)
#   WORK_DIR     an empty folder to work in
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/tree)

function(make_header output)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -DINPUT=${SOURCE_DIR}/src/version.hpp.in -DOUTPUT=${output}
            -DVERSION=9.8.7 -DSOURCE_DIR=${WORK_DIR}/tree ${ARGN}
            -P ${SOURCE_DIR}/cmake/version_header.cmake
    RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "version_header.cmake failed: ${status}")
  endif()
endfunction()

function(expect_line file line)
  file(STRINGS ${file} lines)
  if(NOT line IN_LIST lines)
    file(READ ${file} text)
    message(FATAL_ERROR "${file} lacks the line '${line}':\n${text}")
  endif()
endfunction()

make_header(${WORK_DIR}/plain.hpp)
expect_line(${WORK_DIR}/plain.hpp [[inline constexpr std::string_view k_version = "9.8.7";]])
expect_line(${WORK_DIR}/plain.hpp [[inline constexpr std::string_view k_commit = "unknown";]])
expect_line(${WORK_DIR}/plain.hpp [[inline constexpr bool k_dirty = false;]])

make_header(${WORK_DIR}/named.hpp -DCOMMIT=0123456789ab)
expect_line(${WORK_DIR}/named.hpp [[inline constexpr std::string_view k_commit = "0123456789ab";]])
