#pragma once

#include "load/field_reader.hpp"
#include "model/deadline.hpp"

namespace plancheck {

enum class Repeats { allowed, forbidden };

// Read a `due` mapping. Tasks and decisions take one-off deadlines only
// (`Repeats::forbidden`, saying `no_repeat` to an `every`); duties may also
// repeat every year.
std::optional<Located<Deadline>> read_deadline(FieldReader& reader, const YamlNode& node,
                                               Repeats repeats,
                                               MsgId no_repeat = MsgId::deadline_task_yearly);

} // namespace plancheck
