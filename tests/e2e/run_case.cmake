# Run one end-to-end case: the real binary, in the case folder, with the
# arguments in `args` (one a line) and the environment in `env` (KEY=VALUE a
# line, optional), and compare stdout, stderr and the exit status with the
# files in `expected/`. With -DUPDATE=1 (or PLANCHECK_UPDATE_GOLDEN=1 in the
# environment) write the expected files instead.
cmake_minimum_required(VERSION 3.25)

file(STRINGS ${CASE}/args args ENCODING UTF-8)

# A known environment: English unless the case says otherwise, no color, no
# locale or language settings or terminal width leaking in from the machine
# that runs the tests.
foreach(var LANG LC_ALL LC_MESSAGES PLANCHECK_LANG NO_COLOR PLANCHECK_FROM GITHUB_ACTIONS COLUMNS
            GITHUB_STEP_SUMMARY TZ)
  unset(ENV{${var}})
endforeach()
set(ENV{LANG} C.UTF-8)
if(EXISTS ${CASE}/env)
  file(STRINGS ${CASE}/env env_lines ENCODING UTF-8)
  foreach(line IN LISTS env_lines)
    string(FIND "${line}" "=" eq)
    string(SUBSTRING "${line}" 0 ${eq} key)
    math(EXPR value_start "${eq} + 1")
    string(SUBSTRING "${line}" ${value_start} -1 value)
    set(ENV{${key}} "${value}")
  endforeach()
endif()

execute_process(
  COMMAND ${PLANCHECK} ${args}
  WORKING_DIRECTORY ${CASE}
  OUTPUT_VARIABLE actual_stdout
  ERROR_VARIABLE actual_stderr
  RESULT_VARIABLE actual_status
  TIMEOUT 60)

if(UPDATE OR "$ENV{PLANCHECK_UPDATE_GOLDEN}")
  file(WRITE ${CASE}/expected/stdout "${actual_stdout}")
  file(WRITE ${CASE}/expected/stderr "${actual_stderr}")
  file(WRITE ${CASE}/expected/status "${actual_status}\n")
  message(STATUS "updated ${CASE}/expected")
  return()
endif()

file(READ ${CASE}/expected/stdout expected_stdout)
file(READ ${CASE}/expected/stderr expected_stderr)
file(READ ${CASE}/expected/status expected_status)
string(STRIP "${expected_status}" expected_status)

set(failed FALSE)
foreach(stream stdout stderr status)
  if(NOT "${actual_${stream}}" STREQUAL "${expected_${stream}}")
    message("--- ${stream} differs in ${CASE}\n--- expected:\n${expected_${stream}}\n--- actual:\n${actual_${stream}}")
    set(failed TRUE)
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "e2e case failed; if the change is intended, run with PLANCHECK_UPDATE_GOLDEN=1 and review the diff")
endif()
