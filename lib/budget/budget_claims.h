// The narrative's figures against the tables (BUDGETS.md CLAIM_MISMATCH, UNKNOWN_METRIC).
#ifndef JIXIAO_LIB_BUDGET_BUDGET_CLAIMS_H_
#define JIXIAO_LIB_BUDGET_BUDGET_CLAIMS_H_

#include "absl/status/status.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "jixiao/v1/result.pb.h"
#include "lib/budget/budget_figures.h"
#include "lib/budget/department_metrics.h"

namespace jixiao {

// Each claim is compared with its metric converted to the claim's unit (default: the budget's),
// at the claim's own precision; shares and rates are percent. Errors: InvalidArgument naming the
// claim when its unit does not fit its metric ("%" on an amount, 万元 on a share).
absl::Status CheckClaims(const BudgetFigures& budget, const DepartmentMetrics& metrics,
                         google::protobuf::RepeatedPtrField<v1::Finding>* findings);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BUDGET_BUDGET_CLAIMS_H_
