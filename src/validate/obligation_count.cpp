#include "validate/obligation_count.hpp"

#include "model/instances.hpp"
#include "model/succession.hpp"

namespace plancheck {

namespace {

// The file a duty of a request was read from, or nullptr.
const SourceFile* request_source(const Duty& duty, const std::vector<LoadedRequest>& requests) {
  for (const LoadedRequest& loaded : requests) {
    if (loaded.source != nullptr && loaded.source->path() == duty.request->path) {
      return loaded.source;
    }
  }
  return nullptr;
}

} // namespace

void check_obligation_count(const Plan& plan, Reporter& reporter,
                            const std::vector<LoadedRequest>& requests, Diagnostics& out) {
  std::size_t count = 0;
  // Whether `more` takes the count past the limit; if so, say where, in `in`.
  const auto add = [&](std::size_t more, const Id& where, Reporter& in) {
    count += more;
    if (count <= k_max_obligations) {
      return false;
    }
    in.report(where.pos, Rule::plan_obligations, MsgId::too_many_obligations,
              {std::to_string(k_max_obligations), where.value});
    return true;
  };
  for (const Duty& duty : plan.duties) {
    const std::size_t more =
        duty_instances(plan, duty).size() * expand_groups(plan, duty.from).size();
    const SourceFile* source = duty.request ? request_source(duty, requests) : nullptr;
    if (source != nullptr) {
      Reporter in_request(*source, out);
      if (add(more, duty.id, in_request)) {
        return;
      }
    } else if (add(more, duty.id, reporter)) {
      return;
    }
  }
  for (const Task& task : plan.tasks) {
    if (task.due && add(expand_groups(plan, task.owners).size(), task.id, reporter)) {
      return;
    }
  }
}

} // namespace plancheck
