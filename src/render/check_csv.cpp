#include "render/check_csv.hpp"

#include "text/csv_field.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {

// Ids and days cannot start a formula; names, titles and document numbers,
// written by people, are made inert as csv_text_field says.
void render_check_csv(const CheckResult& result, std::ostream& out) {
  out << "\xEF\xBB\xBF"
      << "plan,kind,id,period,agency,due,status,days,submitted,fulfilled,reports,missing_tasks,"
      << "due_original,answerable_by,decision,agency_name,title,report_numbers\r\n";
  const auto day = [](const std::optional<Day>& d) {
    return d ? format_iso(*d) : std::string();
  };
  for (const Finding& f : result.findings) {
    const Obligation& o = f.obligation;
    out << csv_field(f.plan->id.value) << ',' << (o.kind == ObligationKind::duty ? "duty" : "task")
        << ',' << csv_field(o.id()) << ',' << (o.period ? std::to_string(*o.period) : "") << ','
        << csv_field(o.agency->id.value) << ',' << format_iso(f.due) << ',' << status_id(f.status)
        << ',' << f.days << ',' << day(f.submitted) << ',' << day(f.fulfilled) << ','
        << csv_field(fmt::format("{}", fmt::join(f.reports, ";"))) << ','
        << csv_field(fmt::format("{}", fmt::join(f.missing_tasks, ";"))) << ','
        << format_iso(f.due_original) << ','
        << (f.answerable_by != nullptr ? csv_field(f.answerable_by->id.value) : std::string())
        << ',' << (f.decision ? csv_text_field(f.decision->number) : std::string()) << ','
        << csv_text_field(o.agency->name) << ','
        << csv_text_field(o.kind == ObligationKind::duty ? o.duty->title : o.task->title) << ','
        << csv_text_field(fmt::format("{}", fmt::join(f.report_numbers, ";"))) << "\r\n";
  }
}

} // namespace plancheck
