# `cpack -G DEB` (after a build): a Debian package of what cmake/install.cmake
# installs, under /usr. Its Depends are the runtime libraries' packages, as
# dpkg-shlibdeps finds them; its Debian revision is the one packaging/changelog
# names last.
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/changelog changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "^plancheck \\(([^-]+)-([^)]+)\\)")
  message(FATAL_ERROR "packaging/changelog: its first line names no version: ${changelog_head}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(WARNING "packaging/changelog's last entry is for ${CMAKE_MATCH_1}, not ${PROJECT_VERSION}")
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CMAKE_MATCH_2})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plancheck)
set(CPACK_PACKAGE_VENDOR "plancheck maintainers")
set(CPACK_PACKAGE_CONTACT "plancheck maintainers <maintainers@users.noreply.r-seed-164c1f02.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check agencies' reports against a government implementation plan")
set(CPACK_PACKAGE_DESCRIPTION
    "plancheck checks whether the agencies named in a government implementation plan
(a Vietnamese \"kế hoạch triển khai\") have done and reported what the plan asks
of them, by its deadlines. The plan and the agencies' reports are YAML files;
plancheck says what is overdue, missing, late, incomplete or coming due, in
Vietnamese or English, as text, JSON, CSV, JUnit, SARIF or Markdown, and can
mail reminders to the agencies.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# notify hands its mail to sendmail; check and the rest need none.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "default-mta | mail-transport-agent")
include(CPack)
