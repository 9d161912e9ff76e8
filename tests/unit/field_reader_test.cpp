#include "load/field_reader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace plancheck;
using plancheck::test::describe;
using plancheck::test::parse_text;

namespace {

// The value of the one key of the YAML mapping `text`.
YamlNode value_of(const std::string& text) {
  auto parsed = parse_text(text);
  REQUIRE(describe(parsed.diagnostics) == "");
  REQUIRE(parsed.root);
  REQUIRE(parsed.root->values.size() == 1);
  return parsed.root->values[0];
}

ScalarKind kind_of(const std::string& value) {
  return scalar_kind(value_of("v: " + value + "\n"));
}

// Runs one FieldReader call on the value of `text` and keeps what it reported.
struct Reading {
  explicit Reading(std::string text)
      : file("plan.yaml", std::move(text)), reporter(file, diagnostics), reader(reporter) {
    auto parsed = parse_text(file.bytes());
    REQUIRE(describe(parsed.diagnostics) == "");
    REQUIRE(parsed.root);
    root = std::move(*parsed.root);
  }
  const YamlNode& value() const { return root.values.at(0); }

  SourceFile file;
  Diagnostics diagnostics;
  Reporter reporter;
  FieldReader reader;
  YamlNode root;
};

} // namespace

TEST_CASE("scalar_kind follows the YAML 1.2 core schema") {
  SUBCASE("booleans are true and false only") {
    for (const char* text : {"true", "True", "TRUE", "false", "False", "FALSE"}) {
      CAPTURE(text);
      CHECK(kind_of(text) == ScalarKind::boolean);
    }
    for (const char* text : {"no", "yes", "on", "off", "y", "n", "NO", "tRUE"}) {
      CAPTURE(text);
      CHECK(kind_of(text) == ScalarKind::string);
    }
  }
  SUBCASE("integers") {
    for (const char* text : {"017", "0", "-5", "+12", "2024", "0x1F", "0o17"}) {
      CAPTURE(text);
      CHECK(kind_of(text) == ScalarKind::integer);
    }
    for (const char* text : {"0x", "0o8", "1_000", "0b101", "12a"}) {
      CAPTURE(text);
      CHECK(kind_of(text) == ScalarKind::string);
    }
  }
  SUBCASE("floats") {
    for (const char* text : {"1.5e3", "1.5", ".5", "1.", "-2E-3", ".inf", "-.Inf", ".NaN"}) {
      CAPTURE(text);
      CHECK(kind_of(text) == ScalarKind::floating);
    }
    for (const char* text : {".", "1e", "e3", "1.5.3", "1,5"}) {
      CAPTURE(text);
      CHECK(kind_of(text) == ScalarKind::string);
    }
  }
  SUBCASE("nulls") {
    for (const char* text : {"~", "null", "Null", "NULL", ""}) {
      CAPTURE(text);
      CHECK(kind_of(text) == ScalarKind::null);
    }
    CHECK(kind_of("nULL") == ScalarKind::string);
  }
  SUBCASE("quoted and block scalars are strings") {
    CHECK(kind_of("\"017\"") == ScalarKind::string);
    CHECK(kind_of("'true'") == ScalarKind::string);
    CHECK(kind_of("\"\"") == ScalarKind::string);
    CHECK(kind_of("'~'") == ScalarKind::string);
    CHECK(scalar_kind(value_of("v: |\n  2024\n")) == ScalarKind::string);
  }
  SUBCASE("dates are strings") {
    CHECK(kind_of("2024-03-04") == ScalarKind::string);
    CHECK(kind_of("04/03/2024") == ScalarKind::string);
  }
}

TEST_CASE("FieldReader::text") {
  SUBCASE("plain and quoted text") {
    Reading r("title: Kế hoạch\n");
    CHECK(r.reader.text(r.value(), "title") == "Kế hoạch");
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("unquoted number") {
    Reading r("number: 017\n");
    CHECK_FALSE(r.reader.text(r.value(), "number"));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.type: 'number' must be text; write it in quotes: \"017\"");
  }
  SUBCASE("quoted number") {
    Reading r("number: \"017\"\n");
    CHECK(r.reader.text(r.value(), "number") == "017");
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("unquoted boolean") {
    Reading r("title: true\n");
    CHECK_FALSE(r.reader.text(r.value(), "title"));
    CHECK(describe(r.diagnostics) ==
          "1:8 schema.type: 'title' must be text; write it in quotes: \"true\"");
  }
  SUBCASE("no is text") {
    Reading r("title: no\n");
    CHECK(r.reader.text(r.value(), "title") == "no");
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("a list") {
    Reading r("title: [a, b]\n");
    CHECK_FALSE(r.reader.text(r.value(), "title"));
    CHECK(describe(r.diagnostics) == "1:8 schema.type: 'title' must be text");
  }
  SUBCASE("empty quoted text") {
    Reading r("title: \"\"\n");
    CHECK_FALSE(r.reader.text(r.value(), "title"));
    CHECK(describe(r.diagnostics) == "1:8 schema.required: 'title' has no value");
  }
}

TEST_CASE("FieldReader::integer") {
  SUBCASE("017 is decimal 17") {
    Reading r("period: 017\n");
    const auto value = r.reader.integer(r.value(), "period");
    REQUIRE(value);
    CHECK(value->value == 17);
    CHECK(value->pos == SourcePos{1, 9});
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("plus sign") {
    Reading r("period: +2025\n");
    const auto value = r.reader.integer(r.value(), "period");
    REQUIRE(value);
    CHECK(value->value == 2025);
  }
  SUBCASE("quoted number") {
    Reading r("period: \"2025\"\n");
    CHECK_FALSE(r.reader.integer(r.value(), "period"));
    CHECK(describe(r.diagnostics) == "1:9 schema.type: 'period' must be a whole number");
  }
  SUBCASE("float") {
    Reading r("period: 2025.0\n");
    CHECK_FALSE(r.reader.integer(r.value(), "period"));
    CHECK(describe(r.diagnostics) == "1:9 schema.type: 'period' must be a whole number");
  }
  SUBCASE("hexadecimal") {
    Reading r("period: 0x1F\n");
    CHECK_FALSE(r.reader.integer(r.value(), "period"));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.type: 'period' must be a decimal number, not '0x1F'");
  }
  SUBCASE("octal") {
    Reading r("period: 0o17\n");
    CHECK_FALSE(r.reader.integer(r.value(), "period"));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.type: 'period' must be a decimal number, not '0o17'");
  }
  SUBCASE("too large") {
    Reading r("period: 99999999999999999999\n");
    CHECK_FALSE(r.reader.integer(r.value(), "period"));
    CHECK(describe(r.diagnostics) == "1:9 schema.value: 'period' must be a whole number");
  }
  SUBCASE("null") {
    // A null value is pointed at by its key.
    Reading r("period: ~\n");
    CHECK_FALSE(r.reader.integer(r.value(), "period"));
    CHECK(describe(r.diagnostics) == "1:1 schema.type: 'period' must be a whole number");
  }
}

TEST_CASE("FieldReader::day") {
  SUBCASE("ISO date") {
    Reading r("submitted: 2024-03-04\n");
    const auto day = r.reader.day(r.value(), "submitted");
    REQUIRE(day);
    CHECK(format_iso(day->value) == "2024-03-04");
    CHECK(day->pos == SourcePos{1, 12});
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("out of range") {
    Reading r("submitted: 9999-12-31\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) == "1:12 schema.date: '9999-12-31' is outside the dates "
                                     "plancheck accepts, 1900-01-01 to 2199-12-31");
  }
  SUBCASE("Vietnamese date") {
    Reading r("submitted: 04/03/2024\n");
    const auto day = r.reader.day(r.value(), "submitted");
    REQUIRE(day);
    CHECK(format_iso(day->value) == "2024-03-04");
  }
  SUBCASE("quoted date") {
    Reading r("submitted: \"2024-03-04\"\n");
    const auto day = r.reader.day(r.value(), "submitted");
    REQUIRE(day);
    CHECK(format_iso(day->value) == "2024-03-04");
  }
  SUBCASE("29 February of a leap year") {
    Reading r("submitted: 2024-02-29\n");
    const auto day = r.reader.day(r.value(), "submitted");
    REQUIRE(day);
    CHECK(format_iso(day->value) == "2024-02-29");
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("29 February of a common year") {
    Reading r("submitted: 2023-02-29\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) == "1:12 schema.date: '2023-02-29' is not a day of the calendar");
  }
  SUBCASE("31 April, Vietnamese form") {
    Reading r("submitted: 31/04/2025\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) == "1:12 schema.date: '31/04/2025' is not a day of the calendar");
  }
  SUBCASE("month 13") {
    Reading r("submitted: 2024-13-01\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) == "1:12 schema.date: '2024-13-01' is not a day of the calendar");
  }
  SUBCASE("single-digit month and day") {
    Reading r("submitted: 2024-2-3\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) ==
          "1:12 schema.date: '2024-2-3' is not a date; write YYYY-MM-DD or DD/MM/YYYY");
  }
  SUBCASE("trailing text") {
    Reading r("submitted: \"2024-02-03x\"\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) ==
          "1:12 schema.date: '2024-02-03x' is not a date; write YYYY-MM-DD or DD/MM/YYYY");
  }
  SUBCASE("a date with a time") {
    Reading r("submitted: 2024-02-03T10:00:00\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) == "1:12 schema.date: '2024-02-03T10:00:00' is not a date; "
                                     "write YYYY-MM-DD or DD/MM/YYYY");
  }
  SUBCASE("a number") {
    Reading r("submitted: 20240203\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) ==
          "1:12 schema.date: '20240203' is not a date; write YYYY-MM-DD or DD/MM/YYYY");
  }
  SUBCASE("a list") {
    Reading r("submitted: [2024-02-03]\n");
    CHECK_FALSE(r.reader.day(r.value(), "submitted"));
    CHECK(describe(r.diagnostics) ==
          "1:12 schema.date: 'submitted' is not a date; write YYYY-MM-DD or DD/MM/YYYY");
  }
}

TEST_CASE("FieldReader::id") {
  SUBCASE("agency id") {
    Reading r("agency: dn-so-yt.2\n");
    const auto id = r.reader.id(r.value(), "agency", IdSyntax::name);
    REQUIRE(id);
    CHECK(id->value == "dn-so-yt.2");
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("uppercase agency id") {
    Reading r("agency: So-YT\n");
    CHECK_FALSE(r.reader.id(r.value(), "agency", IdSyntax::name));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.id: 'So-YT' is not a valid id: use lowercase letters, digits, '.' and '-'");
  }
  SUBCASE("underscore in an agency id") {
    Reading r("agency: so_yt\n");
    CHECK_FALSE(r.reader.id(r.value(), "agency", IdSyntax::name));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.id: 'so_yt' is not a valid id: use lowercase letters, digits, '.' and '-'");
  }
  SUBCASE("leading dash") {
    Reading r("agency: -so\n");
    CHECK_FALSE(r.reader.id(r.value(), "agency", IdSyntax::name));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.id: '-so' is not a valid id: use lowercase letters, digits, '.' and '-'");
  }
  SUBCASE("task id with uppercase Roman numerals") {
    Reading r("id: II.1.a_2-b\n");
    const auto id = r.reader.id(r.value(), "id", IdSyntax::task);
    REQUIRE(id);
    CHECK(id->value == "II.1.a_2-b");
  }
  SUBCASE("task id with a space") {
    Reading r("id: II 1\n");
    CHECK_FALSE(r.reader.id(r.value(), "id", IdSyntax::task));
    CHECK(describe(r.diagnostics) == "1:5 schema.id: 'II 1' is not a valid task id: use letters, "
                                     "digits, '.', '_' and '-'");
  }
  SUBCASE("task id with Vietnamese letters") {
    Reading r("id: Mục.1\n");
    CHECK_FALSE(r.reader.id(r.value(), "id", IdSyntax::task));
    CHECK(describe(r.diagnostics) == "1:5 schema.id: 'Mục.1' is not a valid task id: use letters, "
                                     "digits, '.', '_' and '-'");
  }
  SUBCASE("numeric task id must be quoted") {
    Reading r("id: 1.2\n");
    CHECK_FALSE(r.reader.id(r.value(), "id", IdSyntax::task));
    CHECK(describe(r.diagnostics) ==
          "1:5 schema.type: 'id' must be text; write it in quotes: \"1.2\"");
  }
}

TEST_CASE("FieldReader::id_list") {
  SUBCASE("ids") {
    Reading r("owners: [so-a, so-b]\n");
    const auto ids = r.reader.id_list(r.value(), "owners", IdSyntax::name, true);
    REQUIRE(ids.size() == 2);
    CHECK(ids[1].value == "so-b");
    CHECK(ids[1].pos == SourcePos{1, 16});
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("empty list") {
    Reading r("owners: []\n");
    CHECK(r.reader.id_list(r.value(), "owners", IdSyntax::name, true).empty());
    CHECK(describe(r.diagnostics) == "1:9 schema.value: 'owners' must list at least one item");
  }
  SUBCASE("empty list allowed") {
    Reading r("partners: []\n");
    CHECK(r.reader.id_list(r.value(), "partners", IdSyntax::name, false).empty());
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("a single id instead of a list") {
    Reading r("owners: so-a\n");
    CHECK(r.reader.id_list(r.value(), "owners", IdSyntax::name, true).empty());
    CHECK(describe(r.diagnostics) == "1:9 schema.type: 'owners' must be a list");
  }
  SUBCASE("one bad item keeps the others") {
    Reading r("owners: [so-a, So-B, so-c]\n");
    const auto ids = r.reader.id_list(r.value(), "owners", IdSyntax::name, true);
    REQUIRE(ids.size() == 2);
    CHECK(ids[1].value == "so-c");
    CHECK(describe(r.diagnostics) ==
          "1:16 schema.id: 'So-B' is not a valid id: use lowercase letters, digits, '.' and '-'");
  }
}

TEST_CASE("FieldReader::reference_list") {
  SUBCASE("any text is kept, for the reference check to judge") {
    Reading r("owners: [so-a, \"Sở Y tế\", SO_B]\n");
    const auto ids = r.reader.reference_list(r.value(), "owners", true);
    REQUIRE(ids.size() == 3);
    CHECK(ids[1].value == "Sở Y tế");
    CHECK(ids[2].pos == SourcePos{1, 27});
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("empty list") {
    Reading r("owners: []\n");
    CHECK(r.reader.reference_list(r.value(), "owners", true).empty());
    CHECK(describe(r.diagnostics) == "1:9 schema.value: 'owners' must list at least one item");
  }
  SUBCASE("a single id instead of a list") {
    Reading r("owners: so-a\n");
    CHECK(r.reader.reference_list(r.value(), "owners", false).empty());
    CHECK(describe(r.diagnostics) == "1:9 schema.type: 'owners' must be a list");
  }
  SUBCASE("an item that is not text is dropped") {
    Reading r("owners: [so-a, [so-b]]\n");
    CHECK(r.reader.reference_list(r.value(), "owners", true).size() == 1);
    CHECK(describe(r.diagnostics) == "1:16 schema.type: 'owners' must be text");
  }
}

TEST_CASE("FieldReader::check_keys") {
  SUBCASE("known keys") {
    Reading r("v: {name: a, short: b}\n");
    r.reader.check_keys(r.value(), {"name", "short"});
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("misspelt key") {
    Reading r("v: {name: a, shrt: b}\n");
    r.reader.check_keys(r.value(), {"name", "short"});
    CHECK(describe(r.diagnostics) ==
          "1:14 schema.unknown-key: unknown key 'shrt'; did you mean 'short'?");
  }
  SUBCASE("unrelated key") {
    Reading r("v: {name: a, colour: red}\n");
    r.reader.check_keys(r.value(), {"name", "short"});
    CHECK(describe(r.diagnostics) == "1:14 schema.unknown-key: unknown key 'colour'");
  }
}

TEST_CASE("FieldReader::require") {
  SUBCASE("present") {
    Reading r("v: {name: a}\n");
    CHECK(r.reader.require(r.value(), "name") != nullptr);
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("absent") {
    Reading r("v:\n  short: a\n");
    CHECK(r.reader.require(r.value(), "name") == nullptr);
    CHECK(describe(r.diagnostics) == "2:3 schema.required: missing required key 'name'");
  }
  SUBCASE("null") {
    Reading r("v:\n  name: ~\n");
    CHECK(r.reader.require(r.value(), "name") == nullptr);
    CHECK(describe(r.diagnostics) == "2:3 schema.required: 'name' has no value");
  }
  SUBCASE("empty") {
    Reading r("v:\n  name:\n");
    CHECK(r.reader.require(r.value(), "name") == nullptr);
    CHECK(describe(r.diagnostics) == "2:3 schema.required: 'name' has no value");
  }
}

TEST_CASE("FieldReader::optional") {
  SUBCASE("present") {
    Reading r("v: {a: 1}\n");
    CHECK(r.reader.optional(r.value(), "a") != nullptr);
    CHECK(r.diagnostics.empty());
  }
  SUBCASE("absent") {
    Reading r("v: {a: 1}\n");
    CHECK(r.reader.optional(r.value(), "d") == nullptr);
    CHECK(r.diagnostics.empty());
  }
  SUBCASE("written with no value") {
    Reading r("v: {a: 1, b: ~}\n");
    CHECK(r.reader.optional(r.value(), "b") == nullptr);
    CHECK(describe(r.diagnostics) == "1:11 schema.type: 'b' has no value");
  }
}

TEST_CASE("FieldReader::expect_mapping") {
  SUBCASE("mapping") {
    Reading r("period: {from: 2024-01-01}\n");
    CHECK(r.reader.expect_mapping(r.value(), "period"));
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("list") {
    Reading r("period: [2024-01-01, 2030-12-31]\n");
    CHECK_FALSE(r.reader.expect_mapping(r.value(), "period"));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.type: 'period' must be a mapping of keys to values");
  }
}

TEST_CASE("FieldReader::one_of") {
  SUBCASE("allowed") {
    Reading r("status: in-progress\n");
    CHECK(r.reader.one_of(r.value(), "status", {"done", "in-progress"}) == "in-progress");
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("not allowed") {
    Reading r("status: finished\n");
    CHECK_FALSE(r.reader.one_of(r.value(), "status", {"done", "in-progress"}));
    CHECK(describe(r.diagnostics) ==
          "1:9 schema.enum: 'finished' is not one of: done, in-progress");
  }
}

TEST_CASE("FieldReader::key_id") {
  SUBCASE("valid") {
    Reading r("v: {II.1.a: x}\n");
    CHECK(r.reader.key_id(r.value(), 0, IdSyntax::task));
    CHECK(describe(r.diagnostics) == "");
  }
  SUBCASE("bad agency key") {
    Reading r("v:\n  Sở-YT: x\n");
    CHECK_FALSE(r.reader.key_id(r.value(), 0, IdSyntax::name));
    CHECK(describe(r.diagnostics) ==
          "2:3 schema.id: 'Sở-YT' is not a valid id: use lowercase letters, digits, '.' and '-'");
  }
  SUBCASE("plain number as key") {
    Reading r("v:\n  2: x\n");
    CHECK_FALSE(r.reader.key_id(r.value(), 0, IdSyntax::task));
    CHECK(describe(r.diagnostics) ==
          "2:3 schema.type: 'id' must be text; write it in quotes: \"2\"");
  }
  SUBCASE("quoted number as key") {
    Reading r("v:\n  \"2\": x\n");
    CHECK(r.reader.key_id(r.value(), 0, IdSyntax::task));
    CHECK(describe(r.diagnostics) == "");
  }
}
