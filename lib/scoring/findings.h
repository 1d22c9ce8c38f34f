// The finding codes of SCORING.md §5–§6, and AddFinding for an EvaluationResult.
#ifndef JIXIAO_LIB_SCORING_FINDINGS_H_
#define JIXIAO_LIB_SCORING_FINDINGS_H_

#include <string>
#include <utility>

#include "absl/strings/string_view.h"
#include "lib/base/finding.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao {

namespace finding {
inline constexpr char kWeightSumMismatch[] = "WEIGHT_SUM_MISMATCH";
inline constexpr char kMissingActual[] = "MISSING_ACTUAL";
inline constexpr char kFactorOutOfTier[] = "FACTOR_OUT_OF_TIER";
inline constexpr char kFundsSumMismatch[] = "FUNDS_SUM_MISMATCH";
inline constexpr char kExecutionRateMismatch[] = "EXECUTION_RATE_MISMATCH";
inline constexpr char kArrivalRateMismatch[] = "ARRIVAL_RATE_MISMATCH";
inline constexpr char kSpendingRateMismatch[] = "SPENDING_RATE_MISMATCH";
inline constexpr char kScoreMismatch[] = "SCORE_MISMATCH";
inline constexpr char kSubtotalMismatch[] = "SUBTOTAL_MISMATCH";
inline constexpr char kTotalMismatch[] = "TOTAL_MISMATCH";
inline constexpr char kGradeMismatch[] = "GRADE_MISMATCH";
inline constexpr char kReviewScoreMismatch[] = "REVIEW_SCORE_MISMATCH";
}  // namespace finding

// Appends a finding to `result`.
inline void AddFinding(v1::EvaluationResult* result, v1::Finding::Severity severity,
                       absl::string_view code, absl::string_view indicator_id, std::string message,
                       absl::string_view reported, absl::string_view computed) {
  SetFinding(result->add_findings(), severity, code, indicator_id, std::move(message), reported,
             computed);
}

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_FINDINGS_H_
