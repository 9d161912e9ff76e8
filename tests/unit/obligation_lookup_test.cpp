// Which obligation `plancheck new` writes a skeleton for, and why none.

#include "check/obligation_lookup.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

ObligationQuery query(const Fixture& fx, const char* agency, const char* duty,
                      std::optional<int> period, Day today) {
  ObligationQuery q;
  q.agency = agency == nullptr ? nullptr : fx.plan().find_agency(agency);
  q.duty = fx.plan().find_duty(duty);
  q.period = period;
  q.today = today;
  return q;
}

std::string why(const std::variant<Obligation, Message>& found) {
  const Message* message = std::get_if<Message>(&found);
  return message == nullptr ? "found" : localize(*message, Lang::en);
}

} // namespace

TEST_CASE("look_up_obligation: a duty instance") {
  const Fixture fx(k_merger);
  SUBCASE("the one check has, covering the same tasks") {
    const auto found =
        look_up_obligation(fx.plan(), query(fx, "so-x", "annual", 2025, ymd(2025, 5, 1)));
    REQUIRE(std::holds_alternative<Obligation>(found));
    const Obligation& o = std::get<Obligation>(found);
    CHECK(o.agency->id.value == "so-x");
    CHECK(o.period == 2025);
    CHECK(format_iso(o.due) == "2025-12-09");
    for (const Obligation& built : build_obligations(fx.plan())) {
      if (built.duty == o.duty && built.period == 2025 && built.agency == o.agency) {
        CHECK(joined(task_ids(built.covered)) == joined(task_ids(o.covered)));
      }
    }
  }
  SUBCASE("without a period: the instance due next, else the last") {
    const auto next =
        look_up_obligation(fx.plan(), query(fx, "so-x", "annual", {}, ymd(2025, 12, 10)));
    CHECK(std::get<Obligation>(next).period == 2026);
    const auto on_the_day =
        look_up_obligation(fx.plan(), query(fx, "so-x", "annual", {}, ymd(2025, 12, 9)));
    CHECK(std::get<Obligation>(on_the_day).period == 2025);
    const auto after =
        look_up_obligation(fx.plan(), query(fx, "so-x", "annual", {}, ymd(2030, 1, 1)));
    CHECK(std::get<Obligation>(after).period == 2026);
  }
  SUBCASE("an agency that has ended: its successor is named") {
    CHECK(why(look_up_obligation(fx.plan(), query(fx, "so-a", "annual", 2025, ymd(2025, 1, 1)))) ==
          "so-a (Sở A) ended on 2025-02-28; its successor so-x (Sở X) owes what falls due on "
          "2025-12-09");
    CHECK(
        why(look_up_obligation(fx.plan(), query(fx, "so-d", "dissolved", 2026, ymd(2025, 1, 1)))) ==
        "so-d (Sở D) ended on 2025-06-30 with no successor and owes nothing due on 2026-06-30");
  }
  SUBCASE("an agency that has not begun, or does not send it") {
    CHECK(why(look_up_obligation(fx.plan(), query(fx, "so-x", "annual", 2024, ymd(2024, 1, 1)))) ==
          "so-x (Sở X) exists only from 2025-03-01, after 2024-12-09");
    CHECK(why(look_up_obligation(fx.plan(), query(fx, "so-c", "annual", 2024, ymd(2024, 1, 1)))) ==
          "so-c (Sở C) owes no report annual due on 2024-12-09");
  }
  SUBCASE("a year with no instance") {
    CHECK(why(look_up_obligation(fx.plan(), query(fx, "so-x", "annual", 2031, ymd(2024, 1, 1)))) ==
          "duty annual has no instance for 2031");
  }
  SUBCASE("no agency: the instance, for a decision about every agency") {
    const auto found =
        look_up_obligation(fx.plan(), query(fx, nullptr, "annual", 2024, ymd(2024, 1, 1)));
    CHECK(std::get<Obligation>(found).agency == nullptr);
    CHECK(format_iso(std::get<Obligation>(found).due) == "2024-12-09");
  }
}

TEST_CASE("look_up_obligation: a task") {
  const Fixture fx(k_merger);
  ObligationQuery q;
  q.today = ymd(2025, 4, 1);
  SUBCASE("a task with a deadline, of its owner on that day") {
    q.agency = fx.plan().find_agency("so-c");
    q.task = fx.plan().find_task("T8");
    const auto found = look_up_obligation(fx.plan(), q);
    CHECK(format_iso(std::get<Obligation>(found).due) == "2025-12-31");
    q.agency = fx.plan().find_agency("so-a");
    CHECK(why(look_up_obligation(fx.plan(), q)) ==
          "so-a (Sở A) ended on 2025-02-28; its successor so-x (Sở X) owes what falls due on "
          "2025-12-31");
  }
  SUBCASE("an ongoing task, of its owners today") {
    q.agency = fx.plan().find_agency("so-x");
    q.task = fx.plan().find_task("T2"); // so-a's, passed to so-x
    const auto found = look_up_obligation(fx.plan(), q);
    CHECK(std::get<Obligation>(found).due == q.today);
    q.agency = fx.plan().find_agency("so-c");
    CHECK(why(look_up_obligation(fx.plan(), q)) == "so-c (Sở C) is not an owner of task T2");
  }
}
