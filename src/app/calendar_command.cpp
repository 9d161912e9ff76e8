#include "app/calendar_command.hpp"

#include "app/name_resolution.hpp"
#include "app/prepared_run.hpp"
#include "app/render_to_targets.hpp"
#include "check/calendar_events.hpp"

#include <algorithm>
#include <ostream>

namespace plancheck {
namespace {

// The id of the agency `written` names in any of `plans` (empty: none
// asked for), or nullopt after saying why on `err`.
std::optional<std::string> agency_id(const std::vector<PlanInput>& plans,
                                     const std::string& written, Lang lang, std::ostream& err) {
  if (written.empty()) {
    return std::string();
  }
  std::vector<NamedId> known;
  for (const PlanInput& input : plans) {
    for (const Agency& a : input.plan->agencies) {
      const bool seen = std::any_of(known.begin(), known.end(),
                                    [&](const NamedId& k) { return k.id == a.id.value; });
      if (!seen) {
        known.push_back({a.id.value, a.name, a.short_name});
      }
    }
  }
  return resolve_name(written, known, MsgId::new_agency_none, MsgId::new_agency_several, lang, err);
}

} // namespace

ExitCode run_calendar(const CalendarOptions& options, const OutputOptions& output,
                      std::ostream& out, std::ostream& err) {
  // Load and validate the plans alone, as list and new do, refusing output
  // files that would land in a plan folder, and settle the calendar's day.
  const std::unique_ptr<PreparedRun> run =
      prepare_run(options.plans, options.as_of, options.now, {}, {options.outputs, {}}, output.lang,
                  err, Reading::plan_alone, options.jobs);
  if (!run) {
    return ExitCode::usage;
  }
  // Find the agency asked for, forgiving as new is.
  const auto agency = agency_id(run->inputs, options.agency, output.lang, err);
  if (!agency) {
    return ExitCode::usage;
  }
  // Put each obligation instance it owes in the range into the calendar.
  std::vector<const Plan*> plans;
  for (const PlanInput& input : run->inputs) {
    plans.push_back(input.plan);
  }
  const CalendarResult result =
      calendar_events(plans, {*agency, options.from, options.to, run->as_of});
  // Write it in each format asked for.
  const bool written = render_to_targets(
      options.outputs,
      [&](OutputFormat format, const Presentation&, std::ostream& text) {
        format_info(format).calendar({result, output.lang}, text);
      },
      output, WriteStdout::yes, out, err);
  return written ? ExitCode::ok : ExitCode::usage;
}

} // namespace plancheck
