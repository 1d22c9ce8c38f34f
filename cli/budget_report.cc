#include "cli/budget_report.h"

#include <algorithm>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "cli/table.h"

namespace jixiao::cli {
namespace {

std::string Percent(const std::string& share) { return share.empty() ? "" : share + "%"; }

std::string FunctionTree(const v1::DepartmentBudget& budget,
                         const v1::DepartmentBudgetResult& result) {
  if (result.functions().empty()) return "  (无功能分类表 no function lines)\n";
  absl::flat_hash_map<std::string, std::string> names;  // the first line's name for each code
  for (const v1::FunctionLine& line : budget.functions())
    names.try_emplace(line.code(), line.name());
  Table table({false, false, true, true}, "  ");
  table.AddRow({"功能分类 code", "科目名称 name", "金额 amount", "占比 share"});
  for (const v1::FunctionAmount& f : result.functions()) {
    // 3 digits 类, 5 款, 7 项: two spaces of indent per level.
    std::string indent(f.code().size() > 3 ? f.code().size() - 3 : 0, ' ');
    auto name = names.find(f.code());
    table.AddRow({indent + f.code(), name == names.end() ? "" : name->second, f.amount(),
                  Percent(f.share())});
  }
  return table.Render();
}

std::string KeyMetrics(const v1::DepartmentBudgetResult& result) {
  struct Key {
    const char* label;
    const char* metric;
    const char* share;
  };
  constexpr Key kKeys[] = {
      {"支出合计 total", "total", ""},
      {"收入合计 income_total", "income_total", ""},
      {"基本支出 basic", "basic", "basic_share"},
      {"项目支出 project", "project", "project_share"},
      {"人员经费 personnel (of basic)", "personnel", "personnel_share"},
      {"公用经费 public (of basic)", "public", "public_share"},
      {"\"三公\"经费 three_public", "three_public", ""},
      {"政府采购 procurement_total", "procurement_total", ""},
      {"比上年增长 growth", "growth_amount", "growth_rate"},
  };
  Table table({false, true, true}, "  ");
  for (const Key& key : kKeys) {
    auto metric = result.metrics().find(key.metric);
    if (metric == result.metrics().end()) continue;
    auto share = result.shares().find(key.share);
    table.AddRow(
        {key.label, metric->second, share == result.shares().end() ? "" : Percent(share->second)});
  }
  return table.Render();
}

std::string Findings(const v1::DepartmentBudgetResult& result) {
  if (result.findings().empty()) return "复核发现：无 no findings\n";
  std::string out = absl::StrCat("复核发现 findings (", result.findings_size(), "):\n");
  for (const v1::Finding& f : result.findings()) {
    absl::StrAppend(&out, "  ", v1::Finding::Severity_Name(f.severity()), " ", f.code(), ": ",
                    f.message());
    if (!f.reported().empty() || !f.computed().empty()) {
      absl::StrAppend(&out, " (reported ", f.reported().empty() ? "—" : f.reported(), ", computed ",
                      f.computed().empty() ? "—" : f.computed(), ")");
    }
    absl::StrAppend(&out, "\n");
  }
  return out;
}

}  // namespace

std::string BudgetReport(const v1::DepartmentBudget& budget,
                         const v1::DepartmentBudgetResult& result) {
  std::string unit = budget.unit().empty() ? "元" : budget.unit();
  std::string out = budget.department();
  if (budget.year() != 0) absl::StrAppend(&out, out.empty() ? "" : " ", budget.year(), "年");
  absl::StrAppend(&out, out.empty() ? "" : " ", "部门预算");
  if (!budget.id().empty()) absl::StrAppend(&out, " (", budget.id(), ")");
  absl::StrAppend(&out, "  单位：", unit, "\n\n");
  absl::StrAppend(&out, "支出功能分类 (类 → 款 → 项)\n", FunctionTree(budget, result), "\n");
  absl::StrAppend(&out, "主要指标 key metrics\n", KeyMetrics(result), "\n");
  absl::StrAppend(&out, Findings(result));
  return out;
}

}  // namespace jixiao::cli
