#include "load/parallel_for.hpp"

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("parallel_for calls the work once for every index") {
  for (const std::size_t jobs : {0U, 1U, 2U, 4U, 64U}) {
    for (const std::size_t count : {0U, 1U, 3U, 1000U}) {
      CAPTURE(jobs);
      CAPTURE(count);
      std::vector<std::atomic<int>> calls(count);
      parallel_for(count, jobs, [&](std::size_t i) { ++calls[i]; });
      for (std::size_t i = 0; i < count; ++i) {
        CHECK(calls[i] == 1);
      }
    }
  }
}

TEST_CASE("parallel_for with one job works in order on the caller's thread") {
  std::vector<std::size_t> order;
  const std::thread::id caller = std::this_thread::get_id();
  bool elsewhere = false;
  parallel_for(5, 1, [&](std::size_t i) {
    order.push_back(i);
    elsewhere = elsewhere || std::this_thread::get_id() != caller;
  });
  CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4});
  CHECK_FALSE(elsewhere);
}

TEST_CASE("parallel_for rethrows what the work throws, after every thread stops") {
  for (const std::size_t jobs : {1U, 4U}) {
    CAPTURE(jobs);
    std::atomic<int> running{0};
    CHECK_THROWS_WITH_AS(parallel_for(100, jobs,
                                      [&](std::size_t i) {
                                        ++running;
                                        if (i == 7) {
                                          --running;
                                          throw std::runtime_error("file 7");
                                        }
                                        --running;
                                      }),
                         "file 7", std::runtime_error);
    CHECK(running == 0);
  }
}
