#include "notify/plan_sender.hpp"

#include "model/succession.hpp"

namespace plancheck {

const Agency* signing_body(const Plan& plan, Day day) {
  const Agency* named = nullptr;
  if (plan.contact && plan.contact->agency) {
    named = plan.find_agency(plan.contact->agency->value);
  }
  if (named == nullptr) {
    named = plan.find_agency(plan.issuer.value);
  }
  if (named == nullptr) {
    return nullptr;
  }
  // A letter signed by a body that has ended would send readers nowhere.
  const Agency* holder = holder_on(plan, *named, day);
  return holder != nullptr ? holder : named;
}

std::optional<Mailbox> reply_to(const Plan& plan, Day day) {
  if (!plan.contact || !plan.contact->email) {
    return std::nullopt;
  }
  std::string name = plan.contact->name;
  if (name.empty()) {
    if (const Agency* body = signing_body(plan, day)) {
      name = body->name;
    }
  }
  return Mailbox{name, plan.contact->email->value};
}

} // namespace plancheck
