// The scored table (附表1) as rows of cells in the form's order, shared by the markdown and CSV
// reports: indicators by category and group, group subtotals, category totals, total and grade.
#ifndef JIXIAO_CLI_SCORE_ROWS_H_
#define JIXIAO_CLI_SCORE_ROWS_H_

#include <string>
#include <vector>

#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao::cli {

struct ScoreRow {
  enum class Kind { kIndicator, kGroupSubtotal, kCategoryTotal, kTotal, kGrade };
  Kind kind = Kind::kIndicator;
  // The form's columns: 一级指标 二级指标 三级指标 权重 目标值 业绩值 得分率 得分 自评分 规则 复核得分.
  std::string level1, level2, name, weight, target, actual, factor, score, reported, rule, review;
  bool reported_mismatch = false;  // the form's own figure disagrees with jixiao's (a finding)
};

// `result` must come from Evaluate(`evaluation`): indicators are matched by position. Rows come
// category by category: its indicators, then (with more than one group) each group's subtotal
// right after the group, then the category total; the total and grade rows come last.
std::vector<ScoreRow> ScoreRows(const v1::Evaluation& evaluation,
                                const v1::EvaluationResult& result);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_SCORE_ROWS_H_
