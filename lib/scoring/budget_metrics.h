// The budget block (SCORING.md §5): balance and rates of every line, and the sums of every
// breakdown.
#ifndef JIXIAO_LIB_SCORING_BUDGET_METRICS_H_
#define JIXIAO_LIB_SCORING_BUDGET_METRICS_H_

#include <optional>

#include "absl/status/status.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"
#include "lib/base/limits.h"  // kMaxBudgetDepth
#include "lib/base/rational.h"
#include "lib/scoring/scheme.h"

namespace jixiao {

// The root line's rates, rounded with the scheme, for derived indicators; absent when the
// inputs are missing or the denominator is 0.
struct RootRates {
  std::optional<Rational> execution, arrival, spending;
  const std::optional<Rational>& For(v1::DerivedFrom derived) const;
};

// Appends BudgetMetrics for every line (root first, depth first) and FUNDS_SUM_MISMATCH findings
// to `result`; fills `root`. Malformed amounts are InvalidArgument errors naming the line's path.
absl::Status ComputeBudget(const v1::Budget& budget, const SchemeView& scheme,
                           v1::EvaluationResult* result, RootRates* root);

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_BUDGET_METRICS_H_
