// Composing a day's reminders: which agencies get a message, what it is
// addressed with, and the digest.

#include "model/today.hpp"
#include "notify/reminders.hpp"
#include "test_support.hpp"

using namespace plancheck;
using namespace plancheck::test;

namespace {

// On 2025-06-23: so-a has T1 due in 7 days (a lead time); so-b, without an
// address, T2 due in 3 days; so-c only T3, due in 17 days (not a lead time);
// so-e only T4, overdue 106 days (past --max-overdue 90) on a repeat day.
const std::string k_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "Sở A", email: [a1@example.gov.vn, a2@example.gov.vn]}
  so-b: {name: "Sở B"}
  so-c: {name: "Sở C", email: c@example.gov.vn}
  so-e: {name: "Sở E", email: e@example.gov.vn}
tasks:
  - {id: T1, title: "Việc một", owners: [so-a], due: {by: 2025-06-30}}
  - {id: T2, title: "Việc hai", owners: [so-b], due: {by: 2025-06-26}}
  - {id: T3, title: "Việc ba", owners: [so-c], due: {by: 2025-07-10}}
  - {id: T4, title: "Việc bốn", owners: [so-e], due: {by: 2025-03-09}}
)");

const Mailbox k_from{"Văn phòng", "noreply@example.gov.vn"};

ReminderOptions options(const CheckResult& result, std::vector<Mailbox> digest_to) {
  ReminderOptions o;
  o.from = k_from;
  o.digest_to = std::move(digest_to);
  o.cc = {{"", "thanhtra@example.gov.vn"}};
  o.date = start_of_day(result.as_of, result.timezone).value();
  o.lang = Lang::vi;
  return o;
}

std::vector<std::string> recipients(const Reminders& reminders) {
  std::vector<std::string> out;
  for (const Reminder& r : reminders.messages) {
    out.push_back(r.recipient.format(Lang::en));
  }
  return out;
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("compose_reminders: a message to each addressed agency with items, then the digest") {
  const Fixture fx(k_plan);
  const CheckResult result = fx.check(day("2025-06-23"));
  const Reminders reminders =
      compose_reminders(result, {}, options(result, {{"Điều phối", "dieuphoi@example.gov.vn"}}));

  REQUIRE(recipients(reminders) == std::vector<std::string>{"so-a", "digest"});
  CHECK(reminders.messages[1].recipient.format(Lang::vi) == "thư tổng hợp");
  REQUIRE(reminders.unaddressed.size() == 1);
  CHECK(reminders.unaddressed.front()->id.value == "so-b");

  const MailMessage& to_a = reminders.messages[0].mail;
  CHECK(to_a.from.address == "noreply@example.gov.vn");
  REQUIRE(to_a.to.size() == 2);
  CHECK(to_a.to[0].name == "Sở A");
  CHECK(to_a.to[0].address == "a1@example.gov.vn");
  CHECK(to_a.to[1].address == "a2@example.gov.vn");
  REQUIRE(to_a.cc.size() == 1);
  CHECK(to_a.cc[0].address == "thanhtra@example.gov.vn");
  CHECK(to_a.date == "Mon, 23 Jun 2025 00:00:00 +0700");
  CHECK(to_a.message_id == "plancheck.test-plan.so-a.20250623@example.gov.vn");
  CHECK(contains(to_a.body, "Việc một"));
  CHECK_FALSE(contains(to_a.body, "Việc hai"));

  const MailMessage& digest = reminders.messages[1].mail;
  REQUIRE(digest.to.size() == 1);
  CHECK(digest.to[0].address == "dieuphoi@example.gov.vn");
  CHECK(digest.cc.empty());
  CHECK(digest.message_id == "plancheck.test-plan._digest.20250623@example.gov.vn");
  CHECK(contains(digest.body, "Việc một"));
  CHECK(contains(digest.body, "Việc hai"));
  CHECK(contains(digest.body, "Việc bốn")); // stale: in the digest only
  CHECK_FALSE(contains(digest.body, "Việc ba"));
}

TEST_CASE("compose_reminders: no coordinators, no digest") {
  const Fixture fx(k_plan);
  const CheckResult result = fx.check(day("2025-06-23"));
  const Reminders reminders = compose_reminders(result, {}, options(result, {}));
  CHECK(recipients(reminders) == std::vector<std::string>{"so-a"});
  REQUIRE(reminders.unaddressed.size() == 1);
  CHECK(reminders.unaddressed.front()->id.value == "so-b");
}

TEST_CASE("compose_reminders: the policy decides who is reminded") {
  const Fixture fx(k_plan);
  const CheckResult result = fx.check(day("2025-06-23"));
  SUBCASE("--all-items: so-c too, but not so-e's item past --max-overdue") {
    ReminderPolicy policy;
    policy.all_items = true;
    const Reminders reminders = compose_reminders(result, policy, options(result, {}));
    CHECK(recipients(reminders) == std::vector<std::string>{"so-a", "so-c"});
  }
  SUBCASE("--max-overdue 0: so-e's old item goes to so-e") {
    ReminderPolicy policy;
    policy.max_overdue_days = 0;
    const Reminders reminders = compose_reminders(result, policy, options(result, {}));
    CHECK(recipients(reminders) == std::vector<std::string>{"so-a", "so-e"});
  }
}

TEST_CASE("compose_reminders: a day with nothing due composes nothing, not even a digest") {
  const Fixture fx(k_plan);
  const CheckResult result = fx.check(day("2025-06-24"));
  const Reminders reminders =
      compose_reminders(result, {}, options(result, {{"Điều phối", "dieuphoi@example.gov.vn"}}));
  CHECK(reminders.messages.empty());
  CHECK(reminders.unaddressed.empty());
}

TEST_CASE("compose_reminders: replies go to the plan's contact") {
  SUBCASE("with a contact e-mail, the agencies' messages name it; the digest does not") {
    const Fixture fx(k_plan + "contact: {agency: ubnd, email: \"khcn@example.gov.vn\"}\n");
    const CheckResult result = fx.check(day("2025-06-23"));
    const Reminders reminders =
        compose_reminders(result, {}, options(result, {{"", "dieuphoi@example.gov.vn"}}));
    REQUIRE(recipients(reminders) == std::vector<std::string>{"so-a", "digest"});
    const MailMessage& to_a = reminders.messages[0].mail;
    REQUIRE(to_a.reply_to);
    CHECK(to_a.reply_to->name == "UBND tỉnh");
    CHECK(to_a.reply_to->address == "khcn@example.gov.vn");
    CHECK_FALSE(contains(to_a.body, "không trả lời"));
    CHECK(contains(to_a.body, "thư trả lời sẽ được chuyển đến khcn@example.gov.vn"));
    CHECK_FALSE(reminders.messages[1].mail.reply_to);
  }
  SUBCASE("without one, no Reply-To, and the message says not to reply") {
    const Fixture fx(k_plan);
    const CheckResult result = fx.check(day("2025-06-23"));
    const Reminders reminders = compose_reminders(result, {}, options(result, {}));
    REQUIRE(reminders.messages.size() == 1);
    CHECK_FALSE(reminders.messages[0].mail.reply_to);
    CHECK(contains(reminders.messages[0].mail.body, "vui lòng không trả lời."));
  }
}
