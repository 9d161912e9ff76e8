#!/usr/bin/env python3
"""Check src/ against the folder table of ARCHITECTURE.md.

Usage: check_layering.py ROOT

ROOT holds ARCHITECTURE.md and src/. The table whose header is
"| folder | holds | may use |" has a row per folder of src/; the names in
backquotes in its "may use" column are the folders and libraries that
folder may include. A file in folder F may include:
  - "F/..." and "G/..." for every folder G that F's row names;
  - a bare "name.hpp" that src/ holds or generates (src/name.hpp.in);
  - <yaml-cpp/...>, <CLI/...>, <fmt/...>, <date/...>, <unicode/...>,
    <xlsxwriter.h> when F's row names yaml-cpp, CLI11, fmt, date, ICU or
    libxlsxwriter; any other <...> (the standard library).
Only a folder whose row names `clock` or `environment` may read the clock
(clock::now) or the environment (getenv). No file in src/ may have more
than 400 lines, but model/msg_id.hpp: it is one name per line of every
message the tool has, in one enum, and grows with them, not with logic.

Prints one line per breach, "path:line: what is wrong (the rule)", and exits
1 when there is any, 0 when there is none.
"""

import pathlib
import re
import sys

MAX_FILE_LINES = 400
LONG_LISTS = {"model/msg_id.hpp"}
TABLE_HEADER = re.compile(r"^\|\s*folder\s*\|\s*holds\s*\|\s*may use\s*\|\s*$")
LIBRARIES = {"yaml-cpp": "yaml-cpp", "CLI": "CLI11", "fmt": "fmt", "date": "date", "unicode": "ICU",
             "xlsxwriter": "libxlsxwriter"}
# Libraries included by one header at the top, not by a folder of headers.
SINGLE_HEADERS = {"xlsxwriter.h": "libxlsxwriter"}
ABILITIES = {
    "clock": re.compile(r"clock::now\s*\("),
    "environment": re.compile(r"\bgetenv\s*\("),
}
QUOTED_INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
ANGLE_INCLUDE = re.compile(r"^\s*#\s*include\s*<([^>]+)>")
SOURCE_SUFFIXES = {".cpp", ".hpp"}


def read_table(architecture):
    """Return {folder: set of names it may use} from the folder table, the
    folder "" standing for src/ itself."""
    lines = architecture.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if TABLE_HEADER.match(line)), None)
    if start is None:
        raise SystemExit(f"{architecture}: no table headed '| folder | holds | may use |'")
    table = {}
    for number, line in enumerate(lines[start + 2:], start + 3):
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3:
            raise SystemExit(f"{architecture}:{number}: a row of the folder table has 3 cells")
        folder = re.fullmatch(r"`src/([a-z_]*)/?`", cells[0])
        if folder is None:
            raise SystemExit(f"{architecture}:{number}: the folder cell is `src/NAME/`")
        table[folder.group(1)] = set(re.findall(r"`([^`]+)`", cells[2]))
    return table


def check_table(table, src, architecture):
    """Breaches of the table itself: a folder without a row, a row or a
    name in "may use" that is no folder or library."""
    errors = []
    folders = {p.name for p in src.iterdir() if p.is_dir()}
    for folder in sorted(folders - table.keys()):
        errors.append(f"src/{folder}/: folder has no row in the folder table of {architecture.name}")
    known = folders | set(LIBRARIES.values()) | ABILITIES.keys()
    for folder, uses in sorted(table.items()):
        if folder and folder not in folders:
            errors.append(f"{architecture.name}: row src/{folder}/ names no folder of src/")
        for name in sorted(uses - known):
            errors.append(f"{architecture.name}: row {shown(folder)} may use `{name}`, "
                          "which is no folder of src/ nor a library the table knows")
    errors += check_cycles(table, architecture)
    return errors


def check_cycles(table, architecture):
    """A loop among the rows: a folder that uses, through others, itself."""
    errors = []
    done = set()

    def visit(folder, path):
        if folder in path:
            loop = " -> ".join(shown(f) for f in path[path.index(folder):] + [folder])
            errors.append(f"{architecture.name}: the folder table has a loop: {loop}")
            return
        if folder in done:
            return
        for used in sorted(table.get(folder, set()) & table.keys()):
            visit(used, path + [folder])
        done.add(folder)

    for folder in sorted(table):
        visit(folder, [])
    return errors


def shown(folder):
    """How messages name `folder` ("" is src/ itself)."""
    return f"src/{folder}/" if folder else "src/"


def describe(folder, uses):
    """The rule of `folder`'s row, for messages."""
    allowed = ", ".join(sorted(uses)) or "nothing"
    return f"ARCHITECTURE.md lets {shown(folder)} use: {allowed}"


def check_file(path, relative, folder, uses, src):
    """Breaches in one source file of `folder`."""
    errors = []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    if len(lines) > MAX_FILE_LINES and path.relative_to(src).as_posix() not in LONG_LISTS:
        errors.append(f"{relative}: {len(lines)} lines (no file in src/ has more than "
                      f"{MAX_FILE_LINES})")
    rule = describe(folder, uses)
    for number, line in enumerate(lines, 1):
        where = f"{relative}:{number}"
        if quoted := QUOTED_INCLUDE.match(line):
            name = quoted.group(1)
            if "/" in name:
                target = name.split("/", 1)[0]
                if target != folder and target not in uses:
                    errors.append(f'{where}: includes "{name}" from src/{target}/ ({rule})')
            elif not (src / name).exists() and not (src / (name + ".in")).exists():
                errors.append(f'{where}: includes "{name}", which src/ neither holds nor '
                              "generates (includes name their folder)")
        elif angle := ANGLE_INCLUDE.match(line):
            name = angle.group(1)
            library = (LIBRARIES.get(name.split("/", 1)[0]) if "/" in name
                       else SINGLE_HEADERS.get(name))
            if library is not None and library not in uses:
                errors.append(f"{where}: includes <{name}> of {library} ({rule})")
        code = line.split("//", 1)[0]
        for ability, pattern in ABILITIES.items():
            if pattern.search(code) and ability not in uses:
                errors.append(f"{where}: reads the {ability} ({rule}; only a folder "
                              f"whose row names `{ability}` may)")
    return errors


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    src = root / "src"
    architecture = root / "ARCHITECTURE.md"
    table = read_table(architecture)
    errors = check_table(table, src, architecture)
    for path in sorted(p for p in src.rglob("*") if p.suffix in SOURCE_SUFFIXES):
        relative = path.relative_to(root).as_posix()
        parts = path.relative_to(src).parts
        folder = parts[0] if len(parts) > 1 else ""
        if folder in table:
            errors += check_file(path, relative, folder, table[folder], src)
    for error in errors:
        print(error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
