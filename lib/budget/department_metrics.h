// The metrics and shares of a department budget (BUDGETS.md "Metrics"), exact, before rounding:
// the result prints them with 2 places and the claims are compared with the exact values.
#ifndef JIXIAO_LIB_BUDGET_DEPARTMENT_METRICS_H_
#define JIXIAO_LIB_BUDGET_DEPARTMENT_METRICS_H_

#include <optional>
#include <string>

#include "absl/container/btree_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/base/rational.h"
#include "lib/budget/budget_figures.h"
#include "lib/budget/function_rollup.h"

namespace jixiao {

struct DepartmentMetrics {
  absl::btree_map<std::string, Rational> amounts;  // in the budget's unit
  absl::btree_map<std::string, Rational> shares;   // percent
};

// A share whose base is 0 is left out, as are growth_amount and growth_rate when previous_total
// is blank. Errors: InvalidArgument naming the metric when a figure overflows.
absl::StatusOr<DepartmentMetrics> ComputeDepartmentMetrics(const BudgetFigures& budget,
                                                           const FunctionRollup& rollup);

enum class MetricKind {
  kUnknown,
  kAmount,  // total, basic, …, function:<code>: money, converted to a claim's unit
  kShare,   // basic_share, …, growth_rate, function_share:<code>: percent
};

// What `name` is, whether or not this budget has a value for it (function:<code> needs a valid
// 3-, 5- or 7-digit code).
MetricKind KindOfMetric(absl::string_view name);

inline constexpr absl::string_view kFunctionPrefix = "function:";
inline constexpr absl::string_view kFunctionSharePrefix = "function_share:";

}  // namespace jixiao

#endif  // JIXIAO_LIB_BUDGET_DEPARTMENT_METRICS_H_
