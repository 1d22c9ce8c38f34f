// The funds block (项目资金: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分) and the
// 年度总体目标 rows that the national template (财预〔2020〕10号 项目支出绩效自评表) prints above
// its indicator table (docs/IMPORT.md).
#ifndef JIXIAO_LIB_IMPORT_CSV_FUNDS_H_
#define JIXIAO_LIB_IMPORT_CSV_FUNDS_H_

#include <optional>
#include <string>
#include <vector>

#include "jixiao/v1/evaluation.pb.h"
#include "lib/import/csv_reader.h"

namespace jixiao {

struct FundsBlock {
  bool found = false;  // a row naming 年初预算数 / 全年预算数 / 全年执行数
  // The 预算执行率 indicator of the 年度资金总额 row (分值 → weight, 执行率 → actual, 得分 →
  // reported_score), without id or level1; nullopt when the row gives none of them.
  std::optional<v1::Indicator> execution;
  const CsvRecord* execution_row = nullptr;
  std::vector<std::string> errors;  // "line N: …", as the indicator rows report them
};

// Reads the funds block of `rows` (the rows above the indicator header) into
// evaluation->budget (年度资金总额 the root line; 本年财政拨款, 上年结转资金, 其他资金 its 资金来源
// lines, those without figures left out) and 年度总体目标 into evaluation->overall_goal.
FundsBlock ReadFundsRows(const std::vector<CsvRecord>& rows, v1::Evaluation* evaluation);

// "line 7: what", or "line 7 (row 6): what" when a line break in a cell makes them differ.
std::string AtLine(const CsvRecord& row, absl::string_view what);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_CSV_FUNDS_H_
