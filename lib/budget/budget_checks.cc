#include "lib/budget/budget_checks.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lib/base/status_macros.h"
#include "lib/budget/budget_findings.h"

namespace jixiao {
namespace {

using Findings = google::protobuf::RepeatedPtrField<v1::Finding>;

// A published figure (`reported`, e.g. a printed total) against jixiao's sum of its parts.
absl::Status CompareReported(absl::string_view code, const Figure& reported,
                             const Rational& computed, absl::string_view where, std::string message,
                             Findings* findings) {
  JX_RETURN_IF_ERROR(RequireExact(computed, where));
  if (AgreesAsPublished(reported.decimal, computed)) return absl::OkStatus();
  *findings->Add() = BudgetFinding(code, std::move(message), reported.text,
                                   FormatComputed(computed, reported.decimal.places));
  return absl::OkStatus();
}

// Two published figures, or sums of them (one table against another): compared at the coarser
// precision; `reported_text` is how the finding shows the first.
absl::Status CompareTables(absl::string_view code, const Decimal& reported,
                           std::string reported_text, const Decimal& computed,
                           absl::string_view where, std::string message, Findings* findings) {
  JX_RETURN_IF_ERROR(RequireExact(reported.value, where));
  JX_RETURN_IF_ERROR(RequireExact(computed.value, where));
  if (PublishedFiguresAgree(reported, computed)) return absl::OkStatus();
  *findings->Add() = BudgetFinding(code, std::move(message), std::move(reported_text),
                                   FormatComputed(computed.value, reported.places));
  return absl::OkStatus();
}

// A sum of published figures as it would be printed: with the places of its terms.
std::string AsPrinted(const Decimal& sum) { return FormatDecimal(sum.value, sum.places); }

// "2010301 行政运行", or the code alone when the line has no name.
std::string CodeAndName(const std::string& code, const std::string& name) {
  return name.empty() ? code : absl::StrCat(code, " ", name);
}

bool IsSubtotal(const FunctionRollup& rollup, size_t line) {
  return std::find(rollup.subtotal_lines.begin(), rollup.subtotal_lines.end(), line) !=
         rollup.subtotal_lines.end();
}

Decimal SumOf(const std::vector<Figure>& figures) {
  Decimal sum;
  for (const Figure& f : figures) AddTo(&sum, f.decimal);
  return sum;
}

std::string FunctionPlace(const BudgetFigures& budget, size_t i) {
  const FunctionFigures& line = budget.functions[i];
  return absl::StrCat("function line ", i + 1, " (", CodeAndName(line.code, line.name), ")");
}

absl::Status CheckIncome(const BudgetFigures& b, Findings* findings) {
  if (!b.income.empty()) {
    JX_RETURN_IF_ERROR(CompareReported(
        finding::kIncomeSumMismatch, b.income_total, SumOf(b.income).value, "income",
        "income lines add up to a different figure than income_total", findings));
  }
  // 收支平衡: both are printed totals, so they are compared at the coarser precision.
  return CompareTables(finding::kBalanceMismatch, b.expenditure_total.decimal,
                       b.expenditure_total.text, b.income_total.decimal, "expenditure_total",
                       "expenditure_total differs from income_total (收支不平衡)", findings);
}

absl::Status CheckFunctions(const BudgetFigures& b, const FunctionRollup& rollup,
                            Findings* findings) {
  for (size_t i = 0; i < b.functions.size(); ++i) {
    const FunctionFigures& line = b.functions[i];
    Decimal columns = line.Basic();
    AddTo(&columns, line.Project());
    JX_RETURN_IF_ERROR(CompareReported(
        finding::kFunctionLineMismatch, line.total, columns.value,
        absl::StrCat("functions[", i, "]"),
        absl::StrCat(FunctionPlace(b, i), ": total differs from the sum of its eight columns"),
        findings));
  }
  // Decision (BUDGETS-DECISIONS.md): a repeated code is added to the roll-up, and said so.
  absl::flat_hash_map<std::string, size_t> first_line;
  for (size_t i = 0; i < b.functions.size(); ++i) {
    auto [it, inserted] = first_line.try_emplace(b.functions[i].code, i);
    if (inserted) continue;
    *findings->Add() = BudgetFinding(
        finding::kDuplicateFunctionCode,
        absl::StrCat(FunctionPlace(b, i), ": repeats the code of function line ", it->second + 1,
                     IsSubtotal(rollup, i) ? "; each is checked against the lines under it"
                                           : "; the two are added together"),
        b.functions[i].code, "");
  }
  // Decision (BUDGETS-DECISIONS.md): a 类 or 款 row printed above its lines must equal their sum.
  for (size_t i : rollup.subtotal_lines) {
    const FunctionFigures& line = b.functions[i];
    JX_RETURN_IF_ERROR(CompareReported(
        finding::kFunctionSubtotalMismatch, line.total, rollup.nodes.at(line.code).amount.value,
        absl::StrCat("functions[", i, "]"),
        absl::StrCat(FunctionPlace(b, i), ": total differs from the sum of the lines under it"),
        findings));
  }
  if (b.functions.empty()) return absl::OkStatus();
  Decimal totals;
  for (size_t i : rollup.detail_lines) AddTo(&totals, b.functions[i].total.decimal);
  return CompareReported(finding::kExpenditureSumMismatch, b.expenditure_total, totals.value,
                         "functions",
                         "function lines' totals add up to a different figure than "
                         "expenditure_total",
                         findings);
}

// BUDGETS.md ECONOMIC_CLASS_MISMATCH: which economic classes make up each basic column.
struct BasicColumn {
  const char* name;
  const char* label;
  std::vector<std::string> classes;
  Figure FunctionFigures::*column;
};

absl::Status CheckEconomics(const BudgetFigures& b, const FunctionRollup& rollup,
                            Findings* findings) {
  for (size_t i = 0; i < b.economics.size(); ++i) {
    const EconomicFigures& line = b.economics[i];
    JX_RETURN_IF_ERROR(CompareReported(
        finding::kEconomicLineMismatch, line.total, line.basic.value() + line.project.value(),
        absl::StrCat("economics[", i, "]"),
        absl::StrCat("economic line ", i + 1, " (", CodeAndName(line.dept_code, line.dept_name),
                     "): basic + project differs from total"),
        findings));
  }
  if (b.economics.empty()) return absl::OkStatus();
  Decimal basic, project;
  for (const EconomicFigures& line : b.economics) {
    AddTo(&basic, line.basic.decimal);
    AddTo(&project, line.project.decimal);
  }
  JX_RETURN_IF_ERROR(CompareTables(finding::kEconomicSumMismatch, basic, AsPrinted(basic),
                                   rollup.basic, "economics",
                                   "economic lines: basic expenditure (基本支出) differs from the "
                                   "function table's",
                                   findings));
  JX_RETURN_IF_ERROR(CompareTables(
      finding::kEconomicSumMismatch, project, AsPrinted(project), rollup.project, "economics",
      "economic lines: project expenditure (项目支出) differs from the "
      "function table's",
      findings));
  const BasicColumn columns[] = {
      {"wages", "工资福利支出", {"301"}, &FunctionFigures::wages},
      {"household", "对个人和家庭的补助", {"303"}, &FunctionFigures::household},
      {"goods_services", "商品和服务支出", {"302"}, &FunctionFigures::goods_services},
      {"capital", "资本性支出", {"309", "310"}, &FunctionFigures::capital},
  };
  for (const BasicColumn& column : columns) {
    Decimal economic, function;
    for (const EconomicFigures& line : b.economics) {
      for (const std::string& cls : column.classes) {
        if (line.dept_code.compare(0, 3, cls) == 0) AddTo(&economic, line.basic.decimal);
      }
    }
    for (size_t i : rollup.detail_lines) AddTo(&function, (b.functions[i].*column.column).decimal);
    std::string classes = absl::StrJoin(column.classes, " and ");
    JX_RETURN_IF_ERROR(CompareTables(
        finding::kEconomicClassMismatch, economic, AsPrinted(economic), function, "economics",
        absl::StrCat("economic class", column.classes.size() > 1 ? "es " : " ", classes, " (",
                     column.label, "): basic differs from the function table's ", column.name,
                     " column"),
        findings));
  }
  return absl::OkStatus();
}

absl::Status CheckThreePublic(const BudgetFigures& b, Findings* findings) {
  if (!b.has_three_public) return absl::OkStatus();
  Rational items = b.overseas.value() + b.reception.value() + b.vehicle_purchase.value() +
                   b.vehicle_operation.value();
  return CompareReported(finding::kThreePublicSumMismatch, b.three_public_total, items,
                         "three_public",
                         "三公 (three_public): the four items add up to a different figure than "
                         "the total",
                         findings);
}

absl::Status CheckProcurement(const BudgetFigures& b, Findings* findings) {
  for (size_t i = 0; i < b.procurement.size(); ++i) {
    const ProcurementFigures& line = b.procurement[i];
    if (line.unit_price.blank()) continue;  // BUDGETS.md: only when unit_price is given
    JX_RETURN_IF_ERROR(CompareReported(
        finding::kProcurementLineMismatch, line.amount,
        line.quantity.value() * line.unit_price.value(),
        absl::StrCat("procurement[", i, "]: quantity × unit_price"),
        absl::StrCat("procurement line ", i + 1, ": quantity × unit price differs from amount"),
        findings));
  }
  if (b.procurement.empty()) return absl::OkStatus();
  Decimal amounts;
  for (const ProcurementFigures& line : b.procurement) AddTo(&amounts, line.amount.decimal);
  return CompareReported(
      finding::kProcurementSumMismatch, b.procurement_total, amounts.value, "procurement",
      "procurement lines add up to a different figure than procurement_total", findings);
}

absl::Status CheckProjects(const BudgetFigures& b, const FunctionRollup& rollup,
                           Findings* findings) {
  if (b.projects.empty()) return absl::OkStatus();
  Decimal listed = SumOf(b.projects);
  return CompareTables(finding::kProjectsSumMismatch, listed, AsPrinted(listed), rollup.project,
                       "projects",
                       "projects: the listed projects add up to a different figure than project "
                       "expenditure (项目支出)",
                       findings);
}

}  // namespace

absl::Status CheckBudgetTables(const BudgetFigures& budget, const FunctionRollup& rollup,
                               Findings* findings) {
  JX_RETURN_IF_ERROR(CheckIncome(budget, findings));
  JX_RETURN_IF_ERROR(CheckFunctions(budget, rollup, findings));
  JX_RETURN_IF_ERROR(CheckEconomics(budget, rollup, findings));
  JX_RETURN_IF_ERROR(CheckThreePublic(budget, findings));
  JX_RETURN_IF_ERROR(CheckProcurement(budget, findings));
  return CheckProjects(budget, rollup, findings);
}

}  // namespace jixiao
