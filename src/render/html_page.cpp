#include "render/html_page.hpp"

#include "render/finding_words.hpp"
#include "render/matrix_cell_text.hpp"
#include "render/status_fill.hpp"
#include "text/xml_escape.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {
namespace {

// Print keeps the colours (print-color-adjust); the statuses' fills follow.
constexpr std::string_view k_style = R"css(
@page { size: A4 landscape; margin: 10mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt;
  color: #1a1a1a; margin: 1.5em; }
h1 { font-size: 1.4em; margin: 0 0 .2em; }
h2 { font-size: 1.2em; margin: 1.2em 0 .4em; }
h3 { font-size: 1.05em; margin: 1em 0 .3em; }
p.meta { color: #444; margin: 0 0 1em; }
table { border-collapse: collapse; margin: .3em 0 1em; }
th, td { border: 1px solid #999; padding: .2em .4em; vertical-align: top; }
thead th { background: #eceff1; text-align: center; }
th.agency { text-align: left; font-weight: normal; min-width: 14em; }
th.agency.ended { padding-left: 1.6em; color: #555; }
td.cell { text-align: center; white-space: nowrap; font-weight: bold; }
td.cell small { display: block; font-weight: normal; font-size: .8em; }
td.num { text-align: right; }
ul.legend { list-style: none; padding: 0; }
ul.legend li { display: inline-block; margin: 0 1em .3em 0; }
ul.legend span { display: inline-block; min-width: 1.6em; text-align: center;
  border: 1px solid #999; font-weight: bold; }
ul.keys { font-size: .9em; }
nav { margin: 0 0 1em; }
@media print {
  body { margin: 0; font-size: 8pt; }
  nav { display: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
)css";

} // namespace

void write_html_head(const std::string& title, Lang lang, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"" << (lang == Lang::vi ? "vi" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << xml_escape(title) << "</title>\n<style>" << k_style;
  for (const Status status : k_all_statuses) {
    out << fmt::format(".{} {{ background: #{:06x}; }}\n", status_class(status),
                       status_fill_rgb(status));
  }
  out << "</style>\n</head>\n<body>\n";
}

void write_html_tail(std::ostream& out) {
  out << "</body>\n</html>\n";
}

std::string status_class(Status status) {
  return "s-" + std::string(status_id(status));
}

void write_html_legend(Lang lang, std::ostream& out) {
  out << "<ul class=\"legend\">\n";
  for (const Status status : k_legend_order) {
    out << "<li><span class=\"" << status_class(status) << "\">" << status_symbol(status)
        << "</span> " << xml_escape(status_name(status, lang)) << "</li>\n";
  }
  out << "</ul>\n<p class=\"meta\">" << xml_escape(matrix_legend(lang)) << "</p>\n";
}

} // namespace plancheck
