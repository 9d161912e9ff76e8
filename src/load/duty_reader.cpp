#include "load/duty_reader.hpp"

namespace plancheck {

Duty read_duty(FieldReader& reader, const YamlNode& node, Repeats repeats, MsgId no_repeat) {
  Duty duty;
  duty.id.pos = node.pos;
  if (!reader.expect_mapping(node, "duties")) {
    return duty;
  }
  reader.check_keys(node, {"id", "title", "from", "to", "via", "due", "covers"});
  assign(reader.id_of(node, "id", IdSyntax::name, Presence::required), duty.id);
  assign(reader.text_of(node, "title", Presence::required), duty.title);
  if (const YamlNode* v = reader.require(node, "from")) {
    duty.from = reader.reference_list(*v, "from", true);
  }
  if (const YamlNode* v = reader.require(node, "to")) {
    duty.to = reader.reference_list(*v, "to", true);
  }
  duty.via = reader.reference_of(node, "via", Presence::optional);
  if (const YamlNode* v = reader.require(node, "due")) {
    duty.due = read_deadline(reader, *v, repeats, no_repeat);
  }
  if (const YamlNode* v = reader.optional(node, "covers")) {
    if (v->kind == YamlNode::Kind::sequence) {
      duty.covers = Covers::listed;
      duty.covered_tasks = reader.reference_list(*v, "covers", true);
    } else if (const auto covers = reader.one_of(*v, "covers", {"own-tasks", "all-tasks"})) {
      duty.covers = *covers == "all-tasks" ? Covers::all_tasks : Covers::own_tasks;
    }
  }
  return duty;
}

} // namespace plancheck
