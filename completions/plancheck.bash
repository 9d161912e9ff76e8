# bash completion for plancheck.
# What to offer comes from the program itself (`plancheck complete`), which
# reads its own command table and, for ids, the plan on the line or in the
# current directory; when it offers nothing, bash completes file names.

_plancheck() {
    local line
    COMPREPLY=()
    while IFS= read -r line; do
        COMPREPLY+=("${line%%$'\t'*}")
    done < <("${COMP_WORDS[0]}" complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
}

complete -o default -o nosort -F _plancheck plancheck
