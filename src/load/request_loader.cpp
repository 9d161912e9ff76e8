#include "load/request_loader.hpp"

#include "load/document_reader.hpp"
#include "load/duty_reader.hpp"

namespace plancheck {

std::optional<Request> load_request(const SourceFile& file, Reporter& reporter) {
  FieldReader reader(reporter);
  const std::optional<YamlNode> root = read_document(file, reader);
  if (!root) {
    return std::nullopt;
  }
  Request request;
  request.path = file.path();
  request.pos = root->pos;
  reader.check_keys(*root, {"plancheck", "plan", "number", "requested", "requested_by", "duties"});
  assign(reader.id_of(*root, "plan", IdSyntax::name, Presence::required), request.plan);
  assign(reader.text_of(*root, "number", Presence::required), request.number);
  assign(reader.day_of(*root, "requested", Presence::required), request.requested);
  assign(reader.reference_of(*root, "requested_by", Presence::required), request.requested_by);
  const YamlNode* list = reader.require(*root, "duties");
  if (list == nullptr) {
    return request;
  }
  if (list->kind != YamlNode::Kind::sequence) {
    reporter.report(list->pos, Rule::schema_type, MsgId::expected_list, {"duties"});
    return request;
  }
  if (list->items.empty()) {
    reporter.report(list->pos, Rule::schema_value, MsgId::empty_list, {"duties"});
  }
  const RequestOrigin origin = request.origin();
  for (const YamlNode& node : list->items) {
    Duty duty = read_duty(reader, node, Repeats::forbidden, MsgId::request_due_yearly);
    duty.request = origin;
    request.duties.push_back(std::move(duty));
  }
  return request;
}

} // namespace plancheck
