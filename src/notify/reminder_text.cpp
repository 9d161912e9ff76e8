#include "notify/reminder_text.hpp"

#include "model/message.hpp"
#include "notify/letter_item.hpp"
#include "render/finding_words.hpp"
#include "text/one_line.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace plancheck {
namespace {

// The three kinds of reminder item; pending items inside a lead time are
// "due soon" to the reader.
enum class Kind { overdue, incomplete, coming };

Kind kind_of(const Finding& f) {
  if (f.status == Status::overdue) {
    return Kind::overdue;
  }
  return f.status == Status::incomplete ? Kind::incomplete : Kind::coming;
}

constexpr std::array k_kinds{Kind::overdue, Kind::incomplete, Kind::coming};

// "2 việc quá hạn", "1 report incomplete".
std::string count_of(Kind kind, std::size_t n, Lang lang) {
  const bool one = n == 1;
  MsgId id = one ? MsgId::count_item_due_soon_one : MsgId::count_item_due_soon_other;
  if (kind == Kind::overdue) {
    id = one ? MsgId::count_item_overdue_one : MsgId::count_item_overdue_other;
  } else if (kind == Kind::incomplete) {
    id = one ? MsgId::count_report_incomplete_one : MsgId::count_report_incomplete_other;
  }
  return localize({id, {n}}, lang);
}

std::string counts(const std::vector<const Finding*>& items, Lang lang) {
  std::vector<std::string> parts;
  for (Kind kind : k_kinds) {
    const auto n = std::count_if(items.begin(), items.end(),
                                 [&](const Finding* f) { return kind_of(*f) == kind; });
    if (n > 0) {
      parts.push_back(count_of(kind, static_cast<std::size_t>(n), lang));
    }
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

// The items in the order a reader deals with them: overdue, incomplete, coming.
std::vector<const Finding*> by_kind(const std::vector<const Finding*>& items) {
  std::vector<const Finding*> out = items;
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding* a, const Finding* b) { return kind_of(*a) < kind_of(*b); });
  return out;
}

// The plan's name for subjects: the short title its author gave for them;
// else "Kế hoạch số 12/KH-UBND", how readers know a plan by its number; else its title.
std::string plan_name(const Plan& plan, Lang lang) {
  if (!plan.short_title.empty()) {
    return one_line(plan.short_title);
  }
  if (!plan.number.empty()) {
    return localize({MsgId::subject_plan_number, {one_line(plan.number)}}, lang);
  }
  return one_line(plan.title);
}

// The plan as a letter cites it: "Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND tỉnh".
std::string citation(const Plan& plan, Lang lang) {
  const Agency* issuer = plan.find_agency(plan.issuer.value);
  const std::string by = one_line(issuer != nullptr ? issuer->name : plan.issuer.value);
  if (plan.number.empty()) {
    return localize({MsgId::letter_cite_title, {one_line(plan.title), by}}, lang);
  }
  if (plan.issued) {
    return localize(
        {MsgId::letter_cite_number_date, {one_line(plan.number), plan.issued->value, by}}, lang);
  }
  return localize({MsgId::letter_cite_number, {one_line(plan.number), by}}, lang);
}

// "Thực hiện …, đề nghị Quý cơ quan gửi báo cáo …, bảo đảm đúng thời hạn."
std::string request(const Plan& plan, const std::vector<const Finding*>& items, Lang lang) {
  const auto is_report = [](const Finding* f) {
    return f->obligation.kind == ObligationKind::duty;
  };
  const bool reports = std::any_of(items.begin(), items.end(), is_report);
  const bool tasks = !std::all_of(items.begin(), items.end(), is_report);
  const MsgId action = !tasks    ? MsgId::letter_action_reports
                       : reports ? MsgId::letter_action_both
                                 : MsgId::letter_action_tasks;
  const bool overdue =
      std::any_of(items.begin(), items.end(), [](const Finding* f) { return f->days > 0; });
  const MsgId tail = overdue ? MsgId::letter_tail_overdue : MsgId::letter_tail_on_time;
  return localize({MsgId::reminder_intro, {citation(plan, lang), action, tail}}, lang);
}

// Whom to ask: "Phòng Quản lý khoa học, Sở KH&CN (điện thoại: …, thư điện tử: …)".
std::string contact_party(const Contact& contact, const Agency* signer, Lang lang) {
  std::vector<std::string> who;
  if (!contact.name.empty()) {
    who.push_back(one_line(contact.name));
  }
  if (contact.agency && signer != nullptr) {
    who.push_back(one_line(signer->name));
  }
  std::vector<std::string> ways;
  if (!contact.phone.empty()) {
    ways.push_back(localize({MsgId::letter_phone, {one_line(contact.phone)}}, lang));
  }
  if (contact.email) {
    ways.push_back(localize({MsgId::letter_email, {contact.email->value}}, lang));
  }
  const std::string names = fmt::format("{}", fmt::join(who, ", "));
  const std::string means = fmt::format("{}", fmt::join(ways, ", "));
  if (names.empty() || means.empty()) {
    return names + means;
  }
  return names + " (" + means + ")";
}

// How to send the reports and whom to ask, from the plan's `contact`.
std::string contact_lines(const Plan& plan, const Agency* signer, Lang lang) {
  if (!plan.contact) {
    return {};
  }
  std::string out;
  if (!plan.contact->submit.empty()) {
    out += localize({MsgId::letter_submit, {one_line(plan.contact->submit)}}, lang) + '\n';
  }
  const std::string party = contact_party(*plan.contact, signer, lang);
  if (!party.empty()) {
    out += localize({MsgId::letter_contact, {party}}, lang) + '\n';
  }
  return out.empty() ? out : out + '\n';
}

// The closing line: where replies go when there is somewhere, else not to reply.
std::string footer(const std::optional<Located<std::string>>& reply_address, Lang lang) {
  if (reply_address) {
    return "--\n" + localize({MsgId::reminder_footer_reply, {reply_address->value}}, lang) + '\n';
  }
  return "--\n" + localize({MsgId::reminder_footer, {}}, lang) + '\n';
}

} // namespace

std::string reminder_subject(const AgencyItems& agency, Lang lang) {
  return localize(
      {MsgId::reminder_subject, {plan_name(*agency.plan, lang), counts(agency.items, lang)}}, lang);
}

std::string reminder_body(const AgencyItems& agency, Lang lang) {
  const Plan& plan = *agency.plan;
  std::string out =
      localize({MsgId::reminder_greeting, {one_line(agency.agency->name)}}, lang) + "\n\n";
  out += request(plan, agency.items, lang) + "\n\n";
  int number = 0;
  for (const Finding* f : by_kind(agency.items)) {
    out += letter_item(*f, std::to_string(++number) + ".", Reader::agency, lang) + '\n';
  }
  out += contact_lines(plan, agency.signer, lang);
  out += localize({MsgId::letter_closing, {}}, lang) + "\n\n";
  if (agency.signer != nullptr) {
    out += one_line(agency.signer->name) + "\n\n";
  }
  return out + footer(plan.contact ? plan.contact->email : std::nullopt, lang);
}

std::string digest_subject(const std::vector<AgencyItems>& agencies, Lang lang) {
  std::vector<const Finding*> all;
  for (const AgencyItems& a : agencies) {
    all.insert(all.end(), a.items.begin(), a.items.end());
    all.insert(all.end(), a.stale.begin(), a.stale.end());
  }
  return localize(
      {MsgId::digest_subject, {plan_name(*agencies.front().plan, lang), counts(all, lang)}}, lang);
}

std::string digest_body(const std::vector<AgencyItems>& agencies, Day as_of, int max_overdue_days,
                        Lang lang) {
  const Plan& plan = *agencies.front().plan;
  std::string out = localize({MsgId::digest_intro, {citation(plan, lang), as_of}}, lang) + "\n\n";
  int number = 0;
  for (const AgencyItems& a : agencies) {
    std::vector<const Finding*> all = a.items;
    all.insert(all.end(), a.stale.begin(), a.stale.end());
    const std::string mark =
        !a.exists       ? " [" + localize({MsgId::digest_not_existing, {}}, lang) + "]"
        : a.has_address ? ""
                        : " [" + localize({MsgId::digest_no_address, {}}, lang) + "]";
    const std::string label = std::to_string(++number) + ".";
    out += fmt::format("{} {} ({}){}: {}\n\n", label, one_line(a.agency->name), a.agency->id.value,
                       mark, counts(all, lang));
    int item = 0;
    for (const Finding* f : by_kind(a.items)) {
      out +=
          letter_item(*f, label + std::to_string(++item) + ".", Reader::coordinator, lang) + '\n';
    }
    if (!a.stale.empty()) {
      // Indented under its agency: it heads that agency's stale items only.
      const std::string indent(label.size() + 1, ' ');
      out += indent + localize({MsgId::digest_stale_heading, {max_overdue_days}}, lang) + "\n\n";
      for (const Finding* f : a.stale) {
        out +=
            letter_item(*f, label + std::to_string(++item) + ".", Reader::coordinator, lang) + '\n';
      }
    }
  }
  // The digest is the coordinators' own; replies to it would go back to them.
  return out + footer(std::nullopt, lang);
}

} // namespace plancheck
