#include "text/text_layout.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace plancheck {
namespace {

constexpr std::string_view k_ellipsis = "…";

// The end of the character that starts at `i`: its code point and the
// combining marks (code points of no width) that follow it.
std::size_t character_end(std::string_view text, std::size_t i) {
  decode_utf8(text, i);
  while (i < text.size()) {
    std::size_t next = i;
    decode_utf8(text, next);
    if (display_width(text.substr(i, next - i)) != 0) {
      break;
    }
    i = next;
  }
  return i;
}

// The longest start of `word`, cut between characters, that fits in `width` columns.
std::size_t fitting_prefix(std::string_view word, std::size_t width) {
  std::size_t end = 0;
  std::size_t used = 0;
  while (end < word.size()) {
    const std::size_t next = character_end(word, end);
    used += display_width(word.substr(end, next - end));
    if (used > width) {
      break;
    }
    end = next;
  }
  return end;
}

// The words of `text`, split at runs of spaces.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', i);
    if (start == std::string_view::npos) {
      break;
    }
    const std::size_t end = std::min(text.find(' ', start), text.size());
    words.push_back(text.substr(start, end - start));
    i = end;
  }
  return words;
}

} // namespace

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t used = display_width(text);
  if (used < width) {
    out.append(width - used, ' ');
  }
  return out;
}

std::string cut_at_word(std::string_view text, std::size_t width) {
  width = std::max(width, k_min_line_width);
  if (display_width(text) <= width) {
    return std::string(text);
  }
  const std::size_t room = width - display_width(k_ellipsis);
  std::size_t end = 0;
  for (std::size_t space = text.find(' '); space != std::string_view::npos;
       space = text.find(' ', space + 1)) {
    if (display_width(text.substr(0, space)) > room) {
      break;
    }
    if (space > 0 && text[space - 1] != ' ') {
      end = space;
    }
  }
  if (end == 0) {
    const std::size_t start = std::min(text.find_first_not_of(' '), text.size());
    const std::string_view word = text.substr(start);
    return std::string(word.substr(0, fitting_prefix(word, room))) + std::string(k_ellipsis);
  }
  return std::string(text.substr(0, end)) + std::string(k_ellipsis);
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  width = std::max(width, k_min_line_width);
  if (display_width(text) <= width) {
    return {std::string(text)};
  }
  std::vector<std::string> lines;
  std::string line;
  std::size_t used = 0;
  for (std::string_view word : words_of(text)) {
    const std::size_t w = display_width(word);
    if (!line.empty() && used + 1 + w <= width) {
      line += ' ';
      line += word;
      used += 1 + w;
      continue;
    }
    if (!line.empty()) {
      lines.push_back(std::move(line));
    }
    // A word wider than a line goes on lines of its own, cut between characters.
    while (display_width(word) > width) {
      const std::size_t cut = fitting_prefix(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    line = std::string(word);
    used = display_width(word);
  }
  if (!line.empty() || lines.empty()) {
    lines.push_back(std::move(line));
  }
  return lines;
}

} // namespace plancheck
