// A checked department budget as a reviewer reads it in a terminal (BUDGETS.md "Result", CLI).
#ifndef JIXIAO_CLI_BUDGET_REPORT_H_
#define JIXIAO_CLI_BUDGET_REPORT_H_

#include <string>

#include "jixiao/v1/budget.pb.h"

namespace jixiao::cli {

// The 类 → 款 → 项 roll-up as an indented tree with amounts and shares, the key metrics, then the
// findings. `result` must come from CheckBudget(`budget`); names come from its function lines.
std::string BudgetReport(const v1::DepartmentBudget& budget,
                         const v1::DepartmentBudgetResult& result);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_BUDGET_REPORT_H_
