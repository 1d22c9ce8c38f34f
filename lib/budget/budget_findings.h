// How a budget compares a published figure with jixiao's own, and the finding it writes when they
// disagree (SCORING.md §2 "Comparing a reported figure", §6 finding shape). The codes are in
// jixiao/finding_codes.h (BUDGETS.md "Checks").
#ifndef JIXIAO_LIB_BUDGET_BUDGET_FINDINGS_H_
#define JIXIAO_LIB_BUDGET_BUDGET_FINDINGS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "jixiao/finding_codes.h"
#include "jixiao/v1/result.pb.h"
#include "lib/base/decimal.h"
#include "lib/base/rational.h"

namespace jixiao {

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
