#include "load/report_loader.hpp"

#include "load/document_reader.hpp"
#include "load/task_status_word.hpp"

namespace plancheck {
namespace {

// Read the status at `node`, in English or Vietnamese, or report it.
std::optional<Located<TaskStatus>> read_status(FieldReader& reader, const YamlNode& node) {
  const std::optional<std::string> written = reader.text(node, "status");
  if (!written) {
    return std::nullopt;
  }
  if (const auto status = parse_task_status(*written)) {
    return Located<TaskStatus>{*status, node.pos};
  }
  reader.reporter().report(node.pos, Rule::schema_enum, MsgId::bad_enum,
                           {*written, std::string(task_status_words())});
  return std::nullopt;
}

std::optional<TaskEntry> read_entry(FieldReader& reader, const YamlNode& map, std::size_t index) {
  TaskEntry entry;
  entry.task = {map.keys[index].value, map.keys[index].pos};
  bool ok = reader.key_id(map, index, IdSyntax::task);
  const YamlNode& node = map.values[index];
  // The shorthand "II.3.a.2: done" is the entry {status: done}.
  if (node.kind == YamlNode::Kind::scalar && scalar_kind(node) == ScalarKind::string) {
    const auto status = read_status(reader, node);
    if (!status || !ok) {
      return std::nullopt;
    }
    entry.status = *status;
    return entry;
  }
  if (!reader.expect_mapping(node, entry.task.value)) {
    return std::nullopt;
  }
  reader.check_keys(node, {"status", "completed", "note"});
  if (const YamlNode* v = reader.require(node, "status")) {
    if (const auto status = read_status(reader, *v)) {
      entry.status = *status;
    } else {
      ok = false;
    }
  } else {
    ok = false;
  }
  if (const YamlNode* v = reader.optional(node, "completed")) {
    entry.completed = reader.day(*v, "completed");
    ok = ok && entry.completed.has_value();
  }
  if (const YamlNode* v = reader.optional(node, "note")) {
    if (auto note = reader.text(*v, "note")) {
      entry.note = std::move(*note);
    }
  }
  return ok ? std::optional<TaskEntry>(std::move(entry)) : std::nullopt;
}

} // namespace

std::optional<Report> load_report(const SourceFile& file, Reporter& reporter) {
  FieldReader reader(reporter);
  const std::optional<YamlNode> root = read_document(file, reader);
  if (!root) {
    return std::nullopt;
  }
  Report report;
  report.path = file.path();
  report.pos = root->pos;
  reader.check_keys(
      *root, {"plancheck", "plan", "agency", "duty", "period", "number", "submitted", "tasks"});
  assign(reader.id_of(*root, "plan", IdSyntax::name, Presence::required), report.plan);
  // A clerk may write the agency's name: the reference check says which id.
  assign(reader.reference_of(*root, "agency", Presence::required), report.agency);
  report.duty = reader.reference_of(*root, "duty", Presence::optional);
  report.period = reader.integer_of(*root, "period", Presence::optional);
  assign(reader.text_of(*root, "number", Presence::required), report.number);
  assign(reader.day_of(*root, "submitted", Presence::required), report.submitted);
  if (const YamlNode* v = reader.optional(*root, "tasks")) {
    if (reader.expect_mapping(*v, "tasks")) {
      for (std::size_t i = 0; i < v->keys.size(); ++i) {
        if (auto entry = read_entry(reader, *v, i)) {
          report.tasks.push_back(std::move(*entry));
        }
      }
    }
  }
  return report;
}

} // namespace plancheck
