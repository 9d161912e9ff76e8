#pragma once

#include "check/calendar_events.hpp"
#include "check/check.hpp"
#include "check/memo_summary.hpp"
#include "check/plan_listing.hpp"
#include "check/status_matrix.hpp"
#include "model/diagnostic.hpp"
#include "model/lang.hpp"
#include "render/line_layout.hpp"
#include "render/terminal_style.hpp"

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// Every format plancheck writes.
enum class OutputFormat { text, json, csv, github, junit, sarif, ics, markdown, html, xlsx };

// Whether a format is a document of its own, which must be alone where it
// is written, lines that may share standard output with other lines, or a
// binary file that is written to a file only (xlsx), never to standard output.
enum class FormatShape { stream, document, file };

// The commands that write in formats.
enum class FormatCommand { validate, check, rules, list, calendar, matrix, memo };

// What `validate` tells, as its renderers take it.
struct ValidateView {
  const Diagnostics& diagnostics;
  const std::vector<std::string>& paths; // every file read
  Lang lang;
};

// What `check` tells, as its renderers take it.
struct CheckView {
  const CheckResult& result;
  Lang lang;
};

// What `list` tells, as its renderers take it.
struct ListView {
  const ListResult& result;
  Lang lang;
};

// What `calendar` tells, as its renderers take it.
struct CalendarView {
  const CalendarResult& result;
  Lang lang;
};

// What `matrix` tells, as its renderers take it.
struct MatrixView {
  const std::vector<StatusMatrix>& matrices;
  const CheckResult& result; // what the matrices were laid out from
  Lang lang;
};

// What `memo` tells, as its renderers take it.
struct MemoView {
  const std::vector<Memo>& memos;
  Lang lang;
};

// How output looks where it is written: its colors, and how its lines fit.
struct Presentation {
  TerminalStyle style{false};
  LineLayout layout{};
};

using ValidateRenderer = void (*)(const ValidateView&, const Presentation&, std::ostream&);
using CheckRenderer = void (*)(const CheckView&, const Presentation&, std::ostream&);
using RulesRenderer = void (*)(Lang, std::ostream&);
using ListRenderer = void (*)(const ListView&, const Presentation&, std::ostream&);
using CalendarRenderer = void (*)(const CalendarView&, std::ostream&);
using MatrixRenderer = void (*)(const MatrixView&, const Presentation&, std::ostream&);
using MemoRenderer = void (*)(const MemoView&, const Presentation&, std::ostream&);

// One row of the table of formats: a renderer per command that writes the
// format, nullptr for a command that does not.
struct FormatInfo {
  OutputFormat format;
  std::string_view name;
  FormatShape shape;
  ValidateRenderer validate;
  CheckRenderer check;
  RulesRenderer rules;
  ListRenderer list;
  CalendarRenderer calendar;
  MatrixRenderer matrix;
  MemoRenderer memo;
};

// The table of formats, in the order help and messages list them.
std::span<const FormatInfo> output_formats();

// The row of `format`.
const FormatInfo& format_info(OutputFormat format);

// The format called `name`, or nullopt.
std::optional<OutputFormat> parse_output_format(std::string_view name);

// Whether `command` writes `format`.
bool accepts(FormatCommand command, OutputFormat format);

// The names of the formats `command` writes, in table order.
std::vector<std::string> format_names(FormatCommand command);

} // namespace plancheck
