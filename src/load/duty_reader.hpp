#pragma once

#include "load/deadline_reader.hpp"
#include "load/field_reader.hpp"
#include "model/plan.hpp"

namespace plancheck {

// Read one entry of a `duties` list, as plan.yaml and request files write
// it. `repeats` and `no_repeat` say whether its `due` may repeat every year,
// and what to say to an `every` where it may not.
Duty read_duty(FieldReader& reader, const YamlNode& node, Repeats repeats,
               MsgId no_repeat = MsgId::deadline_task_yearly);

} // namespace plancheck
