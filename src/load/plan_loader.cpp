#include "load/plan_loader.hpp"

#include "load/document_reader.hpp"
#include "load/duty_reader.hpp"
#include "load/work_calendar_reader.hpp"
#include "model/email_address.hpp"

namespace plancheck {
namespace {

// `email: a@b` or `email: [a@b, c@d]`.
std::vector<Located<std::string>> read_emails(FieldReader& reader, const YamlNode& node) {
  std::vector<const YamlNode*> items;
  if (node.kind == YamlNode::Kind::sequence) {
    if (node.items.empty()) {
      reader.reporter().report(node.pos, Rule::schema_value, MsgId::empty_list, {"email"});
    }
    for (const YamlNode& item : node.items) {
      items.push_back(&item);
    }
  } else {
    items.push_back(&node);
  }
  std::vector<Located<std::string>> emails;
  for (const YamlNode* item : items) {
    const auto address = reader.text(*item, "email");
    if (!address) {
      continue;
    }
    if (!is_addr_spec(*address)) {
      reader.reporter().report(item->pos, Rule::schema_value, MsgId::bad_email, {*address});
      continue;
    }
    emails.push_back({*address, item->pos});
  }
  return emails;
}

// Entry `index` of the mapping `map` of agencies or groups: its key, checked
// as an id, into `id`; its value when that is a mapping, or nullptr.
const YamlNode* read_keyed_entry(FieldReader& reader, const YamlNode& map, std::size_t index,
                                 Id& id) {
  id = {map.keys[index].value, map.keys[index].pos};
  reader.key_id(map, index, IdSyntax::name);
  const YamlNode& node = map.values[index];
  return reader.expect_mapping(node, id.value) ? &node : nullptr;
}

Agency read_agency(FieldReader& reader, const YamlNode& map, std::size_t index) {
  Agency agency;
  const YamlNode* entry = read_keyed_entry(reader, map, index, agency.id);
  if (entry == nullptr) {
    return agency;
  }
  const YamlNode& node = *entry;
  reader.check_keys(node, {"name", "short", "email", "since", "until", "successor"});
  assign(reader.text_of(node, "name", Presence::required), agency.name);
  assign(reader.text_of(node, "short", Presence::optional), agency.short_name);
  if (const YamlNode* v = reader.optional(node, "email")) {
    agency.emails = read_emails(reader, *v);
  }
  agency.since = reader.day_of(node, "since", Presence::optional);
  agency.until = reader.day_of(node, "until", Presence::optional);
  agency.successor = reader.reference_of(node, "successor", Presence::optional);
  return agency;
}

Group read_group(FieldReader& reader, const YamlNode& map, std::size_t index) {
  Group group;
  const YamlNode* entry = read_keyed_entry(reader, map, index, group.id);
  if (entry == nullptr) {
    return group;
  }
  const YamlNode& node = *entry;
  reader.check_keys(node, {"name", "members"});
  assign(reader.text_of(node, "name", Presence::required), group.name);
  if (const YamlNode* v = reader.require(node, "members")) {
    group.members = reader.reference_list(*v, "members", true);
  }
  return group;
}

Task read_task(FieldReader& reader, const YamlNode& node) {
  Task task;
  task.id.pos = node.pos;
  if (!reader.expect_mapping(node, "tasks")) {
    return task;
  }
  reader.check_keys(node, {"id", "title", "owners", "partners", "due"});
  assign(reader.id_of(node, "id", IdSyntax::task, Presence::required), task.id);
  assign(reader.text_of(node, "title", Presence::required), task.title);
  if (const YamlNode* v = reader.require(node, "owners")) {
    task.owners = reader.reference_list(*v, "owners", true);
  }
  if (const YamlNode* v = reader.optional(node, "partners")) {
    task.partners = reader.reference_list(*v, "partners", false);
  }
  if (const YamlNode* v = reader.optional(node, "due")) {
    task.due = read_deadline(reader, *v, Repeats::forbidden);
  }
  return task;
}

BasisDocument read_basis(FieldReader& reader, const YamlNode& node) {
  BasisDocument doc;
  if (!reader.expect_mapping(node, "basis")) {
    return doc;
  }
  reader.check_keys(node, {"number", "date", "issuer", "title"});
  assign(reader.text_of(node, "number", Presence::required), doc.number);
  if (auto day = reader.day_of(node, "date", Presence::optional)) {
    doc.date = day->value;
  }
  assign(reader.text_of(node, "issuer", Presence::optional), doc.issuer);
  assign(reader.text_of(node, "title", Presence::optional), doc.title);
  return doc;
}

// `contact: {agency, name, phone, email, submit}`.
Contact read_contact(FieldReader& reader, const YamlNode& node) {
  Contact contact;
  reader.check_keys(node, {"agency", "name", "phone", "email", "submit"});
  contact.agency = reader.id_of(node, "agency", IdSyntax::name, Presence::optional);
  assign(reader.text_of(node, "name", Presence::optional), contact.name);
  assign(reader.text_of(node, "phone", Presence::optional), contact.phone);
  if (auto email = reader.text_of(node, "email", Presence::optional)) {
    // Checked as agencies' addresses are: it becomes a Reply-To header.
    if (is_addr_spec(email->value)) {
      contact.email = std::move(email);
    } else {
      reader.reporter().report(email->pos, Rule::schema_value, MsgId::bad_email, {email->value});
    }
  }
  assign(reader.text_of(node, "submit", Presence::optional), contact.submit);
  return contact;
}

// Read the entries of a list under `key`, or report that it is not a list.
template <class Read>
void for_each_item(FieldReader& reader, const YamlNode& node, std::string_view key, bool non_empty,
                   Read read) {
  if (node.kind != YamlNode::Kind::sequence) {
    reader.reporter().report(node.pos, Rule::schema_type, MsgId::expected_list, {std::string(key)});
    return;
  }
  if (non_empty && node.items.empty()) {
    reader.reporter().report(node.pos, Rule::schema_value, MsgId::empty_list, {std::string(key)});
  }
  for (const YamlNode& item : node.items) {
    read(item);
  }
}

} // namespace

std::optional<Plan> load_plan(const SourceFile& file, Reporter& reporter) {
  FieldReader reader(reporter);
  const std::optional<YamlNode> root = read_document(file, reader);
  if (!root) {
    return std::nullopt;
  }
  Plan plan;
  plan.path = file.path();
  reader.check_keys(*root, {"plancheck", "id", "title", "short_title", "number", "issued", "issuer",
                            "timezone", "period", "basis", "contact", "agencies", "groups", "tasks",
                            "duties", "calendar"});
  assign(reader.id_of(*root, "id", IdSyntax::name, Presence::required), plan.id);
  assign(reader.text_of(*root, "title", Presence::required), plan.title);
  assign(reader.text_of(*root, "short_title", Presence::optional), plan.short_title);
  assign(reader.text_of(*root, "number", Presence::optional), plan.number);
  plan.issued = reader.day_of(*root, "issued", Presence::optional);
  assign(reader.reference_of(*root, "issuer", Presence::required), plan.issuer);
  assign(reader.text_of(*root, "timezone", Presence::optional), plan.timezone);
  if (const YamlNode* v = reader.require(*root, "period");
      v && reader.expect_mapping(*v, "period")) {
    reader.check_keys(*v, {"from", "to"});
    assign(reader.day_of(*v, "from", Presence::required), plan.period_from);
    assign(reader.day_of(*v, "to", Presence::required), plan.period_to);
  }
  if (const YamlNode* v = reader.optional(*root, "basis")) {
    for_each_item(reader, *v, "basis", false,
                  [&](const YamlNode& item) { plan.basis.push_back(read_basis(reader, item)); });
  }
  if (const YamlNode* v = reader.optional(*root, "contact");
      v && reader.expect_mapping(*v, "contact")) {
    plan.contact = read_contact(reader, *v);
  }
  if (const YamlNode* v = reader.require(*root, "agencies");
      v && reader.expect_mapping(*v, "agencies")) {
    if (v->keys.empty()) {
      reporter.report(v->pos, Rule::schema_value, MsgId::empty_list, {"agencies"});
    }
    for (std::size_t i = 0; i < v->keys.size(); ++i) {
      plan.agencies.push_back(read_agency(reader, *v, i));
    }
  }
  if (const YamlNode* v = reader.optional(*root, "groups");
      v && reader.expect_mapping(*v, "groups")) {
    for (std::size_t i = 0; i < v->keys.size(); ++i) {
      plan.groups.push_back(read_group(reader, *v, i));
    }
  }
  if (const YamlNode* v = reader.require(*root, "tasks")) {
    for_each_item(reader, *v, "tasks", true,
                  [&](const YamlNode& item) { plan.tasks.push_back(read_task(reader, item)); });
  }
  if (const YamlNode* v = reader.optional(*root, "duties")) {
    for_each_item(reader, *v, "duties", false, [&](const YamlNode& item) {
      plan.duties.push_back(read_duty(reader, item, Repeats::allowed));
    });
  }
  if (const YamlNode* v = reader.optional(*root, "calendar");
      v && reader.expect_mapping(*v, "calendar")) {
    plan.calendar = read_work_calendar(reader, *v);
  }
  plan.index();
  return plan;
}

} // namespace plancheck
