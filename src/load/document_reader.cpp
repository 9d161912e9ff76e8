#include "load/document_reader.hpp"

#include "load/encoding_check.hpp"
#include "load/nesting_check.hpp"

namespace plancheck {

std::optional<YamlNode> read_document(const SourceFile& file, FieldReader& reader) {
  if (!check_encoding(file, reader.reporter()) || !check_nesting(file, reader.reporter())) {
    return std::nullopt;
  }
  std::optional<YamlNode> root = parse_yaml(file, reader.reporter());
  if (!root || !reader.expect_mapping(*root, "(file)")) {
    return std::nullopt;
  }
  const YamlNode* version = root->find("plancheck");
  if (version == nullptr) {
    reader.reporter().report(root->pos, Rule::schema_version, MsgId::required_key, {"plancheck"});
  } else if (const auto number = reader.integer(*version, "plancheck");
             number && number->value != 1) {
    reader.reporter().report(version->pos, Rule::schema_version, MsgId::version_unsupported,
                             {version->text});
  }
  return root;
}

} // namespace plancheck
