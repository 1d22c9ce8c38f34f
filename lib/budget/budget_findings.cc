#include "lib/budget/budget_findings.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "lib/base/finding.h"

namespace jixiao {

bool AgreesAsPublished(const Decimal& reported, const Rational& computed) {
  return AgreesAtReportedPrecision(reported, computed, kMaxFractionDigits, Rounding::kHalfUp);
}

bool PublishedFiguresAgree(const Decimal& a, const Decimal& b) {
  return a.places <= b.places ? AgreesAsPublished(a, b.value) : AgreesAsPublished(b, a.value);
}

std::string FormatComputed(const Rational& computed, int reported_places) {
  return RoundAndFormat(computed, std::max(kBudgetDecimals, reported_places), Rounding::kHalfUp);
}

absl::Status RequireExact(const Rational& value, absl::string_view where) {
  if (value.ok() && Round(value, kMaxFractionDigits, Rounding::kHalfUp).ok()) {
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(
      absl::StrCat(where, ": the figures are too large to compute exactly"));
}

v1::Finding BudgetFinding(absl::string_view code, std::string message, std::string reported,
                          std::string computed) {
  v1::Finding finding;
  SetFinding(&finding, v1::Finding::WARNING, code, "", std::move(message), reported, computed);
  return finding;
}

}  // namespace jixiao
