#include "cli/notify_args.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::FakeEnvironment;
using plancheck::test::ymd;

namespace {

// The problems of `converted`, in English, one a line.
std::string problems_of(const Converted<NotifyOptions>& converted) {
  std::string text;
  for (const Message& problem : std::get<Problems>(converted)) {
    text += localize(problem, Lang::en) + '\n';
  }
  return text;
}

} // namespace

TEST_CASE("to_notify_options") {
  SUBCASE("every argument") {
    const FakeEnvironment environment({{"PLANCHECK_FROM", "env@example.vn"}});
    NotifyArgs args;
    args.plans = {"p"};
    args.from = "Sở <so@example.vn>";
    args.digest_to = {"d@example.vn"};
    args.cc = {"c1@example.vn", "C2 <c2@example.vn>"};
    args.sendmail = "msmtp -t";
    args.dry_run = true;
    args.as_of = "01/07/2025";
    args.selection.duties = {"bao-cao"};
    args.lead_days = "7,0";
    args.repeat_days = 3;
    args.max_overdue_days = 30;
    args.all_items = true;
    const auto converted = to_notify_options(args, environment.env());
    const auto* options = std::get_if<NotifyOptions>(&converted);
    REQUIRE(options != nullptr);
    CHECK(options->plans == args.plans);
    CHECK(options->from.name == "Sở");
    CHECK(options->from.address == "so@example.vn");
    REQUIRE(options->digest_to.size() == 1);
    CHECK(options->digest_to[0].address == "d@example.vn");
    REQUIRE(options->cc.size() == 2);
    CHECK(options->cc[1].name == "C2");
    CHECK(options->sendmail == "msmtp -t");
    CHECK(options->dry_run);
    CHECK(options->as_of == ymd(2025, 7, 1));
    CHECK(options->selection.duties == args.selection.duties);
    CHECK(options->policy.lead_days == std::vector<int>{7, 0});
    CHECK(options->policy.repeat_days == 3);
    CHECK(options->policy.max_overdue_days == 30);
    CHECK(options->policy.all_items);
  }
  SUBCASE("the sender from PLANCHECK_FROM when --from is not given") {
    const FakeEnvironment environment({{"PLANCHECK_FROM", "Env <env@example.vn>"}});
    const auto converted = to_notify_options({}, environment.env());
    REQUIRE(std::holds_alternative<NotifyOptions>(converted));
    CHECK(std::get<NotifyOptions>(converted).from.address == "env@example.vn");
  }
  SUBCASE("no sender at all") {
    const FakeEnvironment environment({{"PLANCHECK_FROM", ""}});
    CHECK(problems_of(to_notify_options({}, environment.env())) ==
          "usage error: notify: --from is required (or PLANCHECK_FROM)\n");
  }
  SUBCASE("every bad address is named, in the order of the options") {
    const FakeEnvironment environment({});
    NotifyArgs args;
    args.from = "x";
    args.digest_to = {"ok@example.vn", "y"};
    args.cc = {"z"};
    CHECK(problems_of(to_notify_options(args, environment.env())) ==
          "--from: 'x' is not an email address (name@domain.vn, or Name <name@domain.vn>)\n"
          "--digest-to: 'y' is not an email address (name@domain.vn, or Name <name@domain.vn>)\n"
          "--cc: 'z' is not an email address (name@domain.vn, or Name <name@domain.vn>)\n");
  }
}
