// The C++ API for department budgets (部门预算公开): BUDGETS.md.
//
// CheckBudget is pure: no I/O, no mutable globals; safe to call from many threads at once.
#ifndef JIXIAO_CHECK_BUDGET_H_
#define JIXIAO_CHECK_BUDGET_H_

#include "absl/status/statusor.h"
#include "jixiao/v1/budget.pb.h"

namespace jixiao {

// Computes the budget's metrics, shares and 类/款/项 roll-ups, and reports every place where its
// tables disagree with each other or with the narrative's claims as a finding.
// Errors: InvalidArgument naming the field (a malformed amount, code or unit, or figures too large
// to compute exactly).
absl::StatusOr<v1::DepartmentBudgetResult> CheckBudget(const v1::DepartmentBudget& budget);

}  // namespace jixiao

#endif  // JIXIAO_CHECK_BUDGET_H_
