# What `cmake --install` (and so the .deb) puts where, by GNUInstallDirs:
#   bin/plancheck
#   share/man/man1/plancheck.1.gz, share/man/man5/plancheck.5.gz
#   share/doc/plancheck/         README, the reporting guides (Vietnamese and
#                                English), copyright, changelog.Debian.gz
#   share/plancheck/schemas/     the JSON Schemas of the files
#   share/plancheck/plans/       the shipped plan and whatever else plans/ holds
#   share/bash-completion/completions/plancheck, share/zsh/vendor-completions/_plancheck,
#   share/fish/vendor_completions.d/plancheck.fish
#                                the shell completions, which ask `plancheck complete`
# Manual pages and the changelog are compressed as Debian wants them:
# gzip -9n, without a name or a timestamp, so that builds are reproducible.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
find_program(SH_EXECUTABLE sh REQUIRED)

# plancheck_gzip(SOURCE OUTPUT): make OUTPUT, SOURCE compressed, at build time.
function(plancheck_gzip source output)
  add_custom_command(OUTPUT ${output}
    COMMAND ${SH_EXECUTABLE} -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh ${GZIP_EXECUTABLE} ${source}
            ${output}
    DEPENDS ${source}
    COMMENT "gzip -9n ${source}"
    VERBATIM)
endfunction()

set(compressed_dir ${PROJECT_BINARY_DIR}/compressed)
file(MAKE_DIRECTORY ${compressed_dir})
plancheck_gzip(${PROJECT_SOURCE_DIR}/man/plancheck.1 ${compressed_dir}/plancheck.1.gz)
plancheck_gzip(${PROJECT_SOURCE_DIR}/man/plancheck.5 ${compressed_dir}/plancheck.5.gz)
plancheck_gzip(${PROJECT_SOURCE_DIR}/packaging/changelog ${compressed_dir}/changelog.Debian.gz)
add_custom_target(compressed_files ALL
  DEPENDS ${compressed_dir}/plancheck.1.gz ${compressed_dir}/plancheck.5.gz
          ${compressed_dir}/changelog.Debian.gz)

install(TARGETS plancheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${compressed_dir}/plancheck.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${compressed_dir}/plancheck.5.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES README.md docs/huong-dan-bao-cao.md docs/reporting-guide.md packaging/copyright
              ${compressed_dir}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/plancheck/schemas)
install(DIRECTORY plans/ DESTINATION ${CMAKE_INSTALL_DATADIR}/plancheck/plans)
install(FILES completions/plancheck.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME plancheck)
install(FILES completions/_plancheck DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES completions/plancheck.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
