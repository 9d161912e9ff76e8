#pragma once

#include <cstddef>
#include <functional>

namespace plancheck {

// Call `work(i)` once for every i in [0, count), on at most `jobs` threads
// at once, the caller's among them, and return when every call has
// returned. With `jobs` 1 (or 0) the calls are made in order on the
// caller's thread. Calls may run in any order and at the same time, so
// `work` must write only to what index i owns. The first exception a call
// throws is rethrown here, after every thread has stopped.
void parallel_for(std::size_t count, std::size_t jobs,
                  const std::function<void(std::size_t)>& work);

} // namespace plancheck
