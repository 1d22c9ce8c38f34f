#include "cli/csv_report.h"

#include <initializer_list>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "cli/score_rows.h"

namespace jixiao::cli {
namespace {

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  return absl::StrCat("\"", absl::StrReplaceAll(field, {{"\"", "\"\""}}), "\"");
}

void AppendRecord(std::string* out, std::initializer_list<const std::string*> fields) {
  bool first = true;
  for (const std::string* field : fields) {
    if (!first) out->push_back(',');
    absl::StrAppend(out, CsvField(*field));
    first = false;
  }
  absl::StrAppend(out, "\r\n");
}

}  // namespace

std::string CsvReport(const v1::Evaluation& evaluation, const v1::EvaluationResult& result) {
  std::string out = "\xEF\xBB\xBF"
                    "一级指标,二级指标,三级指标,权重,目标值,业绩值,得分率,得分,自评分,规则,复核得分\r\n";
  std::vector<ScoreRow> rows = ScoreRows(evaluation, result);
  // Indicators first so a spreadsheet can sort and filter them; the totals follow.
  for (bool totals : {false, true}) {
    for (const ScoreRow& r : rows) {
      if (r.kind == ScoreRow::Kind::kGroupSubtotal) continue;
      if ((r.kind != ScoreRow::Kind::kIndicator) != totals) continue;
      AppendRecord(&out, {&r.level1, &r.level2, &r.name, &r.weight, &r.target, &r.actual,
                          &r.factor, &r.score, &r.reported, &r.rule, &r.review});
    }
  }
  return out;
}

}  // namespace jixiao::cli
