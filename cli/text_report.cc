#include "cli/text_report.h"

#include <algorithm>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/table.h"

namespace jixiao::cli {
namespace {

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

}  // namespace

std::string DescribeTarget(const v1::Target& target) {
  const std::string unit = target.unit();
  switch (target.comparator()) {
    case v1::Target::AT_LEAST:
      return absl::StrCat("≥", target.value(), unit);
    case v1::Target::AT_MOST:
      return absl::StrCat("≤", target.value(), unit);
    case v1::Target::EQUAL:
      return absl::StrCat("=", target.value(), unit);
    case v1::Target::BETWEEN:
      return absl::StrCat(target.value(), "–", target.upper(), unit);
    case v1::Target::QUALITATIVE:
      return target.text();
    default:
      return target.value().empty() ? target.text() : absl::StrCat("≥", target.value(), unit);
  }
}

std::string DescribeActual(const v1::Actual& actual, const v1::Target& target,
                           const v1::Rule& rule) {
  switch (actual.value_case()) {
    case v1::Actual::kNumber:
      return absl::StrCat(actual.number(), target.unit());
    case v1::Actual::kGrade:
      return actual.grade();
    case v1::Actual::kFactor:
      if (absl::StrContains(actual.text(), actual.factor())) return actual.text();  // "66%"
      return actual.text().empty() ? absl::StrCat(actual.factor(), "%")
                                   : absl::StrCat(actual.text(), " ", actual.factor(), "%");
    case v1::Actual::kElements:
      if (rule.has_checklist()) {  // "要素 2/3": how many of the checklist's elements
        return absl::StrCat("要素 ", actual.elements().satisfied_size(), "/",
                            rule.checklist().elements_size());
      }
      return absl::StrCat("要素 ", absl::StrJoin(actual.elements().satisfied(), "、"));
    case v1::Actual::kAchieved:
      return actual.achieved() ? "完成" : "未完成";
    case v1::Actual::VALUE_NOT_SET:
      break;
  }
  return actual.text().empty() ? "—" : actual.text();
}

std::string TextReport(const v1::Evaluation& evaluation, const v1::EvaluationResult& result) {
  std::string out;
  absl::StrAppend(&out, result.name().empty() ? result.id() : result.name());
  if (!result.name().empty() && !result.id().empty())
    absl::StrAppend(&out, "（", result.id(), "）");
  absl::StrAppend(&out, "\n");
  std::vector<std::string> about;
  for (const std::string* s : {&evaluation.unit(), &evaluation.authority()}) {
    if (!s->empty() && (about.empty() || about.back() != *s)) about.push_back(*s);  // 单位 = 主管部门
  }
  if (evaluation.year() != 0) about.push_back(absl::StrCat(evaluation.year(), "年度"));
  about.push_back(absl::StrCat("评分方案 ", result.scheme()));
  absl::StrAppend(&out, absl::StrJoin(about, " · "), "\n\n");

  absl::flat_hash_set<std::string> mismatched;  // indicators whose reported score disagrees
  for (const v1::Finding& f : result.findings()) {
    if (f.code() == "SCORE_MISMATCH") mismatched.insert(f.indicator_id());
  }
  bool reviewed = !result.review_total().empty();
  std::vector<bool> right = {false, false, false, true, false, false, true, true, true, false};
  std::vector<std::string> header = {"一级指标", "二级指标", "三级指标", "权重",   "目标值",
                                     "业绩值",   "得分率",   "得分",     "自评分", "规则"};
  if (reviewed) {
    right.push_back(true);
    header.push_back("复核得分");
  }
  Table table(right);
  table.AddRow(header);
  table.AddRule();
  for (const v1::CategoryScore& category : result.categories()) {
    bool first_in_category = true;
    for (const v1::GroupScore& group : category.groups()) {
      bool first_in_group = true;
      for (int i = 0; i < result.indicators_size(); ++i) {
        const v1::IndicatorScore& scored = result.indicators(i);
        if (scored.level1() != category.name() || scored.level2() != group.name()) continue;
        const v1::Indicator& in = evaluation.indicators(i);
        std::string reported = in.reported_score();
        if (mismatched.contains(scored.id())) reported = absl::StrCat("≠", reported);
        std::vector<std::string> row = {first_in_category ? category.name() : "",
                                        first_in_group ? group.name() : "",
                                        scored.name(),
                                        scored.weight(),
                                        DescribeTarget(in.target()),
                                        DescribeActual(in.actual(), in.target(), in.rule()),
                                        absl::StrCat(scored.factor(), "%"),
                                        scored.score(),
                                        reported,
                                        scored.rule()};
        if (reviewed) row.push_back(scored.review_score());
        table.AddRow(std::move(row));
        first_in_category = first_in_group = false;
      }
      if (category.groups_size() > 1) {
        table.AddRow({"", "",
                      absl::StrCat("（", group.name().empty() ? "—" : group.name(), " 小计）"),
                      group.weight(), "", "", "", group.score()});
      }
    }
    table.AddRow({first_in_category ? category.name() : "", "",
                  absl::StrCat("【", category.name(), " 合计，满分 ", category.points(), "】"),
                  category.weight(), "", "", "", category.score()});
    table.AddRule();
  }
  table.AddRow({"总分", "", "", result.max_total(), "", "", "", result.total(),
                evaluation.reported().total()});
  absl::StrAppend(&out, table.Render(), "\n");

  absl::StrAppend(&out, "总分 ", result.total(), " / ", result.max_total());
  if (result.max_total() != "100.00" && result.max_total() != "100") {
    absl::StrAppend(&out, "（百分制 ", result.normalized_total(), "）");
  }
  absl::StrAppend(&out, "  等级 ", result.grade().empty() ? "—" : result.grade());
  if (!evaluation.reported().grade().empty() || !evaluation.reported().total().empty()) {
    absl::StrAppend(&out, "    自评：", evaluation.reported().total(), " ",
                    evaluation.reported().grade());
  }
  absl::StrAppend(&out, "\n");
  if (reviewed) {
    absl::StrAppend(&out, "复核总分 ", result.review_total(), "  复核等级 ", result.review_grade(),
                    "\n");
  }
  absl::StrAppend(&out, "\n绩效目标完成的指标（", result.achieved_size(), "）：",
                  result.achieved().empty() ? "无" : absl::StrJoin(result.achieved(), "、"), "\n");
  absl::StrAppend(&out, "没有完成绩效目标的指标（", result.unachieved_size(), "）：",
                  result.unachieved().empty() ? "无" : absl::StrJoin(result.unachieved(), "、"),
                  "\n");

  if (result.budget_size() > 0) {
    Table budget({false, true, true, true, true});
    budget.AddRow({"资金", "结余", "执行率", "到位率", "支出率"});
    auto rate = [](const std::string& r) {
      return r.empty() ? std::string("—") : absl::StrCat(r, "%");
    };
    for (const v1::BudgetMetrics& m : result.budget()) {
      budget.AddRow({m.path(), m.balance().empty() ? "—" : m.balance(), rate(m.execution_rate()),
                     rate(m.arrival_rate()), rate(m.spending_rate())});
    }
    absl::StrAppend(&out, "\n", budget.Render());
  }

  if (result.findings().empty()) {
    absl::StrAppend(&out, "\n复核发现：无（自评数据与重新计算一致）\n");
  } else {
    absl::StrAppend(&out, "\n复核发现（", result.findings_size(), "）：\n");
    for (const v1::Finding& f : result.findings()) {
      absl::StrAppend(&out, "  [", SeverityLabel(f.severity()), "] ", f.code(), "  ", f.message(),
                      "\n");
    }
  }
  return out;
}

}  // namespace jixiao::cli
