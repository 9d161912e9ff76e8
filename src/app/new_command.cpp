#include "app/new_command.hpp"

#include "app/error_line.hpp"
#include "app/name_resolution.hpp"
#include "app/new_file.hpp"
#include "app/prepared_run.hpp"
#include "check/obligation_lookup.hpp"
#include "render/file_skeleton.hpp"
#include "text/terminal_escape.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>

namespace plancheck {
namespace {

namespace fs = std::filesystem;

const Agency* resolve_agency(const Plan& plan, const std::string& written, Lang lang,
                             std::ostream& err) {
  std::vector<NamedId> known;
  for (const Agency& a : plan.agencies) {
    known.push_back({a.id.value, a.name, a.short_name});
  }
  const auto id =
      resolve_name(written, known, MsgId::new_agency_none, MsgId::new_agency_several, lang, err);
  return id ? plan.find_agency(*id) : nullptr;
}

const Duty* resolve_duty(const Plan& plan, const std::string& written, Lang lang,
                         std::ostream& err) {
  std::vector<NamedId> known;
  for (const Duty& d : plan.duties) {
    known.push_back({d.id.value, d.title, {}});
  }
  const auto id =
      resolve_name(written, known, MsgId::new_duty_none, MsgId::new_duty_several, lang, err);
  return id ? plan.find_duty(*id) : nullptr;
}

const Task* resolve_task(const Plan& plan, const std::string& written, Lang lang,
                         std::ostream& err) {
  if (const Task* task = plan.find_task(written)) {
    return task;
  }
  std::vector<NamedId> known;
  for (const Task& t : plan.tasks) {
    known.push_back({t.id.value, {}, {}});
  }
  const auto suggestion = suggest_id(written, known);
  print_error(err,
              suggestion ? Message{MsgId::unknown_task_suggest, {written, suggestion->id}}
                         : Message{MsgId::unknown_task, {written}},
              lang, ErrorAbout::input);
  return nullptr;
}

// The query `options` make of `plan`, or nullopt after saying why on `err`.
std::optional<ObligationQuery> to_query(const Plan& plan, const NewOptions& options, Day today,
                                        Lang lang, std::ostream& err) {
  ObligationQuery query;
  query.period = options.period;
  query.today = today;
  if (!options.agency.empty()) {
    query.agency = resolve_agency(plan, options.agency, lang, err);
    if (query.agency == nullptr) {
      return std::nullopt;
    }
  }
  if (!options.task.empty()) {
    query.task = resolve_task(plan, options.task, lang, err);
    return query.task != nullptr ? std::optional(query) : std::nullopt;
  }
  query.duty = resolve_duty(plan, options.duty, lang, err);
  return query.duty != nullptr ? std::optional(query) : std::nullopt;
}

// The file name the skeleton usually gets below reports/ or decisions/
// (see plancheck(1), "new").
fs::path usual_path(const NewOptions& options, const Obligation& o, Day today) {
  const std::string subject = o.id();
  if (options.kind == NewKind::report) {
    const int year =
        o.kind == ObligationKind::duty ? o.period.value_or(year_of(o.due)) : year_of(today);
    return fs::path(std::to_string(year)) / (o.agency->id.value + "-" + subject + ".yaml");
  }
  std::string name = (options.waive ? "waive-" : "extend-") + subject;
  if (o.period) {
    name += "-" + std::to_string(*o.period);
  }
  if (o.agency != nullptr) {
    name += "-" + o.agency->id.value;
  }
  return fs::path(std::to_string(year_of(today))) / (name + ".yaml");
}

// The skeleton of the file `options` ask for, or nullopt after saying why.
std::optional<std::string> skeleton(const Plan& plan, const NewOptions& options,
                                    const Obligation& o, Day today, Lang lang, std::ostream& err) {
  std::ostringstream text;
  if (options.kind == NewKind::report) {
    render_report_skeleton({&plan, &o, today}, lang, text);
    return text.str();
  }
  const Agency* by = options.by.empty() ? plan.find_agency(plan.issuer.value)
                                        : resolve_agency(plan, options.by, lang, err);
  if (by == nullptr) {
    return std::nullopt;
  }
  render_decision_skeleton({&plan, &o, by, today, options.waive}, lang, text);
  return text.str();
}

// Write `content` to the file `--output` names; false after saying why.
bool write_skeleton(const NewOptions& options, const Plan& plan, const fs::path& usual,
                    const std::string& content, Lang lang, std::ostream& out, std::ostream& err) {
  const fs::path plan_folder = fs::path(plan.path).parent_path();
  const fs::path folder = (plan_folder.empty() ? fs::path(".") : plan_folder) /
                          (options.kind == NewKind::report ? "reports" : "decisions");
  const std::string path = new_file_path(*options.output, folder, usual);
  if (const auto refused = refused_new_file(path, folder)) {
    print_error(err, *refused, lang, ErrorAbout::input, path);
    return false;
  }
  if (!write_new_file(path, content, err, lang)) {
    return false;
  }
  out << terminal_text(localize({MsgId::new_written, {path}}, lang)) << '\n';
  return true;
}

} // namespace

ExitCode run_new(const NewOptions& options, const OutputOptions& output, std::ostream& out,
                 std::ostream& err) {
  const Lang lang = output.lang;
  // Load and validate the plan alone, and settle today, as list does: a
  // broken report elsewhere in the folder must not stop a clerk starting theirs.
  const std::unique_ptr<PreparedRun> run = prepare_run({options.plan}, options.as_of, options.now,
                                                       {}, {}, lang, err, Reading::plan_alone, 1);
  if (!run) {
    return ExitCode::usage;
  }
  if (run->inputs.size() != 1) {
    print_error(err, {MsgId::new_one_plan, {options.plan, run->inputs.size()}}, lang);
    return ExitCode::usage;
  }
  const Plan& plan = *run->inputs.front().plan;
  const Day today = run->as_of;

  // Find the obligation named, as check has it.
  const auto query = to_query(plan, options, today, lang, err);
  if (!query) {
    return ExitCode::usage;
  }
  const auto found = look_up_obligation(plan, *query);
  if (const Message* why = std::get_if<Message>(&found)) {
    print_error(err, *why, lang, ErrorAbout::input);
    return ExitCode::usage;
  }
  const Obligation& obligation = std::get<Obligation>(found);

  // Put the skeleton into words, and show or write it.
  const auto content = skeleton(plan, options, obligation, today, lang, err);
  if (!content) {
    return ExitCode::usage;
  }
  if (!options.output) {
    out << *content;
    return ExitCode::ok;
  }
  const fs::path usual = usual_path(options, obligation, today);
  return write_skeleton(options, plan, usual, *content, lang, out, err) ? ExitCode::ok
                                                                        : ExitCode::usage;
}

} // namespace plancheck
