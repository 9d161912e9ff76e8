#pragma once

#include "load/field_reader.hpp"
#include "model/deadline.hpp"

namespace plancheck {

enum class Repeats { allowed, forbidden };

// Whether a `due` may say how it rolls off a day that is not a working day.
enum class RollKey { accepted, refused };

// Read a `due` mapping. Tasks and decisions take one-off deadlines only
// (`Repeats::forbidden`, saying `no_repeat` to an `every`); duties may also
// repeat every year. Plan deadlines may carry `roll` (`RollKey::accepted`);
// a decision's new date is the day it names.
std::optional<Located<Deadline>> read_deadline(FieldReader& reader, const YamlNode& node,
                                               Repeats repeats,
                                               MsgId no_repeat = MsgId::deadline_task_yearly,
                                               RollKey rolls = RollKey::accepted);

// Read a `roll` value: none, next-working-day or previous-working-day.
std::optional<Roll> read_roll(FieldReader& reader, const YamlNode& node);

} // namespace plancheck
