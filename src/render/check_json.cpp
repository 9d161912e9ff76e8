#include "render/check_json.hpp"

#include "text/json_string.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {
namespace {

std::string string_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : ", ") + json_string(items[i]);
  }
  return out + "]";
}

std::string day_or_null(const std::optional<Day>& day) {
  return day ? json_string(format_iso(*day)) : "null";
}

std::string agency_or_null(const Agency* agency) {
  return agency != nullptr ? json_string(agency->id.value) : "null";
}

std::string decision_or_null(const std::optional<AppliedDecision>& decision) {
  if (!decision) {
    return "null";
  }
  return fmt::format("{{\"number\": {}, \"date\": {}, \"path\": {}}}",
                     json_string(decision->number), json_string(format_iso(decision->date)),
                     json_string(decision->path));
}

// The request a duty answers, when a request added it.
std::string request_or_null(const Finding& f) {
  const Obligation& o = f.obligation;
  if (o.kind != ObligationKind::duty || !o.duty->request) {
    return "null";
  }
  const RequestOrigin& request = *o.duty->request;
  return fmt::format("{{\"number\": {}, \"requested\": {}, \"path\": {}}}",
                     json_string(request.number), json_string(format_iso(request.requested)),
                     json_string(request.path));
}

} // namespace

void render_check_json(const CheckResult& result, std::ostream& out) {
  out << "{\n";
  out << "  \"plancheck\": 1,\n";
  out << "  \"as_of\": " << json_string(format_iso(result.as_of)) << ",\n";
  out << "  \"timezone\": " << json_string(result.timezone) << ",\n";
  out << "  \"plans\": [";
  for (std::size_t i = 0; i < result.plans.size(); ++i) {
    out << (i == 0 ? "\n" : ",\n") << "    {\"id\": " << json_string(result.plans[i]->id.value)
        << ", \"title\": " << json_string(result.plans[i]->title) << "}";
  }
  out << (result.plans.empty() ? "],\n" : "\n  ],\n");
  out << "  \"findings\": [";
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    const Obligation& o = f.obligation;
    out << (i == 0 ? "\n" : ",\n") << "    {\n";
    out << "      \"plan\": " << json_string(f.plan->id.value) << ",\n";
    out << "      \"kind\": " << (o.kind == ObligationKind::duty ? "\"duty\"" : "\"task\"")
        << ",\n";
    out << "      \"id\": " << json_string(o.id()) << ",\n";
    out << "      \"period\": " << (o.period ? std::to_string(*o.period) : "null") << ",\n";
    out << "      \"agency\": " << json_string(o.agency->id.value) << ",\n";
    out << "      \"answerable_by\": " << agency_or_null(f.answerable_by) << ",\n";
    out << "      \"due\": " << json_string(format_iso(f.due)) << ",\n";
    out << "      \"due_unadjusted\": " << json_string(format_iso(f.due_unadjusted)) << ",\n";
    out << "      \"due_original\": " << json_string(format_iso(f.due_original)) << ",\n";
    out << "      \"status\": " << json_string(status_id(f.status)) << ",\n";
    out << "      \"decision\": " << decision_or_null(f.decision) << ",\n";
    out << "      \"request\": " << request_or_null(f) << ",\n";
    out << "      \"days\": " << f.days << ",\n";
    out << "      \"submitted\": " << day_or_null(f.submitted) << ",\n";
    out << "      \"fulfilled\": " << day_or_null(f.fulfilled) << ",\n";
    out << "      \"reports\": " << string_list(f.reports) << ",\n";
    out << "      \"report_numbers\": " << string_list(f.report_numbers) << ",\n";
    out << "      \"missing_tasks\": " << string_list(f.missing_tasks) << ",\n";
    out << "      \"path\": " << json_string(f.path) << ",\n";
    out << "      \"line\": " << f.pos.line << ",\n";
    out << "      \"column\": " << f.pos.column << "\n";
    out << "    }";
  }
  out << (result.findings.empty() ? "],\n" : "\n  ],\n");
  out << "  \"summary\": {";
  for (std::size_t i = 0; i < std::size(k_all_statuses); ++i) {
    const Status s = k_all_statuses[i];
    out << (i == 0 ? "" : ", ") << json_string(status_id(s)) << ": "
        << result.counts[static_cast<std::size_t>(s)];
  }
  out << "}\n}\n";
}

} // namespace plancheck
