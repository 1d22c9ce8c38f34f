#include "lib/import/csv_funds.h"

#include <algorithm>

#include "absl/algorithm/container.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "jixiao/parse_target.h"
#include "lib/import/form_cells.h"
#include "lib/import/number_text.h"

namespace jixiao {
namespace {

enum FundsColumn { kInitial, kAdjusted, kSpent, kPoints, kRate, kScore, kFundsColumns };
constexpr const char* kColumnNames[] = {"年初预算数", "全年预算数", "全年执行数",
                                        "分值",       "执行率",     "得分"};

struct Named {
  absl::string_view text;
  FundsColumn column;
};
constexpr Named kFundsNames[] = {
    {"年初预算数", kInitial},  {"年初预算", kInitial},      {"全年预算数", kAdjusted},
    {"调整预算数", kAdjusted}, {"调整后预算数", kAdjusted}, {"全年执行数", kSpent},
    {"执行数", kSpent},        {"预算执行数", kSpent},      {"实际执行数", kSpent},
    {"调整后预算", kAdjusted}, {"分值", kPoints},           {"权重", kPoints},
    {"执行率", kRate},         {"预算执行率", kRate},       {"得分", kScore},
};

// A label as compared: folded, no line breaks, no "(万元)".
std::string Label(absl::string_view cell) { return StripLabelDecorations(cell); }

std::optional<FundsColumn> FundsColumnNamed(absl::string_view cell) {
  const std::string label = Label(cell);
  for (const Named& n : kFundsNames) {
    if (label == n.text) return n.column;
  }
  return std::nullopt;
}

// "其中:当年财政拨款", "——上年结转资金", "　　其他资金" → the source's name.
std::string SourceName(absl::string_view cell) {
  std::string label = Label(cell);
  absl::string_view name = label;
  absl::ConsumePrefix(&name, "其中:");
  absl::ConsumePrefix(&name, "其中");
  while (absl::ConsumePrefix(&name, "-") || absl::ConsumePrefix(&name, "·")) {
  }
  return std::string(name);
}

absl::string_view CellAt(const CsvRecord& row, int column) {
  if (column < 0 || static_cast<size_t>(column) >= row.cells.size()) return "";
  return TrimSpaces(row.cells[static_cast<size_t>(column)]);
}

bool IsGoalRow(const CsvRecord& row) {
  return absl::c_any_of(row.cells, [](const std::string& c) { return Label(c) == "年度总体目标"; });
}

// 年度总体目标 | 预期目标 | … | 实际完成情况, then the texts in those columns on the rows below.
void ReadGoal(const std::vector<CsvRecord>& rows, size_t at, v1::Evaluation* evaluation) {
  int expected = -1, actual = -1;
  for (size_t i = 0; i < rows[at].cells.size(); ++i) {
    const std::string label = Label(rows[at].cells[i]);
    if (label == "预期目标" || label == "年度目标") expected = static_cast<int>(i);
    if (label == "实际完成情况" || label == "实际完成") actual = static_cast<int>(i);
  }
  if (expected < 0 || actual <= expected) return;
  std::vector<std::string> wanted, done;
  for (size_t r = at + 1; r < rows.size(); ++r) {
    const CsvRecord& row = rows[r];
    for (int i = expected; i < actual; ++i) {
      if (!CellAt(row, i).empty()) {
        wanted.emplace_back(CellAt(row, i));
        break;
      }
    }
    for (int i = actual; static_cast<size_t>(i) < row.cells.size(); ++i) {
      if (!CellAt(row, i).empty()) {
        done.emplace_back(CellAt(row, i));
        break;
      }
    }
  }
  evaluation->mutable_overall_goal()->set_expected(absl::StrJoin(wanted, "\n"));
  evaluation->mutable_overall_goal()->set_actual(absl::StrJoin(done, "\n"));
}

}  // namespace

std::string AtLine(const CsvRecord& row, absl::string_view what) {
  return absl::StrCat("line ", row.line,
                      row.line != row.row ? absl::StrCat(" (row ", row.row, ")") : std::string(),
                      ": ", what);
}

FundsBlock ReadFundsRows(const std::vector<CsvRecord>& rows, v1::Evaluation* evaluation) {
  FundsBlock block;
  size_t header = 0;
  int column[kFundsColumns];
  for (; header < rows.size(); ++header) {
    std::fill(std::begin(column), std::end(column), -1);
    int amounts = 0;
    for (size_t i = 0; i < rows[header].cells.size(); ++i) {
      auto c = FundsColumnNamed(rows[header].cells[i]);
      if (!c || column[*c] >= 0) continue;
      column[*c] = static_cast<int>(i);
      if (*c <= kSpent) ++amounts;
    }
    if (amounts >= 2) break;
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    if (IsGoalRow(rows[r])) ReadGoal(rows, r, evaluation);
  }
  if (header == rows.size()) return block;
  block.found = true;

  int first_figure = kFundsColumns * 1000;
  for (int c : column) {
    if (c >= 0) first_figure = std::min(first_figure, c);
  }
  v1::BudgetLine* root = nullptr;
  v1::Breakdown* sources = nullptr;
  for (size_t r = header + 1; r < rows.size() && !IsGoalRow(rows[r]); ++r) {
    const CsvRecord& row = rows[r];
    std::string name;
    for (int i = 0; i < first_figure && static_cast<size_t>(i) < row.cells.size(); ++i) {
      if (!IsBlankCell(CellAt(row, i))) {
        name = SourceName(CellAt(row, i));
        break;
      }
    }
    std::optional<std::string> figure[kFundsColumns];
    for (int c = 0; c < kFundsColumns; ++c) {
      absl::string_view cell = CellAt(row, column[c]);
      if (IsBlankCell(cell) || c == kRate) continue;
      auto value = ReadFigure(cell);
      if (!value.ok()) {
        block.errors.push_back(AtLine(
            row, absl::StrCat(kColumnNames[c], " \"", cell, "\" is not a number, like 387664.62")));
        continue;
      }
      figure[c] = *value;
    }
    const bool amounts = figure[kInitial] || figure[kAdjusted] || figure[kSpent];
    if (name.empty() && !amounts && IsBlankCell(CellAt(row, column[kRate]))) continue;
    v1::BudgetLine* line;
    if (root == nullptr) {
      root = evaluation->mutable_budget()->mutable_total();
      line = root;
    } else {
      if (!amounts) continue;  // 上年结转资金 with nothing in it
      if (sources == nullptr) {
        sources = root->add_breakdowns();
        sources->set_dimension("资金来源");
      }
      line = sources->add_lines();
    }
    line->set_name(name);
    if (figure[kInitial]) line->set_initial(*figure[kInitial]);
    if (figure[kAdjusted]) line->set_adjusted(*figure[kAdjusted]);
    if (figure[kSpent]) line->set_spent(*figure[kSpent]);
    if (line != root) continue;

    // The 预算执行率 indicator: its points, rate and score stand on the 年度资金总额 row.
    const absl::string_view rate = CellAt(row, column[kRate]);
    if (!figure[kPoints] && !figure[kScore] && IsBlankCell(rate)) continue;
    v1::Indicator indicator;
    indicator.set_level2("预算执行率");
    indicator.set_name("预算执行率");
    indicator.set_derived_from(v1::EXECUTION_RATE);
    v1::Target* target = indicator.mutable_target();
    target->set_comparator(v1::Target::AT_LEAST);
    target->set_value("100");
    target->set_unit("%");
    target->set_text("100%");
    if (figure[kPoints]) indicator.set_weight(*figure[kPoints]);
    if (figure[kScore]) indicator.set_reported_score(*figure[kScore]);
    if (!IsBlankCell(rate)) {
      auto actual = ParseActual(rate, *target);
      if (actual.ok()) {
        *indicator.mutable_actual() = *actual;
      } else {
        block.errors.push_back(AtLine(row, absl::StrCat("执行率: ", actual.status().message())));
      }
    }
    block.execution = std::move(indicator);
    block.execution_row = &row;
  }
  return block;
}

}  // namespace jixiao
