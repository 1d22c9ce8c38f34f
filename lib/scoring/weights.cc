#include "lib/scoring/weights.h"

namespace jixiao {

std::vector<Rational> EvenSplitWeights(const Rational& points, int count, int decimals,
                                       Rounding rounding) {
  std::vector<Rational> weights;
  if (count <= 0) return weights;
  Rational share = Round(points / count, decimals, rounding);
  weights.assign(static_cast<size_t>(count), share);
  weights.back() = points - share * (count - 1);
  return weights;
}

}  // namespace jixiao
