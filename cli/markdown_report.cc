#include "cli/markdown_report.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "cli/score_rows.h"

namespace jixiao::cli {
namespace {

// A table cell: "|" would end the cell and a line break the row.
std::string Cell(const std::string& text) {
  return absl::StrReplaceAll(text, {{"|", "\\|"}, {"\r\n", "<br>"}, {"\n", "<br>"}});
}

std::string Bold(const std::string& text) {
  return text.empty() ? text : absl::StrCat("**", text, "**");
}

void AppendRow(std::string* out, const std::vector<std::string>& cells) {
  absl::StrAppend(out, "|");
  for (const std::string& cell : cells) absl::StrAppend(out, " ", Cell(cell), " |");
  absl::StrAppend(out, "\n");
}

const char* SeverityLabel(v1::Finding::Severity severity) {
  switch (severity) {
    case v1::Finding::ERROR:
      return "错误 ERROR";
    case v1::Finding::WARNING:
      return "警告 WARNING";
    default:
      return "提示 INFO";
  }
}

std::string Rate(const std::string& rate) { return rate.empty() ? "—" : absl::StrCat(rate, "%"); }

}  // namespace

std::string MarkdownReport(const v1::Evaluation& evaluation, const v1::EvaluationResult& result) {
  std::string out = absl::StrCat("# ", Cell(result.name().empty() ? result.id() : result.name()));
  if (!result.name().empty() && !result.id().empty()) absl::StrAppend(&out, "（", result.id(), "）");
  std::vector<std::string> about;
  for (const std::string* s : {&evaluation.unit(), &evaluation.authority()}) {
    if (!s->empty()) about.push_back(*s);
  }
  if (evaluation.year() != 0) about.push_back(absl::StrCat(evaluation.year(), "年度"));
  about.push_back(absl::StrCat("评分方案 `", result.scheme(), "`"));
  absl::StrAppend(&out, "\n\n", absl::StrJoin(about, " · "), "\n\n");

  const bool reviewed = !result.review_total().empty();
  std::vector<std::string> header = {"一级指标", "二级指标", "三级指标", "权重",   "目标值",
                                     "业绩值",   "得分率",   "得分",     "自评分", "规则"};
  std::string align = "|---|---|---|--:|---|---|--:|--:|--:|---|";
  if (reviewed) {
    header.push_back("复核得分");
    absl::StrAppend(&align, "--:|");
  }
  AppendRow(&out, header);
  absl::StrAppend(&out, align, "\n");
  std::string last_level1, last_level2;  // a category or group is named on its first row only
  for (const ScoreRow& r : ScoreRows(evaluation, result)) {
    std::vector<std::string> cells;
    std::string reported = r.reported_mismatch ? absl::StrCat("≠", r.reported) : r.reported;
    switch (r.kind) {
      case ScoreRow::Kind::kIndicator:
        cells = {r.level1 == last_level1 ? "" : r.level1,
                 r.level1 == last_level1 && r.level2 == last_level2 ? "" : r.level2,
                 r.name, r.weight, r.target, r.actual, r.factor, r.score, reported, r.rule};
        last_level1 = r.level1;
        last_level2 = r.level2;
        break;
      case ScoreRow::Kind::kGroupSubtotal:
        cells = {"", "", absl::StrCat("（", r.level2.empty() ? "—" : r.level2, " 小计）"), r.weight,
                 "", "", "", r.score, "", ""};
        break;
      case ScoreRow::Kind::kCategoryTotal:
        cells = {r.level1 == last_level1 ? "" : r.level1, "",
                 Bold(absl::StrCat(r.level1, " ", r.name)), Bold(r.weight), "", "", "",
                 Bold(r.score), "", ""};
        last_level1 = r.level1;
        break;
      case ScoreRow::Kind::kTotal:
      case ScoreRow::Kind::kGrade:
        cells = {Bold(r.level1), "", "", Bold(r.weight), "", "", "", Bold(r.score), reported, ""};
        break;
    }
    if (reviewed) cells.push_back(r.review);
    AppendRow(&out, cells);
  }

  absl::StrAppend(&out, "\n**总分 ", result.total(), " / ", result.max_total());
  if (result.max_total() != "100.00" && result.max_total() != "100") {
    absl::StrAppend(&out, "（百分制 ", result.normalized_total(), "）");
  }
  absl::StrAppend(&out, " · 等级 ", result.grade().empty() ? "—" : result.grade(), "**");
  if (!evaluation.reported().grade().empty() || !evaluation.reported().total().empty()) {
    absl::StrAppend(&out, " · 自评：", evaluation.reported().total(), " ",
                    evaluation.reported().grade());
  }
  if (reviewed) {
    absl::StrAppend(&out, " · 复核总分 ", result.review_total(), " 复核等级 ",
                    result.review_grade());
  }
  absl::StrAppend(&out, "\n\n## 绩效目标完成的指标（", result.achieved_size(), "）\n\n",
                  result.achieved().empty() ? "无" : absl::StrJoin(result.achieved(), "、"), "\n");
  absl::StrAppend(&out, "\n## 没有完成绩效目标的指标（", result.unachieved_size(), "）\n\n",
                  result.unachieved().empty() ? "无" : absl::StrJoin(result.unachieved(), "、"),
                  "\n");

  if (result.budget_size() > 0) {
    absl::StrAppend(&out, "\n## 资金\n\n");
    AppendRow(&out, {"资金", "结余", "执行率", "到位率", "支出率"});
    absl::StrAppend(&out, "|---|--:|--:|--:|--:|\n");
    for (const v1::BudgetMetrics& m : result.budget()) {
      AppendRow(&out, {m.path(), m.balance().empty() ? "—" : m.balance(), Rate(m.execution_rate()),
                       Rate(m.arrival_rate()), Rate(m.spending_rate())});
    }
  }

  absl::StrAppend(&out, "\n## 复核发现（", result.findings_size(), "）\n\n");
  if (result.findings().empty()) absl::StrAppend(&out, "无（自评数据与重新计算一致）\n");
  for (const v1::Finding& f : result.findings()) {
    absl::StrAppend(&out, "- **", SeverityLabel(f.severity()), "** `", f.code(), "` ",
                    f.message(), "\n");
  }
  return out;
}

}  // namespace jixiao::cli
