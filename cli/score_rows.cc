#include "cli/score_rows.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "cli/text_report.h"

namespace jixiao::cli {
namespace {

ScoreRow Row(ScoreRow::Kind kind, std::string level1, std::string weight, std::string score) {
  ScoreRow row;
  row.kind = kind;
  row.level1 = std::move(level1);
  row.weight = std::move(weight);
  row.score = std::move(score);
  return row;
}

}  // namespace

std::vector<ScoreRow> ScoreRows(const v1::Evaluation& evaluation,
                                const v1::EvaluationResult& result) {
  absl::flat_hash_set<std::string> mismatched;  // ids of indicators whose reported score differs
  bool total_mismatch = false, grade_mismatch = false;
  for (const v1::Finding& f : result.findings()) {
    if (f.code() == "SCORE_MISMATCH") mismatched.insert(f.indicator_id());
    total_mismatch |= f.code() == "TOTAL_MISMATCH";
    grade_mismatch |= f.code() == "GRADE_MISMATCH";
  }
  std::vector<ScoreRow> rows;
  for (const v1::CategoryScore& category : result.categories()) {
    for (const v1::GroupScore& group : category.groups()) {
      for (int i = 0; i < result.indicators_size(); ++i) {
        const v1::IndicatorScore& scored = result.indicators(i);
        if (scored.level1() != category.name() || scored.level2() != group.name()) continue;
        const v1::Indicator& in = evaluation.indicators(i);
        ScoreRow row = Row(ScoreRow::Kind::kIndicator, scored.level1(), scored.weight(),
                           scored.score());
        row.level2 = scored.level2();
        row.name = scored.name();
        row.target = DescribeTarget(in.target());
        row.actual = DescribeActual(in.actual(), in.target(), in.rule());
        row.factor = absl::StrCat(scored.factor(), "%");
        row.reported = in.reported_score();
        row.rule = scored.rule();
        row.review = scored.review_score();
        row.reported_mismatch = mismatched.contains(scored.id());
        rows.push_back(std::move(row));
      }
      if (category.groups_size() > 1) {
        ScoreRow subtotal =
            Row(ScoreRow::Kind::kGroupSubtotal, category.name(), group.weight(), group.score());
        subtotal.level2 = group.name();
        subtotal.name = "小计";
        rows.push_back(std::move(subtotal));
      }
    }
    ScoreRow total =
        Row(ScoreRow::Kind::kCategoryTotal, category.name(), category.weight(), category.score());
    total.name = absl::StrCat("合计（满分 ", category.points(), "）");
    rows.push_back(std::move(total));
  }
  ScoreRow total = Row(ScoreRow::Kind::kTotal, "总分", result.max_total(), result.total());
  total.reported = evaluation.reported().total();
  total.review = result.review_total();
  total.reported_mismatch = total_mismatch;
  rows.push_back(std::move(total));
  ScoreRow grade = Row(ScoreRow::Kind::kGrade, "等级", "", result.grade());
  grade.reported = evaluation.reported().grade();
  grade.review = result.review_grade();
  grade.reported_mismatch = grade_mismatch;
  rows.push_back(std::move(grade));
  return rows;
}

}  // namespace jixiao::cli
