// How a budget compares a published figure with jixiao's own, and the finding it writes when they
// disagree (SCORING.md §2 "Comparing a reported figure", §6 finding shape).
#ifndef JIXIAO_LIB_BUDGET_BUDGET_FINDINGS_H_
#define JIXIAO_LIB_BUDGET_BUDGET_FINDINGS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/result.pb.h"
#include "lib/base/decimal.h"
#include "lib/base/rational.h"

namespace jixiao {

// The finding codes of BUDGETS.md "Checks", and the two jixiao adds (BUDGETS-DECISIONS.md).
namespace budget_finding {
inline constexpr char kIncomeSumMismatch[] = "INCOME_SUM_MISMATCH";
inline constexpr char kBalanceMismatch[] = "BALANCE_MISMATCH";
inline constexpr char kFunctionLineMismatch[] = "FUNCTION_LINE_MISMATCH";
inline constexpr char kDuplicateFunctionCode[] = "DUPLICATE_FUNCTION_CODE";
inline constexpr char kFunctionSubtotalMismatch[] = "FUNCTION_SUBTOTAL_MISMATCH";
inline constexpr char kExpenditureSumMismatch[] = "EXPENDITURE_SUM_MISMATCH";
inline constexpr char kEconomicLineMismatch[] = "ECONOMIC_LINE_MISMATCH";
inline constexpr char kEconomicSumMismatch[] = "ECONOMIC_SUM_MISMATCH";
inline constexpr char kEconomicClassMismatch[] = "ECONOMIC_CLASS_MISMATCH";
inline constexpr char kThreePublicSumMismatch[] = "THREE_PUBLIC_SUM_MISMATCH";
inline constexpr char kProcurementLineMismatch[] = "PROCUREMENT_LINE_MISMATCH";
inline constexpr char kProcurementSumMismatch[] = "PROCUREMENT_SUM_MISMATCH";
inline constexpr char kProjectsSumMismatch[] = "PROJECTS_SUM_MISMATCH";
inline constexpr char kClaimMismatch[] = "CLAIM_MISMATCH";
inline constexpr char kUnknownMetric[] = "UNKNOWN_METRIC";
}  // namespace budget_finding

// Every figure jixiao produces for a budget has 2 places, rounded half up (BUDGETS.md "Metrics").
inline constexpr int kBudgetDecimals = 2;

// `computed` rounded to the places `reported` is written with equals it. Budgets are compared at
// their own precision up to 6 places (a 万元 table may print 4), not capped at 2 like scores.
bool AgreesAsPublished(const Decimal& reported, const Rational& computed);

// Two published figures (or sums of them) agree at the coarser of their two precisions.
bool PublishedFiguresAgree(const Decimal& a, const Decimal& b);

// A computed figure as a finding shows it: 2 places, or as many as the reported figure has.
std::string FormatComputed(const Rational& computed, int reported_places);

// InvalidArgument naming `where` when `value` overflowed on the way (never a wrong number).
absl::Status RequireExact(const Rational& value, absl::string_view where);

// A WARNING finding (budget findings are data-quality results; the check itself succeeds).
v1::Finding BudgetFinding(absl::string_view code, std::string message, std::string reported,
                          std::string computed);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BUDGET_BUDGET_FINDINGS_H_
