#include "load/yaml_tree.hpp"

#include "text/unicode_normalize.hpp"

#include <istream>
#include <streambuf>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace plancheck {

const YamlNode* YamlNode::find(std::string_view key) const {
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].value == key) {
      return &values[i];
    }
  }
  return nullptr;
}

namespace {

// Thrown from the event handler to stop parsing at `mark`.
struct StopParsing {
  YAML::Mark mark;
};

// yaml-cpp's messages are English; the common ones are in the message table,
// in both languages, and the rest are shown as yaml-cpp wrote them.
MessageArg yaml_error_words(const std::string& message) {
  static const std::unordered_map<std::string_view, MsgId> k_known{
      {"end of map not found", MsgId::yaml_map_end},
      {"end of map flow not found", MsgId::yaml_map_flow_end},
      {"end of sequence not found", MsgId::yaml_seq_end},
      {"end of sequence flow not found", MsgId::yaml_seq_flow_end},
      {"illegal map value", MsgId::yaml_map_value},
      {"illegal map key", MsgId::yaml_map_key},
      {"illegal block entry", MsgId::yaml_block_entry},
      {"illegal flow end", MsgId::yaml_flow_end},
      {"unknown token", MsgId::yaml_unknown_token},
      {"illegal EOF in scalar", MsgId::yaml_scalar_eof},
      {"illegal character in scalar", MsgId::yaml_scalar_char},
      {"illegal document indicator in scalar", MsgId::yaml_scalar_document},
      {"unexpected character in block scalar", MsgId::yaml_block_scalar_char},
      {"bad file", MsgId::yaml_bad_file},
  };
  const auto it = k_known.find(message);
  return it == k_known.end() ? MessageArg(message) : MessageArg(it->second);
}

class TreeBuilder final : public YAML::EventHandler {
public:
  TreeBuilder(const SourceFile& file, Reporter& reporter) : m_file(file), m_reporter(reporter) {}

  std::optional<YamlNode> take_root() { return std::move(m_root); }
  bool saw_alias() const { return m_saw_alias; }

  void OnDocumentStart(const YAML::Mark& /*mark*/) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    YamlNode node;
    node.kind = YamlNode::Kind::null;
    node.pos = pos(mark);
    attach(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    m_reporter.report(pos(mark), Rule::yaml_anchor, MsgId::anchor_alias, {"*"});
    m_saw_alias = true;
    YamlNode node;
    node.pos = pos(mark);
    attach(std::move(node));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& /*name*/) override {
    m_reporter.report(pos(mark), Rule::yaml_anchor, MsgId::anchor_alias, {"&"});
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t /*anchor*/,
                const std::string& value) override {
    check_tag(mark, tag);
    YamlNode node;
    node.kind = YamlNode::Kind::scalar;
    node.pos = pos(mark);
    // Every text (names, titles, notes, numbers, keys) in NFC, so that one
    // word is the same bytes in every output and every search, however it
    // was typed; positions come from the parser's marks, untouched by this.
    node.text = nfc(value);
    node.plain = tag == "?";
    attach(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t /*anchor*/,
                       YAML::EmitterStyle::value /*style*/) override {
    open(mark, tag, YamlNode::Kind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t /*anchor*/,
                  YAML::EmitterStyle::value /*style*/) override {
    open(mark, tag, YamlNode::Kind::mapping);
  }
  void OnMapEnd() override { close(); }

private:
  struct Frame {
    YamlNode node;
    bool have_key = false;
    bool drop_value = false; // the key was unusable; its value is parsed and dropped
    Located<std::string> key;
    bool plain_key = false;
    std::unordered_map<std::string, int> lines_of_keys;
  };

  SourcePos pos(const YAML::Mark& mark) const {
    if (mark.is_null()) {
      return {1, 1};
    }
    return m_file.position(mark.line, mark.column);
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag != "?" && tag != "!") {
      // yaml-cpp expands `!!str` to `tag:yaml.org,2002:str`; quote it as written.
      constexpr std::string_view k_core_prefix = "tag:yaml.org,2002:";
      m_reporter.report(
          pos(mark), Rule::yaml_tag, MsgId::explicit_tag,
          {tag.starts_with(k_core_prefix) ? "!!" + tag.substr(k_core_prefix.size()) : tag});
    }
  }

  void open(const YAML::Mark& mark, const std::string& tag, YamlNode::Kind kind) {
    check_tag(mark, tag);
    if (static_cast<int>(m_stack.size()) >= k_max_yaml_depth) {
      m_reporter.report(pos(mark), Rule::yaml_too_deep, MsgId::too_deep,
                        {std::to_string(k_max_yaml_depth)});
      throw StopParsing{mark};
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.pos = pos(mark);
    m_stack.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(m_stack.back().node);
    m_stack.pop_back();
    attach(std::move(node));
  }

  void attach(YamlNode node) {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Frame& parent = m_stack.back();
    if (parent.node.kind == YamlNode::Kind::sequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.have_key) {
      take_key(parent, std::move(node));
      return;
    }
    parent.have_key = false;
    if (parent.drop_value) {
      return;
    }
    if (node.kind == YamlNode::Kind::null) {
      node.pos = parent.key.pos; // an empty value is best pointed at by its key
    }
    parent.node.keys.push_back(std::move(parent.key));
    parent.node.plain_keys.push_back(parent.plain_key);
    parent.node.values.push_back(std::move(node));
  }

  void take_key(Frame& parent, YamlNode node) {
    parent.have_key = true;
    parent.drop_value = false;
    if (node.kind != YamlNode::Kind::scalar) {
      if (node.kind != YamlNode::Kind::null) {
        m_reporter.report(node.pos, Rule::yaml_syntax, MsgId::expected_text, {"key"});
        parent.drop_value = true;
        return;
      }
      node.text.clear();
    }
    const auto [it, inserted] = parent.lines_of_keys.emplace(node.text, node.pos.line);
    if (!inserted) {
      m_reporter.report(node.pos, Rule::yaml_duplicate_key, MsgId::duplicate_key,
                        {node.text, std::to_string(it->second)});
      parent.drop_value = true;
      return;
    }
    parent.key = Located<std::string>{std::move(node.text), node.pos};
    parent.plain_key = node.plain;
  }

  const SourceFile& m_file;
  Reporter& m_reporter;
  std::vector<Frame> m_stack;
  std::optional<YamlNode> m_root;
  bool m_saw_alias = false;
};

// Stops at the first event of a document that should not be there.
class SecondDocumentDetector final : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark& mark) override { throw StopParsing{mark}; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { throw StopParsing{mark}; }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { throw StopParsing{mark}; }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string&) override {
    throw StopParsing{mark};
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    throw StopParsing{mark};
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    throw StopParsing{mark};
  }
  void OnMapEnd() override {}
};

// Lets the parser read the file's bytes where they are: a stream that owns
// them would copy a file of the largest size twice more.
class BytesBuffer final : public std::streambuf {
public:
  explicit BytesBuffer(std::string_view bytes) {
    // The get area is only read; std::streambuf merely lacks a const form.
    char* begin = const_cast<char*>(bytes.data());
    setg(begin, begin, begin + bytes.size());
  }
};

} // namespace

std::optional<YamlNode> parse_yaml(const SourceFile& file, Reporter& reporter) {
  // yaml-cpp accepts a quoted scalar left open when only spaces and line
  // breaks follow it to the end of the file; without them it reports it.
  const std::string_view bytes = file.bytes();
  BytesBuffer buffer(bytes.substr(0, bytes.find_last_not_of(" \t\r\n") + 1));
  std::istream in(&buffer);
  TreeBuilder builder(file, reporter);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) {
      reporter.report({1, 1}, Rule::yaml_empty, MsgId::empty_file);
      return std::nullopt;
    }
    std::optional<YamlNode> root = builder.take_root();
    // An alias stands for a value the tree does not hold; checking the rest
    // of the file would report that value as missing.
    if (builder.saw_alias()) {
      return std::nullopt;
    }
    if (!root || root->kind == YamlNode::Kind::null) {
      reporter.report({1, 1}, Rule::yaml_empty, MsgId::empty_file);
      return std::nullopt;
    }
    SecondDocumentDetector detector;
    try {
      parser.HandleNextDocument(detector);
    } catch (const StopParsing& stop) {
      reporter.report(file.position(stop.mark.line, stop.mark.column),
                      Rule::yaml_multiple_documents, MsgId::second_document);
    }
    return root;
  } catch (const StopParsing&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    const SourcePos at =
        e.mark.is_null() ? SourcePos{1, 1} : file.position(e.mark.line, e.mark.column);
    reporter.report(at, Rule::yaml_syntax, MsgId::yaml_syntax, {yaml_error_words(e.msg)});
    return std::nullopt;
  }
}

} // namespace plancheck
