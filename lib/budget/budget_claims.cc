#include "lib/budget/budget_claims.h"

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lib/base/status_macros.h"
#include "lib/budget/budget_findings.h"
#include "lib/budget/money_unit.h"

namespace jixiao {
namespace {

// The exact value of `name`, if the tables give one. A valid function code with no line under it
// is 0: the tables spend nothing there.
std::optional<Rational> LookUp(const DepartmentMetrics& metrics, MetricKind kind,
                               const std::string& name) {
  const auto& map = kind == MetricKind::kAmount ? metrics.amounts : metrics.shares;
  if (auto it = map.find(name); it != map.end()) return it->second;
  if (absl::StartsWith(name, kFunctionPrefix)) return Rational(0);
  auto total = metrics.amounts.find("total");
  if (absl::StartsWith(name, kFunctionSharePrefix) && total != metrics.amounts.end() &&
      !total->second.IsZero()) {
    return Rational(0);
  }
  return std::nullopt;
}

absl::Status CheckClaim(const BudgetFigures& budget, const DepartmentMetrics& metrics, size_t i,
                        google::protobuf::RepeatedPtrField<v1::Finding>* findings) {
  const ClaimFigures& claim = budget.claims[i];
  const MetricKind kind = KindOfMetric(claim.metric);
  if (kind == MetricKind::kUnknown) {
    *findings->Add() = BudgetFinding(
        finding::kUnknownMetric,
        absl::StrCat("claim ", i + 1, " names \"", claim.metric, "\", which is no metric"),
        claim.value.text, "");
    return absl::OkStatus();
  }
  const std::string unit_field = absl::StrCat("claims[", i, "].unit");
  std::string shown_unit = "%";
  std::optional<Rational> value = LookUp(metrics, kind, claim.metric);
  if (kind == MetricKind::kShare) {
    if (!claim.unit.empty() && claim.unit != "%") {
      return absl::InvalidArgumentError(absl::StrCat(
          unit_field, " \"", claim.unit, "\": ", claim.metric, " is a share, in percent (\"%\")"));
    }
  } else {
    if (claim.unit == "%") {
      return absl::InvalidArgumentError(
          absl::StrCat(unit_field, " \"%\": ", claim.metric, " is an amount, in 元, 万元 or 亿元"));
    }
    JX_ASSIGN_OR_RETURN(auto unit, ParseMoneyUnit(claim.unit, budget.unit, unit_field));
    shown_unit = MoneyUnitName(unit);
    if (value) *value = ConvertMoney(*value, budget.unit, unit);
  }
  const std::string stated = absl::StrCat(claim.metric, " = ", claim.value.text, shown_unit);
  if (!value) {
    // Decision (BUDGETS-DECISIONS.md): a claim the tables cannot support (base 0 or not
    // published) disagrees.
    *findings->Add() =
        BudgetFinding(finding::kClaimMismatch,
                      absl::StrCat("claim ", stated, " cannot be checked: the tables give no ",
                                   claim.metric, " (its base is 0 or not given)"),
                      claim.value.text, "");
    return absl::OkStatus();
  }
  JX_RETURN_IF_ERROR(RequireExact(*value, absl::StrCat("claims[", i, "]")));
  if (AgreesAsPublished(claim.value.decimal, *value)) return absl::OkStatus();
  *findings->Add() = BudgetFinding(
      finding::kClaimMismatch, absl::StrCat("claim ", stated, " disagrees with the tables"),
      claim.value.text, FormatComputed(*value, claim.value.decimal.places));
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckClaims(const BudgetFigures& budget, const DepartmentMetrics& metrics,
                         google::protobuf::RepeatedPtrField<v1::Finding>* findings) {
  for (size_t i = 0; i < budget.claims.size(); ++i) {
    JX_RETURN_IF_ERROR(CheckClaim(budget, metrics, i, findings));
  }
  return absl::OkStatus();
}

}  // namespace jixiao
