#include "cli/check_args.hpp"
#include "cli/command_frame.hpp"
#include "cli/completion.hpp"
#include "cli/list_args.hpp"
#include "cli/new_args.hpp"

#include <CLI/CLI.hpp>
#include <doctest/doctest.h>

using namespace plancheck;

using Words = std::vector<std::string>;

namespace {

// The words `words` offers, in order.
Words offered(CLI::App& app, const Words& words) {
  Words result;
  for (const Candidate& candidate : complete_words(app, words).candidates) {
    result.push_back(candidate.word);
  }
  return result;
}

// A command table like the program's: check, list, new, a hidden command, and --lang.
struct Table {
  CLI::App app{"plancheck", "plancheck"};
  std::string lang;
  std::vector<Command> commands; // they hold what the options write to
  Table() {
    set_help_language(app, Lang::en);
    app.add_option("--lang", lang, "language")->check(CLI::IsMember({"vi", "en"}));
    commands = {add_check(app, Lang::en), add_list(app, Lang::en), add_new(app, Lang::en)};
    add_command(app, "hidden", MsgId::help_rules, Lang::en)->group("");
  }
};

} // namespace

TEST_CASE("complete_words") {
  Table table;
  SUBCASE("the commands, not the hidden one") {
    CHECK(offered(table.app, {""}) == Words{"check", "list", "new"});
    CHECK(offered(table.app, {}) == Words{"check", "list", "new"});
    CHECK(offered(table.app, {"l"}) == Words{"list"});
    CHECK(offered(table.app, {"x"}).empty());
  }
  SUBCASE("the options of the command and of the program, with their help") {
    const Completion completion = complete_words(table.app, {"--l"});
    REQUIRE(completion.candidates.size() == 1);
    CHECK(completion.candidates[0].word == "--lang");
    CHECK(completion.candidates[0].description == "language");
    CHECK(offered(table.app, {"check", "--fa"}) == Words{"--fail-on"});
    CHECK(offered(table.app, {"check", "--la"}) == Words{"--lang"});
    CHECK(offered(table.app, {"check", "--h"}) == Words{"--help"}); // once, though both have it
  }
  SUBCASE("the values of an option that takes one of a set") {
    CHECK(offered(table.app, {"--lang", ""}) == Words{"vi", "en"});
    CHECK(offered(table.app, {"check", "--status", "l"}) == Words{"late", "lapsed"});
    CHECK(offered(table.app, {"check", "--format", "j"}) == Words{"json", "junit"});
    CHECK(offered(table.app, {"--lang", "vi", "check", "--fail-on", "o"}) ==
          Words{"overdue", "ok"});
  }
  SUBCASE("a value given with '=' leaves the next word free") {
    CHECK(offered(table.app, {"--lang=vi", "ch"}) == Words{"check"});
  }
  SUBCASE("the values of an argument that takes one of a set") {
    CHECK(offered(table.app, {"list", "t"}) == Words{"tasks"});
    CHECK(offered(table.app, {"new", ""}) == Words{"report", "decision"});
  }
  SUBCASE("ids, from the plans on the line") {
    const Completion completion = complete_words(table.app, {"check", "p1", "--agency", "so"});
    CHECK(completion.candidates.empty());
    CHECK(completion.ids == ListKind::agencies);
    CHECK(completion.plans == Words{"p1"});
    CHECK(complete_words(table.app, {"check", "--duty", ""}).ids == ListKind::duties);
    CHECK(complete_words(table.app, {"check", "--task", "", "p2"}).plans.empty());
    const Completion listed = complete_words(table.app, {"list", "tasks", "p3", "p4", ""});
    CHECK(listed.plans == Words{"p3", "p4"});
    CHECK_FALSE(listed.ids.has_value());
    CHECK(complete_words(table.app, {"new", "decision", "p5", "--by", ""}).ids ==
          ListKind::agencies);
  }
  SUBCASE("a path, and after '--': nothing") {
    CHECK(offered(table.app, {"check", "pl"}).empty());
    CHECK(offered(table.app, {"check", "--", "--a"}).empty());
    CHECK(offered(table.app, {"check", "--year", ""}).empty());
  }
}
