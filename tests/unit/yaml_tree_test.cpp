#include "test_support.hpp"

#include <chrono>

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::parse_text;

namespace {

using Kind = YamlNode::Kind;

std::string pos_of(const YamlNode& node) {
  return fmt::format("{}:{}", node.pos.line, node.pos.column);
}

} // namespace

TEST_CASE("parse_yaml builds a tree with positions") {
  const auto parsed = parse_text("a: 1\n"
                                 "b:\n"
                                 "  - x\n"
                                 "  - \"y\"\n"
                                 "c: {d: 'e'}\n"
                                 "f: |\n"
                                 "  block\n");
  CHECK(describe(parsed.diagnostics) == "");
  REQUIRE(parsed.root);
  const YamlNode& root = *parsed.root;
  CHECK(root.kind == Kind::mapping);
  REQUIRE(root.keys.size() == 4);
  CHECK(root.keys[0].value == "a");
  CHECK(root.keys[0].pos == SourcePos{1, 1});
  CHECK(root.keys[1].value == "b");
  CHECK(root.keys[1].pos == SourcePos{2, 1});
  CHECK(root.keys[2].value == "c");
  CHECK(root.plain_keys == std::vector<bool>{true, true, true, true});

  const YamlNode& a = root.values[0];
  CHECK(a.kind == Kind::scalar);
  CHECK(a.text == "1");
  CHECK(a.plain);
  CHECK(pos_of(a) == "1:4");

  const YamlNode& b = root.values[1];
  CHECK(b.kind == Kind::sequence);
  REQUIRE(b.items.size() == 2);
  CHECK(b.items[0].text == "x");
  CHECK(b.items[0].plain);
  CHECK(pos_of(b.items[0]) == "3:5");
  CHECK(b.items[1].text == "y");
  CHECK_FALSE(b.items[1].plain);
  CHECK(pos_of(b.items[1]) == "4:5");

  const YamlNode& c = root.values[2];
  CHECK(c.kind == Kind::mapping);
  CHECK(pos_of(c) == "5:4");
  REQUIRE(c.find("d") != nullptr);
  CHECK(c.find("d")->text == "e");
  CHECK_FALSE(c.find("d")->plain);
  CHECK(pos_of(*c.find("d")) == "5:8");
  CHECK(c.find("f") == nullptr);

  const YamlNode& f = root.values[3];
  CHECK(f.text.starts_with("block"));
  CHECK_FALSE(f.plain);
  CHECK(pos_of(f) == "6:4");
}

TEST_CASE("parse_yaml points an empty value at its key") {
  const auto parsed = parse_text("a:\nbb:   \n");
  CHECK(describe(parsed.diagnostics) == "");
  REQUIRE(parsed.root);
  REQUIRE(parsed.root->values.size() == 2);
  CHECK(parsed.root->values[0].kind == Kind::null);
  CHECK(pos_of(parsed.root->values[0]) == "1:1");
  CHECK(pos_of(parsed.root->values[1]) == "2:1");
}

TEST_CASE("parse_yaml counts columns in characters") {
  // "tên" and "Sở Y tế" take more bytes than characters.
  const auto parsed = parse_text("- {tên: \"Sở Y tế\", tên: 2}\n"
                                 "- ế: ở\n");
  CHECK(describe(parsed.diagnostics) ==
        "1:20 yaml.duplicate-key: duplicate key 'tên' (first at line 1)");
  REQUIRE(parsed.root);
  REQUIRE(parsed.root->items.size() == 2);
  const YamlNode& first = parsed.root->items[0];
  REQUIRE(first.keys.size() == 1);
  CHECK(pos_of(first.values[0]) == "1:9");
  const YamlNode& second = parsed.root->items[1];
  REQUIRE(second.keys.size() == 1);
  CHECK(second.keys[0].pos == SourcePos{2, 3});
  CHECK(pos_of(second.values[0]) == "2:6");
}

TEST_CASE("parse_yaml gives every text in NFC, positions as written") {
  // "Sở Y tế" decomposed (NFD): each mark a character of its own.
  const auto parsed = parse_text("- name: \"So\xcc\x9b\xcc\x89 Y te\xcc\x82\xcc\x81\"\n"
                                 "  note: x\n"
                                 "- te\xcc\x82\xcc\x81n: b\n");
  CHECK(describe(parsed.diagnostics) == "");
  REQUIRE(parsed.root);
  REQUIRE(parsed.root->items.size() == 2);
  const YamlNode& first = parsed.root->items[0];
  REQUIRE(first.values.size() == 2);
  CHECK(first.values[0].text == "Sở Y tế");
  CHECK(pos_of(first.values[0]) == "1:9");
  CHECK(first.keys[1].pos == SourcePos{2, 3});
  const YamlNode& second = parsed.root->items[1];
  REQUIRE(second.keys.size() == 1);
  CHECK(second.keys[0].value == "tến");
  CHECK(pos_of(second.values[0]) == "3:10"); // after the key's five characters as typed
}

TEST_CASE("parse_yaml: yaml.duplicate-key") {
  SUBCASE("top level") {
    const auto parsed = parse_text("a: 1\nb: 2\na: 3\n");
    CHECK(describe(parsed.diagnostics) ==
          "3:1 yaml.duplicate-key: duplicate key 'a' (first at line 1)");
    REQUIRE(parsed.root);
    REQUIRE(parsed.root->keys.size() == 2);
    CHECK(parsed.root->find("a")->text == "1");
  }
  SUBCASE("quoted and plain spellings of one key") {
    const auto parsed = parse_text("x:\n  id: 1\n  \"id\": 2\n");
    CHECK(describe(parsed.diagnostics) ==
          "3:3 yaml.duplicate-key: duplicate key 'id' (first at line 2)");
  }
  SUBCASE("same key in different mappings is fine") {
    const auto parsed = parse_text("- {id: 1}\n- {id: 2}\n");
    CHECK(describe(parsed.diagnostics) == "");
    REQUIRE(parsed.root);
    CHECK(parsed.root->items.size() == 2);
  }
}

TEST_CASE("parse_yaml: yaml.anchor") {
  // One report a file: every anchor and alias is the same mistake.
  SUBCASE("anchor and alias") {
    const auto parsed = parse_text("a: &x 1\nb: *x\n");
    CHECK(describe(parsed.diagnostics) ==
          "1:4 yaml.anchor: anchors and aliases (&) are not accepted; write the value out");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("merge key") {
    const auto parsed = parse_text("base: &b {x: 1}\nother:\n  <<: *b\n");
    CHECK(describe(parsed.diagnostics) ==
          "1:7 yaml.anchor: anchors and aliases (&) are not accepted; write the value out");
  }
  SUBCASE("many aliases") {
    std::string text = "a: &x 1\nb: [";
    for (int i = 0; i < 1000; ++i) {
      text += "*x, ";
    }
    const auto parsed = parse_text(text + "*x]\n");
    CHECK(describe(parsed.diagnostics) ==
          "1:4 yaml.anchor: anchors and aliases (&) are not accepted; write the value out");
  }
}

TEST_CASE("parse_yaml: yaml.tag") {
  SUBCASE("!!str") {
    const auto parsed = parse_text("number: !!str 017\n");
    CHECK(describe(parsed.diagnostics) == "1:9 yaml.tag: explicit tag '!!str' is not accepted");
  }
  SUBCASE("local tag on a mapping") {
    const auto parsed = parse_text("a: !thing {b: 1}\n");
    CHECK(describe(parsed.diagnostics) == "1:4 yaml.tag: explicit tag '!thing' is not accepted");
  }
  SUBCASE("a lone ! makes a string, not a tag") {
    const auto parsed = parse_text("a: ! 017\n");
    CHECK(describe(parsed.diagnostics) == "");
    REQUIRE(parsed.root);
    CHECK_FALSE(parsed.root->values[0].plain);
  }
}

TEST_CASE("parse_yaml: yaml.multiple-documents") {
  SUBCASE("second document") {
    const auto parsed = parse_text("a: 1\n---\nb: 2\n");
    CHECK(describe(parsed.diagnostics) ==
          "2:1 yaml.multiple-documents: a second YAML document; each file holds one");
    REQUIRE(parsed.root);
    CHECK(parsed.root->find("a") != nullptr);
  }
  SUBCASE("an explicit end marker alone is one document") {
    const auto parsed = parse_text("---\na: 1\n...\n");
    CHECK(describe(parsed.diagnostics) == "");
    CHECK(parsed.root);
  }
}

TEST_CASE("parse_yaml: yaml.empty") {
  SUBCASE("empty file") {
    const auto parsed = parse_text("");
    CHECK(describe(parsed.diagnostics) == "1:1 yaml.empty: the file is empty");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("comments only") {
    const auto parsed = parse_text("# plan\n\n   # nothing yet\n");
    CHECK(describe(parsed.diagnostics) == "1:1 yaml.empty: the file is empty");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("white space only") {
    // The parser reads up to the last byte that is not white space: none.
    const auto parsed = parse_text(" \t\r\n\n  ");
    CHECK(describe(parsed.diagnostics) == "1:1 yaml.empty: the file is empty");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("a lone null") {
    const auto parsed = parse_text("~\n");
    CHECK(describe(parsed.diagnostics) == "1:1 yaml.empty: the file is empty");
    CHECK_FALSE(parsed.root);
  }
}

TEST_CASE("parse_yaml: yaml.syntax") {
  SUBCASE("unclosed flow sequence") {
    const auto parsed = parse_text("a: [1, 2\nb: 3\n");
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(describe(parsed.diagnostics) ==
          "2:2 yaml.syntax: YAML syntax error: end of sequence flow not found");
    CHECK(localize(parsed.diagnostics[0].message, Lang::vi) ==
          "lỗi cú pháp YAML: thiếu dấu ']' đóng danh sách");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("unterminated quote after Vietnamese text") {
    // The end of "khác: 1" is its 8th character and 9th byte.
    const auto parsed = parse_text("tên: \"Sở Y tế\nkhác: 1\n");
    CHECK(describe(parsed.diagnostics) ==
          "2:8 yaml.syntax: YAML syntax error: illegal EOF in scalar");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("bad indentation") {
    const auto parsed = parse_text("a:\n  b: 1\n c: 2\n");
    CHECK(describe(parsed.diagnostics) ==
          "3:2 yaml.syntax: YAML syntax error: end of map not found");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("mapping as key") {
    const auto parsed = parse_text("? {a: 1}\n: 2\nb: 3\n");
    CHECK(describe(parsed.diagnostics) == "1:3 yaml.syntax: 'key' must be text");
    REQUIRE(parsed.root);
    REQUIRE(parsed.root->keys.size() == 1);
    CHECK(parsed.root->keys[0].value == "b");
  }
}

TEST_CASE("parse_yaml: yaml.too-deep") {
  SUBCASE("one level more than allowed") {
    const std::string text =
        std::string(k_max_yaml_depth + 1, '[') + std::string(k_max_yaml_depth + 1, ']') + "\n";
    const auto parsed = parse_text(text);
    CHECK(describe(parsed.diagnostics) ==
          fmt::format("1:{} yaml.too-deep: nested more than 64 levels deep", k_max_yaml_depth + 1));
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("exactly the limit is fine") {
    const std::string text =
        std::string(k_max_yaml_depth, '[') + std::string(k_max_yaml_depth, ']') + "\n";
    const auto parsed = parse_text(text);
    CHECK(describe(parsed.diagnostics) == "");
    CHECK(parsed.root);
  }
  SUBCASE("block mappings") {
    std::string text;
    for (int level = 0; level <= k_max_yaml_depth; ++level) {
      text += std::string(static_cast<std::size_t>(level) * 2, ' ') + "k:\n";
    }
    text += std::string(static_cast<std::size_t>(k_max_yaml_depth + 1) * 2, ' ') + "v\n";
    const auto parsed = parse_text(text);
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(rule_id(parsed.diagnostics[0].rule) == "yaml.too-deep");
    CHECK(parsed.diagnostics[0].pos.line == k_max_yaml_depth + 1);
  }
  SUBCASE("100,000 open brackets end quickly with a located error") {
    const auto start = std::chrono::steady_clock::now();
    const auto parsed = parse_text(std::string(100'000, '['));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    // Unclosed, each '[' inside a flow sequence opens an implicit
    // single-pair mapping as well, so the limit is met halfway.
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(describe(parsed.diagnostics[0]) ==
          fmt::format("1:{} yaml.too-deep: nested more than 64 levels deep",
                      k_max_yaml_depth / 2 + 1));
    CHECK_FALSE(parsed.root);
    // Generous: it takes milliseconds; only runaway work would come near.
    CHECK(elapsed < std::chrono::seconds(10));
  }
}
