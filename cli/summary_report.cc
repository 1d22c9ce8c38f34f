#include "cli/summary_report.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/table.h"
#include "lib/base/decimal.h"

namespace jixiao::cli {
namespace {

std::string Dash(const std::string& s) { return s.empty() ? "—" : s; }

// "12.34%" of `part` in `whole`, 2 decimals, or "" when whole is 0.
std::string Share(int64_t part, int64_t whole) {
  if (whole == 0) return "";
  return absl::StrCat(RoundAndFormat(Rational(100) * part / whole, 2, Rounding::kHalfUp), "%");
}

// Grades from best to worst as they appear in the bands, then anything else by name.
std::vector<std::string> GradeOrder(const v1::PortfolioSummary& s) {
  static const std::vector<std::string> kKnown = {"优秀", "优", "良好", "良", "中等", "中", "差"};
  std::vector<std::string> order;
  for (const std::string& g : kKnown) {
    if (s.by_grade().count(g)) order.push_back(g);
  }
  std::vector<std::string> others;
  for (const auto& [g, n] : s.by_grade()) {
    if (std::find(kKnown.begin(), kKnown.end(), g) == kKnown.end()) others.push_back(g);
  }
  std::sort(others.begin(), others.end());
  order.insert(order.end(), others.begin(), others.end());
  return order;
}

std::string GradeMix(const v1::PortfolioSummary& s) {
  std::vector<std::string> parts;
  for (const std::string& g : GradeOrder(s)) {
    parts.push_back(absl::StrCat(g.empty() ? "—" : g, " ", s.by_grade().at(g)));
  }
  return absl::StrJoin(parts, " · ");
}

}  // namespace

std::string SummaryReport(const v1::PortfolioSummary& s, const RejectedItems& rejected) {
  std::string out = absl::StrCat("组合概览 portfolio：", s.count(), " 个项目 forms，", s.failed(),
                                 " 个无法评价 rejected\n\n");
  if (rejected.count > 0) {  // which ones, and why: the first few name their line or record
    absl::StrAppend(&out, "无法评价 rejected（", rejected.count, "）：\n");
    for (const std::string& line : rejected.first) absl::StrAppend(&out, "  ", line, "\n");
    const int64_t more = rejected.count - static_cast<int64_t>(rejected.first.size());
    if (more > 0) absl::StrAppend(&out, "  … 另有 ", more, " 个 and ", more, " more\n");
    absl::StrAppend(&out, "\n");
  }
  const int64_t scored = s.count() - s.failed();
  Table grades({false, true, true, true});
  grades.AddRow({"等级 grade", "项目数 forms", "占比 share", "预算数 budget"});
  for (const std::string& g : GradeOrder(s)) {
    auto planned = s.planned_by_grade().find(g);
    grades.AddRow({g.empty() ? "—" : g, absl::StrCat(s.by_grade().at(g)),
                   Share(s.by_grade().at(g), scored),
                   planned == s.planned_by_grade().end() ? "—" : planned->second});
  }
  absl::StrAppend(&out, grades.Render(), "\n");
  absl::StrAppend(&out, "得分 normalized total：平均 mean ", Dash(s.mean_normalized_total()),
                  "  最低 min ", Dash(s.min_normalized_total()), "  最高 max ",
                  Dash(s.max_normalized_total()), "\n");
  absl::StrAppend(&out, "资金 budget：年初预算 initial ", s.budget_initial(), "  预算数 planned ",
                  s.budget_planned(), "  执行数 spent ", s.budget_spent(), "  执行率 rate ",
                  s.execution_rate().empty() ? "—" : absl::StrCat(s.execution_rate(), "%"), "\n");

  if (!s.findings_by_code().empty()) {
    std::vector<std::pair<int64_t, std::string>> codes;
    for (const auto& [code, n] : s.findings_by_code()) codes.emplace_back(-n, code);
    std::sort(codes.begin(), codes.end());
    Table findings({false, true}, "  ");
    for (const auto& [n, code] : codes) findings.AddRow({code, absl::StrCat(-n)});
    absl::StrAppend(&out, "\n复核发现 findings by code：\n", findings.Render());
  }

  if (!s.by_authority().empty()) {
    Table authorities({false, true, true, true, false, true});
    authorities.AddRow({"主管部门 authority", "项目 forms", "无法评价 rejected", "平均分 mean",
                        "等级 grades", "执行率 rate"});
    for (const v1::PortfolioSummary& a : s.by_authority()) {
      authorities.AddRow(
          {a.authority().empty() ? "（未填 none）" : a.authority(), absl::StrCat(a.count()),
           absl::StrCat(a.failed()), Dash(a.mean_normalized_total()), GradeMix(a),
           a.execution_rate().empty() ? "—" : absl::StrCat(a.execution_rate(), "%")});
    }
    absl::StrAppend(&out, "\n", authorities.Render());
  }
  return out;
}

}  // namespace jixiao::cli
