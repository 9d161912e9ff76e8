#include "app/output_format.hpp"

#include "render/calendar_ics.hpp"
#include "render/calendar_text.hpp"
#include "render/check_csv.hpp"
#include "render/check_json.hpp"
#include "render/check_text.hpp"
#include "render/check_xlsx.hpp"
#include "render/diagnostic_text.hpp"
#include "render/github_annotations.hpp"
#include "render/junit.hpp"
#include "render/list_json.hpp"
#include "render/list_text.hpp"
#include "render/matrix_csv.hpp"
#include "render/matrix_html.hpp"
#include "render/matrix_markdown.hpp"
#include "render/matrix_text.hpp"
#include "render/matrix_xlsx.hpp"
#include "render/memo_text.hpp"
#include "render/rules_list.hpp"
#include "render/sarif.hpp"
#include "render/validate_json.hpp"

#include <algorithm>
#include <array>

namespace plancheck {
namespace {

// Diagnostics for people, then the summary line.
void validate_text(const ValidateView& view, const Presentation& look, std::ostream& out) {
  render_diagnostics(view.diagnostics, view.lang, look.style, out);
  render_validate_summary(view.paths.size(), count_severity(view.diagnostics, Severity::error),
                          count_severity(view.diagnostics, Severity::warning), view.lang, out);
}

constexpr std::array k_formats{
    FormatInfo{OutputFormat::text, "text", FormatShape::stream, validate_text,
               [](const CheckView& v, const Presentation& look, std::ostream& out) {
                 render_check_text(v.result, {v.lang, look.style, look.layout}, out);
               },
               render_rules_text,
               [](const ListView& v, const Presentation& look, std::ostream& out) {
                 render_list_text(v.result, {v.lang, look.style, look.layout}, out);
               },
               [](const CalendarView& v, std::ostream& out) {
                 render_calendar_text(v.result, v.lang, out);
               },
               [](const MatrixView& v, const Presentation& look, std::ostream& out) {
                 render_matrix_text(v.matrices, {v.lang, look.style, look.layout}, out);
               },
               [](const MemoView& v, const Presentation& look, std::ostream& out) {
                 render_memo_text(v.memos, {v.lang, look.style, look.layout}, out);
               }},
    FormatInfo{OutputFormat::json, "json", FormatShape::document,
               [](const ValidateView& v, const Presentation&, std::ostream& out) {
                 render_validate_json(v.diagnostics, v.paths, v.lang, out);
               },
               [](const CheckView& v, const Presentation&, std::ostream& out) {
                 render_check_json(v.result, out);
               },
               render_rules_json,
               [](const ListView& v, const Presentation&, std::ostream& out) {
                 render_list_json(v.result, out);
               },
               nullptr, nullptr, nullptr},
    FormatInfo{OutputFormat::csv, "csv", FormatShape::document, nullptr,
               [](const CheckView& v, const Presentation&, std::ostream& out) {
                 render_check_csv(v.result, out);
               },
               nullptr, nullptr, nullptr,
               [](const MatrixView& v, const Presentation&, std::ostream& out) {
                 render_matrix_csv(v.matrices, out);
               },
               nullptr},
    FormatInfo{OutputFormat::github, "github", FormatShape::stream,
               [](const ValidateView& v, const Presentation&, std::ostream& out) {
                 render_validate_github(v.diagnostics, v.lang, out);
               },
               [](const CheckView& v, const Presentation&, std::ostream& out) {
                 render_check_github(v.result, v.lang, out);
               },
               nullptr, nullptr, nullptr, nullptr, nullptr},
    FormatInfo{OutputFormat::junit, "junit", FormatShape::document,
               [](const ValidateView& v, const Presentation&, std::ostream& out) {
                 render_validate_junit(v.diagnostics, v.paths, v.lang, out);
               },
               [](const CheckView& v, const Presentation&, std::ostream& out) {
                 render_check_junit(v.result, v.lang, out);
               },
               nullptr, nullptr, nullptr, nullptr, nullptr},
    FormatInfo{OutputFormat::sarif, "sarif", FormatShape::document,
               [](const ValidateView& v, const Presentation&, std::ostream& out) {
                 render_validate_sarif(v.diagnostics, v.lang, out);
               },
               [](const CheckView& v, const Presentation&, std::ostream& out) {
                 render_check_sarif(v.result, v.lang, out);
               },
               nullptr, nullptr, nullptr, nullptr, nullptr},
    FormatInfo{OutputFormat::ics, "ics", FormatShape::document, nullptr, nullptr, nullptr, nullptr,
               [](const CalendarView& v, std::ostream& out) {
                 render_calendar_ics(v.result, v.lang, out);
               },
               nullptr, nullptr},
    FormatInfo{OutputFormat::markdown, "markdown", FormatShape::document, nullptr, nullptr, nullptr,
               nullptr, nullptr,
               [](const MatrixView& v, const Presentation&, std::ostream& out) {
                 render_matrix_markdown(v.matrices, v.lang, out);
               },
               [](const MemoView& v, const Presentation&, std::ostream& out) {
                 render_memo_markdown(v.memos, v.lang, out);
               }},
    FormatInfo{OutputFormat::html, "html", FormatShape::document, nullptr, nullptr, nullptr,
               nullptr, nullptr,
               [](const MatrixView& v, const Presentation&, std::ostream& out) {
                 render_matrix_html(v.matrices, v.lang, out);
               },
               nullptr},
    FormatInfo{OutputFormat::xlsx, "xlsx", FormatShape::file, nullptr,
               [](const CheckView& v, const Presentation&, std::ostream& out) {
                 render_check_xlsx(v.result, v.lang, out);
               },
               nullptr, nullptr, nullptr,
               [](const MatrixView& v, const Presentation&, std::ostream& out) {
                 render_matrix_xlsx(v.matrices, v.result, v.lang, out);
               },
               nullptr},
};

// The table is indexed by OutputFormat.
constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < k_formats.size(); ++i) {
    if (static_cast<std::size_t>(k_formats[i].format) != i) {
      return false;
    }
  }
  return true;
}
static_assert(in_enum_order());

} // namespace

std::span<const FormatInfo> output_formats() {
  return k_formats;
}

const FormatInfo& format_info(OutputFormat format) {
  return k_formats.at(static_cast<std::size_t>(format));
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  const auto it = std::find_if(k_formats.begin(), k_formats.end(),
                               [&](const FormatInfo& info) { return info.name == name; });
  return it == k_formats.end() ? std::nullopt : std::optional<OutputFormat>(it->format);
}

bool accepts(FormatCommand command, OutputFormat format) {
  const FormatInfo& info = format_info(format);
  switch (command) {
  case FormatCommand::validate:
    return info.validate != nullptr;
  case FormatCommand::check:
    return info.check != nullptr;
  case FormatCommand::rules:
    return info.rules != nullptr;
  case FormatCommand::list:
    return info.list != nullptr;
  case FormatCommand::calendar:
    return info.calendar != nullptr;
  case FormatCommand::matrix:
    return info.matrix != nullptr;
  case FormatCommand::memo:
    return info.memo != nullptr;
  }
  return false;
}

std::vector<std::string> format_names(FormatCommand command) {
  std::vector<std::string> names;
  for (const FormatInfo& info : k_formats) {
    if (accepts(command, info.format)) {
      names.emplace_back(info.name);
    }
  }
  return names;
}

} // namespace plancheck
