# Targets that format and check the code, over src/ and tests/ alike:
#   format        rewrite every file in the .clang-format style
#   check-format  fail on any file that is not in that style (what CI runs)
#   tidy          run clang-tidy (.clang-tidy) on every .cpp file
file(GLOB_RECURSE code_files CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.hpp
  ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.hpp)
# tests/layering/fixture breaks the rules on purpose, in a tree that is never built.
list(FILTER code_files EXCLUDE REGEX "/node_modules/|/tests/layering/fixture/")
file(GLOB_RECURSE tidy_files CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.cpp)
list(FILTER tidy_files EXCLUDE REGEX "/node_modules/|/tests/layering/fixture/")

find_program(CLANG_FORMAT_EXECUTABLE clang-format)
if(CLANG_FORMAT_EXECUTABLE)
  add_custom_target(format
    COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${code_files}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-format: formatting src/ and tests/"
    VERBATIM)
  add_custom_target(check-format
    COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run -Werror ${code_files}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-format: checking src/ and tests/"
    VERBATIM)
endif()

# run-clang-tidy runs one clang-tidy per core; plain clang-tidy does one file after another.
find_program(CLANG_TIDY_EXECUTABLE clang-tidy)
find_program(RUN_CLANG_TIDY_EXECUTABLE run-clang-tidy)
if(CLANG_TIDY_EXECUTABLE AND RUN_CLANG_TIDY_EXECUTABLE)
  add_custom_target(tidy
    COMMAND ${RUN_CLANG_TIDY_EXECUTABLE} -quiet -clang-tidy-binary ${CLANG_TIDY_EXECUTABLE}
            -p ${PROJECT_BINARY_DIR} "^${PROJECT_SOURCE_DIR}/(src|tests)/"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-tidy: src/ and tests/"
    VERBATIM)
elseif(CLANG_TIDY_EXECUTABLE)
  add_custom_target(tidy
    COMMAND ${CLANG_TIDY_EXECUTABLE} -p ${PROJECT_BINARY_DIR} --quiet --warnings-as-errors=*
            ${tidy_files}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-tidy: src/ and tests/"
    VERBATIM)
endif()
