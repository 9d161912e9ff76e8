#include "render/junit.hpp"

#include "render/finding_words.hpp"
#include "text/xml_escape.hpp"

#include <map>
#include <ostream>
#include <set>

#include <fmt/format.h>

namespace plancheck {
namespace {

// A dotted classname from a path or id: "plans/x/plan.yaml" -> "plans.x.plan_yaml".
std::string dotted(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '/' || c == '\\') {
      out += '.';
    } else if (c == '.' || c == ' ') {
      out += '_';
    } else {
      out += c;
    }
  }
  return out;
}

// CI systems merge testcases with the same classname and name; keep each unique.
std::string unique_name(std::set<std::string>& taken, std::string name) {
  std::string candidate = name;
  for (int n = 2; !taken.insert(candidate).second; ++n) {
    candidate = fmt::format("{} ({})", name, n);
  }
  return candidate;
}

} // namespace

void render_validate_junit(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                           Lang lang, std::ostream& out) {
  std::map<std::string, std::vector<const Diagnostic*>> by_file;
  for (const std::string& file : files) {
    by_file[file];
  }
  for (const Diagnostic& d : diagnostics) {
    by_file[d.path].push_back(&d);
  }
  std::size_t tests = 0;
  for (const auto& [file, found] : by_file) {
    tests += std::max<std::size_t>(found.size(), 1);
  }
  const std::size_t failures = count_severity(diagnostics, Severity::error);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << fmt::format("<testsuites name=\"plancheck validate\" tests=\"{}\" failures=\"{}\" "
                     "errors=\"0\" time=\"0\">\n",
                     tests, failures);
  for (const auto& [file, found] : by_file) {
    const std::string classname = "plancheck.validate." + dotted(file);
    const auto file_failures =
        static_cast<std::size_t>(std::count_if(found.begin(), found.end(), [](const Diagnostic* d) {
          return d->severity == Severity::error;
        }));
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                       "skipped=\"0\" time=\"0\">\n",
                       xml_escape(file), std::max<std::size_t>(found.size(), 1), file_failures);
    if (found.empty()) {
      out << fmt::format("    <testcase classname=\"{}\" name=\"valid\" file=\"{}\" time=\"0\"/>\n",
                         xml_escape(classname), xml_escape(file));
    }
    std::set<std::string> names;
    for (const Diagnostic* d : found) {
      const std::string name = unique_name(
          names, fmt::format("{} at {}:{}", rule_id(d->rule), d->pos.line, d->pos.column));
      const std::string message = localize(d->message, lang);
      const std::string where =
          d->pos.line == 0 ? file : fmt::format("{}:{}:{}", file, d->pos.line, d->pos.column);
      out << fmt::format(
          "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\" time=\"0\">\n",
          xml_escape(classname), xml_escape(name), xml_escape(file), d->pos.line);
      if (d->severity == Severity::error) {
        out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}: {}</failure>\n",
                           rule_id(d->rule), xml_escape(message), xml_escape(where),
                           xml_escape(message));
      } else {
        out << fmt::format("      <system-out>warning: {}: {} [{}]</system-out>\n",
                           xml_escape(where), xml_escape(message), rule_id(d->rule));
      }
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

void render_check_junit(const CheckResult& result, Lang lang, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << fmt::format(
             "<testsuites name=\"plancheck check\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
             "time=\"0\">\n",
             result.findings.size(), result.failures);
  for (const Plan* plan : result.plans) {
    std::vector<const Finding*> mine;
    for (const Finding& f : result.findings) {
      if (f.plan == plan) {
        mine.push_back(&f);
      }
    }
    const auto plan_failures = static_cast<std::size_t>(std::count_if(
        mine.begin(), mine.end(), [](const Finding* f) { return fails(f->verdict); }));
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                       "skipped=\"0\" time=\"0\" timestamp=\"{}T00:00:00\">\n",
                       xml_escape(plan->id.value), mine.size(), plan_failures,
                       format_iso(result.as_of));
    std::map<std::string, std::set<std::string>> names;
    for (const Finding* f : mine) {
      const Obligation& o = f->obligation;
      const std::string classname =
          fmt::format("plancheck.check.{}.{}", dotted(plan->id.value), dotted(o.agency->id.value));
      std::string name =
          fmt::format("{} {}", o.kind == ObligationKind::duty ? "duty" : "task", o.id());
      if (o.period) {
        name += fmt::format(" {}", *o.period);
      }
      name = unique_name(names[classname], name);
      const std::string message = finding_summary(*f, lang);
      out << fmt::format(
          "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\" time=\"0\">\n",
          xml_escape(classname), xml_escape(name), xml_escape(f->path), f->pos.line);
      if (fails(f->verdict)) {
        out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                           rule_id(status_rule(f->status)), xml_escape(message),
                           xml_escape(message));
      } else {
        out << fmt::format("      <system-out>{}: {}</system-out>\n", status_id(f->status),
                           xml_escape(message));
      }
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

} // namespace plancheck
