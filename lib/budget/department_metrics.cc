#include "lib/budget/department_metrics.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lib/base/status_macros.h"
#include "lib/budget/budget_findings.h"

namespace jixiao {
namespace {

constexpr absl::string_view kAmountNames[] = {"total",        "income_total",      "basic",
                                              "project",      "personnel",         "public",
                                              "three_public", "procurement_total", "growth_amount"};
constexpr absl::string_view kShareNames[] = {"basic_share", "project_share", "personnel_share",
                                             "public_share", "growth_rate"};

// part / whole in percent, left out when whole is 0 (BUDGETS-DECISIONS.md).
void AddShare(absl::string_view name, const Rational& part, const Rational& whole,
              DepartmentMetrics* metrics) {
  if (whole.IsZero()) return;
  metrics->shares[name] = part * 100 / whole;
}

}  // namespace

MetricKind KindOfMetric(absl::string_view name) {
  for (absl::string_view known : kAmountNames) {
    if (name == known) return MetricKind::kAmount;
  }
  for (absl::string_view known : kShareNames) {
    if (name == known) return MetricKind::kShare;
  }
  absl::string_view code = name;
  if (absl::ConsumePrefix(&code, kFunctionPrefix) && IsFunctionCode(code)) {
    return MetricKind::kAmount;
  }
  code = name;
  if (absl::ConsumePrefix(&code, kFunctionSharePrefix) && IsFunctionCode(code)) {
    return MetricKind::kShare;
  }
  return MetricKind::kUnknown;
}

absl::StatusOr<DepartmentMetrics> ComputeDepartmentMetrics(const BudgetFigures& budget,
                                                           const FunctionRollup& rollup) {
  DepartmentMetrics m;
  const Rational basic = rollup.basic.value, project = rollup.project.value;
  const Rational total = basic + project;  // BUDGETS.md: total = basic + project
  Rational personnel, public_funds;
  for (size_t i : rollup.detail_lines) {
    const FunctionFigures& line = budget.functions[i];
    personnel += line.wages.value() + line.household.value();            // 人员经费
    public_funds += line.goods_services.value() + line.capital.value();  // 公用经费
  }
  m.amounts["total"] = total;
  m.amounts["income_total"] = budget.income_total.value();
  m.amounts["basic"] = basic;
  m.amounts["project"] = project;
  m.amounts["personnel"] = personnel;
  m.amounts["public"] = public_funds;
  m.amounts["three_public"] = budget.three_public_total.value();
  m.amounts["procurement_total"] = budget.procurement_total.value();
  for (const auto& [code, node] : rollup.nodes) {
    m.amounts[absl::StrCat(kFunctionPrefix, code)] = node.amount.value;
  }

  AddShare("basic_share", basic, total, &m);
  AddShare("project_share", project, total, &m);
  AddShare("personnel_share", personnel, basic, &m);
  AddShare("public_share", public_funds, basic, &m);
  for (const auto& [code, node] : rollup.nodes) {
    AddShare(absl::StrCat(kFunctionSharePrefix, code), node.amount.value, total, &m);
  }
  // Growth needs last year's figure; a blank previous_total means "not published", not 0.
  if (!budget.previous_total.blank()) {
    const Rational growth = total - budget.previous_total.value();
    m.amounts["growth_amount"] = growth;
    AddShare("growth_rate", growth, budget.previous_total.value(), &m);
  }

  for (const auto* map : {&m.amounts, &m.shares}) {
    for (const auto& [name, value] : *map) {
      JX_RETURN_IF_ERROR(RequireExact(value, absl::StrCat("metric ", name)));
    }
  }
  return m;
}

}  // namespace jixiao
