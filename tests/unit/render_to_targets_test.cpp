#include "app/render_to_targets.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// Write the format's name, painted red.
void render_name(OutputFormat format, const Presentation& look, std::ostream& out) {
  out << look.style.paint(format_info(format).name, Color::red) << '\n';
}

// Options for standard output that is not a terminal, colored or not.
OutputOptions pipe_output(bool color) {
  return {Lang::en, color, std::nullopt, k_default_line_width};
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("render_to_targets colors standard output only, '-' included") {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "plancheck-render-to-targets-test.txt";
  const std::vector<OutputTarget> targets{
      {OutputFormat::text, ""}, {OutputFormat::github, "-"}, {OutputFormat::text, file.string()}};
  std::ostringstream out;
  std::ostringstream err;
  CHECK(render_to_targets(targets, render_name, pipe_output(true), WriteStdout::yes, out, err));
  CHECK(out.str() == "\x1b[1;31mtext\x1b[0m\n\x1b[1;31mgithub\x1b[0m\n");
  CHECK(read_file(file) == "text\n");
  CHECK(err.str().empty());
  std::filesystem::remove(file);
}

TEST_CASE("render_to_targets without color, and without standard output") {
  std::ostringstream out;
  std::ostringstream err;
  const std::vector<OutputTarget> targets{{OutputFormat::text, ""}, {OutputFormat::json, "-"}};
  CHECK(render_to_targets(targets, render_name, pipe_output(false), WriteStdout::yes, out, err));
  CHECK(out.str() == "text\njson\n");
  out.str("");
  CHECK(render_to_targets(targets, render_name, pipe_output(true), WriteStdout::no, out, err));
  CHECK(out.str().empty());
}

TEST_CASE("render_to_targets says which file it could not write") {
  std::ostringstream out;
  std::ostringstream err;
  const std::vector<OutputTarget> targets{{OutputFormat::json, "/nonexistent-dir/x.json"},
                                          {OutputFormat::text, ""}};
  CHECK_FALSE(
      render_to_targets(targets, render_name, pipe_output(false), WriteStdout::yes, out, err));
  CHECK(out.str() == "text\n"); // the others are still written
  CHECK(err.str() ==
        "plancheck: /nonexistent-dir/x.json: error: cannot write: No such file or directory\n");
}

TEST_CASE("line_layout") {
  OutputOptions output{Lang::en, false, std::nullopt, 90};
  SUBCASE("standard output that is not a terminal wraps, at the line width") {
    CHECK(line_layout(output, true).overflow == Overflow::wrap);
    CHECK(line_layout(output, true).width == 90);
  }
  output.terminal_width = 72;
  SUBCASE("standard output laid out for a terminal is cut to its width") {
    CHECK(line_layout(output, true).overflow == Overflow::cut);
    CHECK(line_layout(output, true).width == 72);
  }
  SUBCASE("a file wraps at the line width, whatever standard output is") {
    CHECK(line_layout(output, false).overflow == Overflow::wrap);
    CHECK(line_layout(output, false).width == 90);
  }
}
