#include "render/column_fit.hpp"

#include <algorithm>
#include <numeric>

namespace plancheck {

std::vector<std::size_t> fit_columns(std::vector<std::size_t> natural,
                                     std::span<const Narrowing> steps, std::size_t room) {
  std::size_t total = std::accumulate(natural.begin(), natural.end(), std::size_t{0});
  for (const Narrowing& step : steps) {
    if (total <= room) {
      break;
    }
    if (step.column >= natural.size()) {
      continue;
    }
    std::size_t& width = natural[step.column];
    const std::size_t by = std::min(total - room, width > step.to ? width - step.to : 0);
    width -= by;
    total -= by;
  }
  return natural;
}

} // namespace plancheck
