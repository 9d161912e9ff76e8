#include "render/file_skeleton.hpp"

#include "model/message.hpp"
#include "text/yaml_text.hpp"

#include <ostream>

namespace plancheck {
namespace {

void comment(std::ostream& out, std::string_view indent, std::string_view text) {
  out << indent << "# " << yaml_comment(text) << '\n';
}

// The names of the agencies and groups the task names as owners, as the
// plan writes them (an id it does not know stays an id).
std::string owner_names(const Plan& plan, const Task& task) {
  std::string names;
  for (const Id& owner : task.owners) {
    names += names.empty() ? "" : ", ";
    if (const Agency* agency = plan.find_agency(owner.value)) {
      names += agency->name;
    } else if (const Group* group = plan.find_group(owner.value)) {
      names += group->name;
    } else {
      names += owner.value;
    }
  }
  return names;
}

void task_comment(std::ostream& out, const Plan& plan, const Task& task, Lang lang) {
  comment(out, "  ", task.title);
  comment(out, "  ", localize({MsgId::new_owners, {owner_names(plan, task)}}, lang));
}

// What the obligation is about, for the comment at the top.
const std::string& subject_title(const Obligation& o) {
  return o.kind == ObligationKind::duty ? o.duty->title : o.task->title;
}

} // namespace

void render_report_skeleton(const ReportSkeleton& skeleton, Lang lang, std::ostream& out) {
  const Plan& plan = *skeleton.plan;
  const Obligation& o = *skeleton.obligation;
  comment(out, "", o.agency->name);
  comment(out, "", subject_title(o));
  comment(out, "", localize({MsgId::new_fill_report, {}}, lang));
  out << "plancheck: 1\n";
  out << "plan: " << yaml_scalar(plan.id.value) << '\n';
  out << "agency: " << yaml_scalar(o.agency->id.value) << '\n';
  if (o.kind == ObligationKind::duty) {
    out << "duty: " << yaml_scalar(o.duty->id.value) << '\n';
    if (o.period) {
      out << "period: " << *o.period << '\n';
    }
  }
  out << "number: \"\"\n";
  out << "submitted: " << format_iso(skeleton.submitted) << '\n';
  const std::vector<const Task*> tasks =
      o.kind == ObligationKind::duty ? o.covered : std::vector<const Task*>{o.task};
  if (tasks.empty()) {
    return;
  }
  out << "tasks:\n";
  for (const Task* task : tasks) {
    task_comment(out, plan, *task, lang);
    out << "  " << yaml_scalar(task->id.value) << ":\n";
    out << "    status: not-started\n";
  }
}

void render_decision_skeleton(const DecisionSkeleton& skeleton, Lang lang, std::ostream& out) {
  const Plan& plan = *skeleton.plan;
  const Obligation& o = *skeleton.obligation;
  comment(out, "", localize({MsgId::new_fill_decision, {}}, lang));
  out << "plancheck: 1\n";
  out << "plan: " << yaml_scalar(plan.id.value) << '\n';
  out << "number: \"\"\n";
  out << "date: " << format_iso(skeleton.date) << '\n';
  out << "by: " << yaml_scalar(skeleton.by->id.value) << '\n';
  out << (skeleton.waive ? "waive:\n" : "extend:\n");
  comment(out, "  ", subject_title(o));
  if (o.kind == ObligationKind::duty) {
    out << "  - duty: " << yaml_scalar(o.duty->id.value) << '\n';
    if (o.period) {
      out << "    period: " << *o.period << '\n';
    }
  } else {
    out << "  - task: " << yaml_scalar(o.task->id.value) << '\n';
  }
  if (o.agency != nullptr) {
    out << "    agencies: [" << yaml_scalar(o.agency->id.value) << "]\n";
  }
  if (skeleton.waive) {
    out << "    reason: \"\"\n";
  } else {
    out << "    due: {by: " << format_iso(o.due) << "}  # "
        << yaml_comment(localize({MsgId::new_extend_due, {}}, lang)) << '\n';
  }
}

} // namespace plancheck
