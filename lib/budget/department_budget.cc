// CheckBudget: read the figures, roll up, compute metrics, check the tables, then the claims.
#include "absl/strings/str_cat.h"
#include "jixiao/check_budget.h"
#include "lib/base/check_limits.h"
#include "lib/base/status_macros.h"
#include "lib/budget/budget_checks.h"
#include "lib/budget/budget_claims.h"
#include "lib/budget/budget_figures.h"
#include "lib/budget/budget_findings.h"
#include "lib/budget/department_metrics.h"
#include "lib/budget/function_rollup.h"

namespace jixiao {
namespace {

std::string Produced(const Rational& value) {
  return RoundAndFormat(value, kBudgetDecimals, Rounding::kHalfUp);
}

}  // namespace

absl::StatusOr<v1::DepartmentBudgetResult> CheckBudget(const v1::DepartmentBudget& budget) {
  JX_RETURN_IF_ERROR(CheckLimits(budget));
  JX_ASSIGN_OR_RETURN(auto figures, ReadBudgetFigures(budget));
  const FunctionRollup rollup = RollUpFunctions(figures.functions);
  JX_ASSIGN_OR_RETURN(auto metrics, ComputeDepartmentMetrics(figures, rollup));

  v1::DepartmentBudgetResult result;
  result.set_id(budget.id());
  for (const auto& [name, value] : metrics.amounts)
    (*result.mutable_metrics())[name] = Produced(value);
  for (const auto& [name, value] : metrics.shares)
    (*result.mutable_shares())[name] = Produced(value);
  for (const auto& [code, node] : rollup.nodes) {
    v1::FunctionAmount* function = result.add_functions();
    function->set_code(code);
    function->set_amount(Produced(node.amount.value));
    auto share = metrics.shares.find(absl::StrCat(kFunctionSharePrefix, code));
    if (share != metrics.shares.end()) function->set_share(Produced(share->second));
  }
  JX_RETURN_IF_ERROR(CheckBudgetTables(figures, rollup, result.mutable_findings()));
  JX_RETURN_IF_ERROR(CheckClaims(figures, metrics, result.mutable_findings()));
  return result;
}

}  // namespace jixiao
