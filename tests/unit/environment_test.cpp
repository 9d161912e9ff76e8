#include "cli/environment.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::fake_getenv;
using plancheck::test::FakeEnvironment;

TEST_CASE("language_from_environment") {
  struct Case {
    std::map<std::string, std::string> variables;
    Lang lang;
  };
  const Case cases[] = {
      {{}, Lang::en},
      {{{"LANG", "vi_VN.UTF-8"}}, Lang::vi},
      {{{"LANG", "en_US.UTF-8"}}, Lang::en},
      {{{"LANG", "vi_VN.UTF-8"}, {"LC_ALL", "C"}}, Lang::en},          // LC_ALL first
      {{{"LANG", "en_US.UTF-8"}, {"LC_MESSAGES", "vi_VN"}}, Lang::vi}, // then LC_MESSAGES
      {{{"LANG", "vi_VN.UTF-8"}, {"LC_ALL", ""}}, Lang::vi},           // empty is unset
      {{{"LANG", "vi_VN.UTF-8"}, {"PLANCHECK_LANG", "en"}}, Lang::en},
      {{{"PLANCHECK_LANG", "vi"}}, Lang::vi},
      {{{"PLANCHECK_LANG", "vi_VN"}}, Lang::vi},              // its first two letters
      {{{"PLANCHECK_LANG", "fr"}, {"LANG", "vi"}}, Lang::vi}, // unknown: the locale decides
  };
  for (const Case& c : cases) {
    const FakeEnvironment environment(c.variables);
    CAPTURE(c.variables.size());
    CHECK(language_from_environment(fake_getenv) == c.lang);
  }
}

TEST_CASE("use_color") {
  SUBCASE("always and never do as they say") {
    const FakeEnvironment environment({{"NO_COLOR", "1"}});
    CHECK(use_color("always", false, fake_getenv));
    CHECK_FALSE(use_color("never", true, fake_getenv));
  }
  SUBCASE("auto colors a terminal without NO_COLOR") {
    const FakeEnvironment environment({});
    CHECK(use_color("auto", true, fake_getenv));
    CHECK_FALSE(use_color("auto", false, fake_getenv));
  }
  SUBCASE("NO_COLOR set to anything turns auto off; empty is unset") {
    const FakeEnvironment set({{"NO_COLOR", "0"}});
    CHECK_FALSE(use_color("auto", true, fake_getenv));
    const FakeEnvironment empty({{"NO_COLOR", ""}});
    CHECK(use_color("auto", true, fake_getenv));
  }
}

TEST_CASE("in_github_actions") {
  struct Case {
    const char* value;
    bool in_actions;
  };
  for (const Case& c : {Case{"true", true}, Case{"false", false}, Case{"1", false}}) {
    const FakeEnvironment environment({{"GITHUB_ACTIONS", c.value}});
    CAPTURE(c.value);
    CHECK(in_github_actions(fake_getenv) == c.in_actions);
  }
  const FakeEnvironment unset({});
  CHECK_FALSE(in_github_actions(fake_getenv));
}

TEST_CASE("step_summary_path and sender_from_environment") {
  {
    const FakeEnvironment environment(
        {{"GITHUB_STEP_SUMMARY", "/tmp/summary.md"}, {"PLANCHECK_FROM", "a@b.vn"}});
    CHECK(step_summary_path(fake_getenv) == "/tmp/summary.md");
    CHECK(sender_from_environment(fake_getenv) == "a@b.vn");
  }
  const FakeEnvironment unset({});
  CHECK(step_summary_path(fake_getenv).empty());
  CHECK(sender_from_environment(fake_getenv).empty());
}

TEST_CASE("columns_from_environment") {
  struct Case {
    std::map<std::string, std::string> variables;
    std::optional<std::size_t> columns;
  };
  const Case cases[] = {
      {{}, std::nullopt},
      {{{"COLUMNS", "80"}}, 80},
      {{{"COLUMNS", "1"}}, 1},
      {{{"COLUMNS", "10000"}}, 10000},
      {{{"COLUMNS", "10001"}}, std::nullopt},
      {{{"COLUMNS", "0"}}, std::nullopt},
      {{{"COLUMNS", ""}}, std::nullopt},
      {{{"COLUMNS", "-80"}}, std::nullopt},
      {{{"COLUMNS", "80x"}}, std::nullopt},
      {{{"COLUMNS", " 80"}}, std::nullopt},
  };
  for (const Case& c : cases) {
    const FakeEnvironment environment(c.variables);
    CAPTURE(c.variables.size());
    CHECK(columns_from_environment(fake_getenv) == c.columns);
  }
}
