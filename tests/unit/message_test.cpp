#include "model/message.hpp"

#include <set>

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace plancheck;

namespace {

// Return the argument numbers that `text` uses ({0}, {1}, ...); "{{" is a brace.
std::set<int> placeholders(std::string_view text) {
  std::set<int> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') {
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    const std::size_t close = text.find('}', i);
    REQUIRE(close != std::string_view::npos);
    out.insert(std::stoi(std::string(text.substr(i + 1, close - i - 1))));
    i = close;
  }
  return out;
}

} // namespace

TEST_CASE("localize fills every message in both languages") {
  const auto last = static_cast<int>(k_last_message);
  for (int n = 0; n <= last; ++n) {
    const auto id = static_cast<MsgId>(n);
    CAPTURE(n);
    const std::string_view en = message_template(id, Lang::en);
    const std::string_view vi = message_template(id, Lang::vi);
    CAPTURE(en);
    CHECK_FALSE(en.empty());
    CHECK_FALSE(vi.empty());
    CHECK(en != vi);
    std::set<int> used = placeholders(en);
    used.merge(placeholders(vi));
    const std::size_t count = used.empty() ? 0 : static_cast<std::size_t>(*used.rbegin()) + 1;
    // Every argument number below the highest is used by one language or the other.
    CHECK(used.size() == count);
    Message message{id, {}};
    for (std::size_t k = 0; k < count; ++k) {
      message.args.push_back(fmt::format("‹arg{}›", k));
    }
    for (const Lang lang : {Lang::en, Lang::vi}) {
      CAPTURE(static_cast<int>(lang));
      std::string text;
      CHECK_NOTHROW(text = localize(message, lang));
      for (const int k : placeholders(message_template(id, lang))) {
        CHECK(text.find(fmt::format("‹arg{}›", k)) != std::string::npos);
      }
      CHECK(text.find("{0}") == std::string::npos);
    }
  }
}

TEST_CASE("localize") {
  SUBCASE("English") {
    CHECK(localize({MsgId::duplicate_key, {"id", "3"}}, Lang::en) ==
          "duplicate key 'id' (first at line 3)");
  }
  SUBCASE("Vietnamese") {
    CHECK(localize({MsgId::duplicate_key, {"id", "3"}}, Lang::vi) ==
          "khóa 'id' bị lặp (lần đầu ở dòng 3)");
  }
  SUBCASE("a brace in an argument is left alone") {
    CHECK(localize({MsgId::unknown_key, {"{0}"}}, Lang::en) == "unknown key '{0}'");
  }
  SUBCASE("escaped braces") {
    CHECK(
        localize({MsgId::deadline_yearly_needs_day, {}}, Lang::en) ==
        "a yearly deadline takes 'by' or 'before' with a month and day, e.g. {month: 12, day: 10}");
  }
  SUBCASE("a word of the table is put into the reader's language") {
    const Message message{MsgId::yaml_syntax, {MsgId::yaml_map_flow_end}};
    CHECK(localize(message, Lang::en) == "YAML syntax error: end of map flow not found");
    CHECK(localize(message, Lang::vi) == "lỗi cú pháp YAML: thiếu dấu '}' đóng ánh xạ");
  }
}

TEST_CASE("MessageArg") {
  const Day day = *parse_date("2024-06-01").day;
  SUBCASE("a day is shown in the reader's form") {
    CHECK(MessageArg(day).format(Lang::en) == "2024-06-01");
    CHECK(MessageArg(day).format(Lang::vi) == "01/06/2024");
  }
  SUBCASE("text that looks like a day is shown as written") {
    CHECK(MessageArg("2024-06-01").format(Lang::vi) == "2024-06-01");
    CHECK(localize({MsgId::duplicate_number, {"2024-06-01", "r.yaml"}}, Lang::vi) ==
          "số báo cáo '2024-06-01' cũng được dùng ở r.yaml");
  }
  SUBCASE("a number") {
    CHECK(MessageArg(42).format(Lang::vi) == "42");
    CHECK(MessageArg(std::size_t{7}).format(Lang::en) == "7");
  }
}
