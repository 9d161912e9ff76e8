#include "cli/complete_args.hpp"

#include <sstream>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("print_completion") {
  std::ostringstream out;
  SUBCASE("candidates, then the ids that begin with the partial word, with their names") {
    const Completion completion{
        {{"--agency", "Only these agencies"}, {"--all", "Multi\nline"}}, ListKind::agencies, {}};
    print_completion(
        completion, {{"so-yt", "Sở Y tế"}, {"ubnd", "UBND"}, {"so-tc", "Sở Tài chính"}}, "so", out);
    CHECK(out.str() == "--agency\tOnly these agencies\n--all\tMulti line\n"
                       "so-yt\tSở Y tế\nso-tc\tSở Tài chính\n");
  }
  SUBCASE("nothing: nothing printed") {
    print_completion({}, {}, "", out);
    CHECK(out.str().empty());
  }
}
