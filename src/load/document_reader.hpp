#pragma once

#include "load/field_reader.hpp"

namespace plancheck {

// Parse `file` and check what every plancheck file starts with: a mapping
// whose `plancheck` key is format version 1. Return the root mapping, or
// nullopt when there is nothing to read further.
std::optional<YamlNode> read_document(const SourceFile& file, FieldReader& reader);

} // namespace plancheck
