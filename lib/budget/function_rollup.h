// 类/款/项 roll-ups of the function table (BUDGETS.md "function:<code> for every code and every
// prefix of it").
//
// A line whose code is a prefix of another line's code is a subtotal row (tables often print the
// 类 and 款 rows): it is not added again, only checked against the lines under it. Lines that
// repeat a code are added together. Both are decisions recorded in docs/BUDGETS-DECISIONS.md.
#ifndef JIXIAO_LIB_BUDGET_FUNCTION_ROLLUP_H_
#define JIXIAO_LIB_BUDGET_FUNCTION_ROLLUP_H_

#include <string>
#include <vector>

#include "absl/container/btree_map.h"
#include "lib/base/rational.h"
#include "lib/budget/budget_figures.h"

namespace jixiao {

struct FunctionNode {
  std::string name;  // from the first line with this code; "" for a prefix no line names
  Decimal amount;    // Σ of the eight columns of the detail lines at or under this code
};

struct FunctionRollup {
  // Every code and 3/5-digit prefix, sorted by code: tree order (201, 20103, 2010301, …).
  absl::btree_map<std::string, FunctionNode> nodes;
  std::vector<size_t> detail_lines;    // indices of the lines that are summed
  std::vector<size_t> subtotal_lines;  // indices of lines some other line's code extends
  Decimal basic;                       // Σ basic columns of the detail lines
  Decimal project;                     // Σ project columns of the detail lines
};

FunctionRollup RollUpFunctions(const std::vector<FunctionFigures>& lines);

// "2010301" → {"201", "20103", "2010301"}.
std::vector<std::string> FunctionCodeAndPrefixes(const std::string& code);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BUDGET_FUNCTION_ROLLUP_H_
