#include "app/output_format.hpp"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("parse_output_format names every format, and only those") {
  for (const FormatInfo& info : output_formats()) {
    CAPTURE(info.name);
    CHECK(parse_output_format(info.name) == info.format);
    CHECK(&format_info(info.format) == &info);
  }
  CHECK_FALSE(parse_output_format("xml").has_value());
  CHECK_FALSE(parse_output_format("").has_value());
  CHECK_FALSE(parse_output_format("JSON").has_value());
}

TEST_CASE("which command writes which format") {
  CHECK(format_names(FormatCommand::validate) ==
        std::vector<std::string>{"text", "json", "github", "junit", "sarif"});
  CHECK(format_names(FormatCommand::check) ==
        std::vector<std::string>{"text", "json", "csv", "github", "junit", "sarif", "xlsx"});
  CHECK(format_names(FormatCommand::matrix) ==
        std::vector<std::string>{"text", "csv", "markdown", "html", "xlsx"});
  CHECK(format_names(FormatCommand::rules) == std::vector<std::string>{"text", "json"});
  CHECK(format_names(FormatCommand::list) == std::vector<std::string>{"text", "json"});
  CHECK_FALSE(accepts(FormatCommand::validate, OutputFormat::csv));
  CHECK(accepts(FormatCommand::check, OutputFormat::csv));
}

TEST_CASE("documents and streams") {
  for (const FormatInfo& info : output_formats()) {
    CAPTURE(info.name);
    const bool stream = info.format == OutputFormat::text || info.format == OutputFormat::github;
    CHECK((info.shape == FormatShape::stream) == stream);
    CHECK((info.shape == FormatShape::file) == (info.format == OutputFormat::xlsx));
  }
}
