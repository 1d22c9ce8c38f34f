// A DepartmentBudget read into exact figures, every amount and code validated (BUDGETS.md
// "Message"): the one place where input text becomes numbers, so the checks never see a string.
#ifndef JIXIAO_LIB_BUDGET_BUDGET_FIGURES_H_
#define JIXIAO_LIB_BUDGET_BUDGET_FIGURES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "jixiao/v1/budget.pb.h"
#include "lib/base/decimal.h"
#include "lib/base/rational.h"
#include "lib/budget/money_unit.h"

namespace jixiao {

// An amount as published: the exact value with its places, and the text as written.
// A blank amount reads as 0 (BUDGETS.md: "A missing amount is 0").
struct Figure {
  Decimal decimal;   // {0, 0} when blank
  std::string text;  // as written; "" when blank

  const Rational& value() const { return decimal.value; }
  bool blank() const { return text.empty(); }
};

struct FunctionFigures {
  std::string code;  // 3, 5 or 7 digits
  std::string name;
  Figure wages, household, goods_services, capital;                          // 基本支出
  Figure project_social, project_debt, project_construction, project_other;  // 项目支出
  Figure total;

  Decimal Basic() const;    // wages + household + goods_services + capital
  Decimal Project() const;  // the four project columns
};

struct EconomicFigures {
  std::string dept_code;  // 5 digits; the first 3 are the class (301 工资福利支出 …)
  std::string dept_name;
  Figure basic, project, total;
};

struct ProcurementFigures {
  Figure quantity, unit_price, amount;
};

struct ClaimFigures {
  std::string metric;
  Figure value;
  std::string unit;  // as written: "", "元", "万元", "亿元" or "%"
};

struct BudgetFigures {
  MoneyUnit unit = MoneyUnit::kYuan;
  std::vector<Figure> income;
  Figure income_total;
  std::vector<FunctionFigures> functions;
  Figure expenditure_total;
  std::vector<EconomicFigures> economics;
  bool has_three_public = false;
  Figure overseas, reception, vehicle_purchase, vehicle_operation, three_public_total;
  std::vector<ProcurementFigures> procurement;
  Figure procurement_total;
  std::vector<Figure> projects;
  Figure previous_total;
  std::vector<ClaimFigures> claims;
};

// Errors: InvalidArgument naming the field, e.g. `functions[2].code "20103x": …` (0-based).
absl::StatusOr<BudgetFigures> ReadBudgetFigures(const v1::DepartmentBudget& budget);

// A sum of published figures carries the most places of its terms (SCORING.md §2 precision).
void AddTo(Decimal* sum, const Decimal& term);

// True when `code` is 3, 5 or 7 ASCII digits (类, 类款, 类款项).
bool IsFunctionCode(absl::string_view code);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BUDGET_BUDGET_FIGURES_H_
