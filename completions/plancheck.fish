# fish completion for plancheck.
# What to offer comes from the program itself (`plancheck complete`), which
# reads its own command table and, for ids, the plan on the line or in the
# current directory; when it offers nothing, fish completes paths.

function __plancheck_complete
    set -l words (commandline -opc)
    set -l program $words[1]
    set -e words[1]
    set -l offered ($program complete -- $words (commandline -ct) 2>/dev/null)
    if test (count $offered) -gt 0
        printf '%s\n' $offered
    else
        __fish_complete_path (commandline -ct)
    end
end

complete -c plancheck -f -a '(__plancheck_complete)'
