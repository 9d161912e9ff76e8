#include "load/decision_loader.hpp"

#include "load/deadline_reader.hpp"
#include "load/document_reader.hpp"

namespace plancheck {
namespace {

// The selector every entry has: one duty or task, a period, agencies.
bool read_selector(FieldReader& reader, const YamlNode& node, DecisionItem& item) {
  bool ok = true;
  const YamlNode* duty = node.find("duty");
  const YamlNode* task = node.find("task");
  if ((duty == nullptr) == (task == nullptr)) {
    reader.reporter().report(node.pos, Rule::schema_required, MsgId::decision_target);
    ok = false;
  }
  if (const YamlNode* v = reader.optional(node, "duty")) {
    item.duty = reader.reference(*v, "duty");
    ok = ok && item.duty.has_value();
  }
  if (const YamlNode* v = reader.optional(node, "task")) {
    item.task = reader.reference(*v, "task");
    ok = ok && item.task.has_value();
  }
  if (const YamlNode* v = reader.optional(node, "period")) {
    item.period = reader.integer(*v, "period");
    ok = ok && item.period.has_value();
  }
  if (const YamlNode* v = reader.optional(node, "agencies")) {
    item.agencies = reader.reference_list(*v, "agencies", true);
    ok = ok && !item.agencies.empty() && item.agencies.size() == v->items.size();
  }
  // A key written with no value has been reported; the entry selects nothing.
  return ok && item.duty.has_value() != item.task.has_value();
}

std::optional<DecisionItem> read_item(FieldReader& reader, const YamlNode& node,
                                      DecisionAction action) {
  const std::string_view list = action == DecisionAction::extend ? "extend" : "waive";
  if (!reader.expect_mapping(node, list)) {
    return std::nullopt;
  }
  DecisionItem item;
  item.action = action;
  item.pos = node.pos;
  if (action == DecisionAction::extend) {
    reader.check_keys(node, {"duty", "task", "period", "agencies", "due"});
  } else {
    reader.check_keys(node, {"duty", "task", "period", "agencies", "reason"});
  }
  bool ok = read_selector(reader, node, item);
  if (action == DecisionAction::extend) {
    if (const YamlNode* v = reader.require(node, "due")) {
      item.due = read_deadline(reader, *v, Repeats::forbidden, MsgId::decision_due_yearly,
                               RollKey::refused);
    }
    ok = ok && item.due.has_value();
  } else {
    std::optional<std::string> reason;
    if (const YamlNode* v = reader.require(node, "reason")) {
      reason = reader.text(*v, "reason");
    }
    ok = ok && reason.has_value();
    item.reason = reason.value_or(std::string());
  }
  return ok ? std::optional<DecisionItem>(std::move(item)) : std::nullopt;
}

// Read the `extend` or `waive` list into `decision`, keeping the well-formed entries.
void read_items(FieldReader& reader, const YamlNode& root, DecisionAction action,
                Decision& decision) {
  const std::string_view key = action == DecisionAction::extend ? "extend" : "waive";
  const YamlNode* list = reader.optional(root, key);
  if (list == nullptr) {
    return;
  }
  if (list->kind != YamlNode::Kind::sequence) {
    reader.reporter().report(list->pos, Rule::schema_type, MsgId::expected_list,
                             {std::string(key)});
    return;
  }
  if (list->items.empty()) {
    reader.reporter().report(list->pos, Rule::schema_value, MsgId::empty_list, {std::string(key)});
  }
  for (const YamlNode& node : list->items) {
    if (std::optional<DecisionItem> item = read_item(reader, node, action)) {
      decision.items.push_back(std::move(*item));
    }
  }
}

} // namespace

std::optional<Decision> load_decision(const SourceFile& file, Reporter& reporter) {
  FieldReader reader(reporter);
  const std::optional<YamlNode> root = read_document(file, reader);
  if (!root) {
    return std::nullopt;
  }
  Decision decision;
  decision.path = file.path();
  decision.pos = root->pos;
  reader.check_keys(*root, {"plancheck", "plan", "number", "date", "by", "extend", "waive"});
  assign(reader.id_of(*root, "plan", IdSyntax::name, Presence::required), decision.plan);
  assign(reader.text_of(*root, "number", Presence::required), decision.number);
  assign(reader.day_of(*root, "date", Presence::required), decision.date);
  assign(reader.reference_of(*root, "by", Presence::required), decision.by);
  if (root->find("extend") == nullptr && root->find("waive") == nullptr) {
    reporter.report(root->pos, Rule::schema_required, MsgId::decision_empty);
  }
  read_items(reader, *root, DecisionAction::extend, decision);
  read_items(reader, *root, DecisionAction::waive, decision);
  return decision;
}

} // namespace plancheck
