#pragma once

#include <compare>

namespace plancheck {

// A place in a source file. Lines and columns are 1-based and count characters,
// not bytes; 0 means "the whole file".
struct SourcePos {
  int line = 0;
  int column = 0;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted operator
  friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

// A value together with where it was written.
template <class T> struct Located {
  T value{};
  SourcePos pos;
};

} // namespace plancheck
