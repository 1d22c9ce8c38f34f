// Weights (SCORING.md §3).
#ifndef JIXIAO_LIB_SCORING_WEIGHTS_H_
#define JIXIAO_LIB_SCORING_WEIGHTS_H_

#include <vector>

#include "lib/base/decimal.h"
#include "lib/base/rational.h"

namespace jixiao {

// `points` shared by `count` indicators the way the Zhengzhou and Suzhou forms do it: each gets
// round(points / count), the last gets the remainder, so the shares sum to `points` exactly
// (20/12 → 1.67 ×11 + 1.63; 40/3 → 13.33, 13.33, 13.34; 24/11 → 2.18 ×10 + 2.20).
// With many indicators and few points the remainder can be negative; the caller rejects that.
std::vector<Rational> EvenSplitWeights(const Rational& points, int count, int decimals,
                                       Rounding rounding);

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_WEIGHTS_H_
