#include "model/diagnostic.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace plancheck {
namespace {

// Keep the first max_reports_per_file of each rule in each file; put the
// count of the rest in one diagnostic after the last one kept.
void fold_repeats(Diagnostics& diagnostics) {
  struct Tally {
    std::size_t shown = 0;
    std::size_t omitted = 0;
    std::size_t anchor = 0; // index the summary follows
    std::size_t first_dropped = 0;
    bool dropped = false;
  };
  std::map<std::pair<std::string_view, Rule>, Tally> tallies;
  std::vector<bool> keep(diagnostics.size(), false);
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    Tally& tally = tallies[{d.path, d.rule}];
    if (d.omitted == 0 && tally.shown < max_reports_per_file(d.rule)) {
      ++tally.shown;
      tally.anchor = i;
      keep[i] = true;
      continue;
    }
    tally.omitted += d.omitted == 0 ? 1 : d.omitted;
    if (!tally.dropped) {
      tally.dropped = true;
      tally.first_dropped = i;
    }
  }
  Diagnostics out;
  out.reserve(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    Diagnostic& d = diagnostics[i];
    const Tally& tally = tallies[{d.path, d.rule}];
    const bool summary_here = tally.dropped && summarise_repeats(d.rule) &&
                              (tally.shown > 0 ? i == tally.anchor : i == tally.first_dropped);
    Diagnostic summary;
    if (summary_here) {
      summary = Diagnostic{
          d.path,     {},     {},
          d.severity, d.rule, Message{MsgId::more_not_shown, {std::to_string(tally.omitted)}},
          {},         0,      tally.omitted};
    }
    if (keep[i]) {
      out.push_back(std::move(d));
    }
    if (summary_here) {
      out.push_back(std::move(summary));
    }
  }
  diagnostics = std::move(out);
}

} // namespace

std::size_t max_reports_per_file(Rule rule) {
  return rule == Rule::yaml_anchor ? 1 : 20;
}

bool summarise_repeats(Rule rule) {
  return rule != Rule::yaml_anchor;
}

void sort_diagnostics(Diagnostics& diagnostics) {
  const auto key = [](const Diagnostic& d) {
    return std::tie(d.path, d.pos, d.rule, d.message.args);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  const auto same = [&](const Diagnostic& a, const Diagnostic& b) {
    return key(a) == key(b) && a.message.id == b.message.id && a.omitted == 0 && b.omitted == 0;
  };
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(), same), diagnostics.end());
  fold_repeats(diagnostics);
}

std::size_t count_severity(const Diagnostics& diagnostics, Severity severity) {
  std::size_t count = 0;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == severity) {
      count += d.omitted == 0 ? 1 : d.omitted;
    }
  }
  return count;
}

bool has_unreadable_input(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.rule == Rule::io_read; });
}

} // namespace plancheck
