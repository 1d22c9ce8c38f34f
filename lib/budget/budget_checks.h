// The table checks of BUDGETS.md "Checks": the budget's tables against each other.
// (The narrative's claims are checked in budget_claims.h.)
#ifndef JIXIAO_LIB_BUDGET_BUDGET_CHECKS_H_
#define JIXIAO_LIB_BUDGET_BUDGET_CHECKS_H_

#include "absl/status/status.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "jixiao/v1/result.pb.h"
#include "lib/budget/budget_figures.h"
#include "lib/budget/function_rollup.h"

namespace jixiao {

// Appends one finding per disagreement, in the order of the spec's table. A check whose detail
// table is absent (no income, function, economic, procurement or project lines, no 三公 block) is
// skipped: there is nothing published to compare. Errors: InvalidArgument on overflow.
absl::Status CheckBudgetTables(const BudgetFigures& budget, const FunctionRollup& rollup,
                               google::protobuf::RepeatedPtrField<v1::Finding>* findings);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BUDGET_BUDGET_CHECKS_H_
