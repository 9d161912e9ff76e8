#include "load/report_loader.hpp"

#include "load/document_reader.hpp"

namespace plancheck {
namespace {

std::optional<TaskEntry> read_entry(FieldReader& reader, const YamlNode& map, std::size_t index) {
  TaskEntry entry;
  entry.task = {map.keys[index].value, map.keys[index].pos};
  bool ok = reader.key_id(map, index, IdSyntax::task);
  const YamlNode& node = map.values[index];
  if (!reader.expect_mapping(node, entry.task.value)) {
    return std::nullopt;
  }
  reader.check_keys(node, {"status", "completed", "note"});
  if (const YamlNode* v = reader.require(node, "status")) {
    if (const auto status = reader.one_of(*v, "status", {"done", "in-progress", "not-started"})) {
      entry.status = {*status == "done"          ? TaskStatus::done
                      : *status == "in-progress" ? TaskStatus::in_progress
                                                 : TaskStatus::not_started,
                      v->pos};
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
  bool complete = true;
  const auto need = [&](bool ok) {
    complete = complete && ok;
  };
  if (const YamlNode* v = reader.require(*root, "plan")) {
    auto id = reader.id(*v, "plan", IdSyntax::name);
    need(id.has_value());
    if (id) {
      report.plan = std::move(*id);
    }
  } else {
    need(false);
  }
  if (const YamlNode* v = reader.require(*root, "agency")) {
    auto id = reader.id(*v, "agency", IdSyntax::name);
    need(id.has_value());
    if (id) {
      report.agency = std::move(*id);
    }
  } else {
    need(false);
  }
  if (const YamlNode* v = reader.optional(*root, "duty")) {
    report.duty = reader.id(*v, "duty", IdSyntax::name);
    need(report.duty.has_value());
  }
  if (const YamlNode* v = reader.optional(*root, "period")) {
    report.period = reader.integer(*v, "period");
    need(report.period.has_value());
  }
  if (const YamlNode* v = reader.require(*root, "number")) {
    auto number = reader.text(*v, "number");
    need(number.has_value());
    if (number) {
      report.number = {std::move(*number), v->pos};
    }
  } else {
    need(false);
  }
  if (const YamlNode* v = reader.require(*root, "submitted")) {
    auto day = reader.day(*v, "submitted");
    need(day.has_value());
    if (day) {
      report.submitted = *day;
    }
  } else {
    need(false);
  }
  if (const YamlNode* v = reader.optional(*root, "tasks")) {
    if (reader.expect_mapping(*v, "tasks")) {
      for (std::size_t i = 0; i < v->keys.size(); ++i) {
        auto entry = read_entry(reader, *v, i);
        need(entry.has_value());
        if (entry) {
          report.tasks.push_back(std::move(*entry));
        }
      }
    } else {
      need(false);
    }
  }
  report.complete = complete;
  return report;
}

} // namespace plancheck
