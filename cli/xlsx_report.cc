#include "cli/xlsx_report.h"

#include <xlsxwriter.h>

#include <cstdlib>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "cli/text_report.h"

namespace jixiao::cli {
namespace {

using Row = lxw_row_t;
using Col = lxw_col_t;

// The cell formats of the workbook, created once.
struct Formats {
  explicit Formats(lxw_workbook* book) {
    header = Add(book, /*bold=*/true, nullptr);
    format_set_bg_color(header, 0xDDEBF7);
    text = Add(book, false, nullptr);
    label = Add(book, false, nullptr);
    format_set_align(label, LXW_ALIGN_VERTICAL_CENTER);
    points = Add(book, false, "0.00");
    percent = Add(book, false, "0.00\"%\"");  // the factor stays in percent units: 99.48 → 99.48%
    as_written = Add(book, false, "General");
    mismatch = Add(book, false, "General");
    format_set_font_color(mismatch, LXW_COLOR_RED);
    sum_label = Add(book, true, nullptr);
    sum_points = Add(book, true, "0.00");
  }
  static lxw_format* Add(lxw_workbook* book, bool bold, const char* number_format) {
    lxw_format* f = workbook_add_format(book);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_text_wrap(f);
    if (bold) format_set_bold(f);
    if (number_format != nullptr) format_set_num_format(f, number_format);
    return f;
  }
  lxw_format *header, *text, *label, *points, *percent, *as_written, *mismatch, *sum_label,
      *sum_points;
};

// Writes exact decimal strings as numbers. The cell value is for display and for the reader's own
// sums in Excel only: it is converted with strtod here and never read back into a figure.
class Sheet {
 public:
  Sheet(lxw_worksheet* sheet, const Formats& formats) : sheet_(sheet), f_(formats) {}

  void Text(Row r, Col c, const std::string& s, lxw_format* format = nullptr) {
    worksheet_write_string(sheet_, r, c, s.c_str(), format ? format : f_.text);
  }
  // A figure as a number, or as the text it is ("优秀", ""). Figures here were checked as exact
  // decimals by Evaluate, so strtod reads all of them.
  void Figure(Row r, Col c, const std::string& s, lxw_format* format) {
    char* end = nullptr;
    const double value = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size()) return Text(r, c, s, format);
    worksheet_write_number(sheet_, r, c, value, format);
  }
  // A label over rows [first, last] of column c, merged when it spans more than one row.
  void Span(Row first, Row last, Col c, const std::string& s) {
    if (last > first) {
      worksheet_merge_range(sheet_, first, c, last, c, s.c_str(), f_.label);
    } else {
      Text(first, c, s, f_.label);
    }
  }
  lxw_worksheet* get() { return sheet_; }

 private:
  lxw_worksheet* sheet_;
  const Formats& f_;
};

const char* SeverityName(v1::Finding::Severity severity) {
  switch (severity) {
    case v1::Finding::ERROR:
      return "错误";
    case v1::Finding::WARNING:
      return "警告";
    default:
      return "提示";
  }
}

// A target as the form wrote it when its wording was kept (an imported form); else as the contract
// reads. Actuals always as the contract reads: their text may be a remark ("合同备案不全").
std::string TargetCell(const v1::Target& target) {
  return target.text().empty() ? DescribeTarget(target) : target.text();
}

void WriteForm(Sheet& sheet, const Formats& f, const v1::Evaluation& evaluation,
               const v1::EvaluationResult& result) {
  const bool reviewed = !result.review_total().empty();
  std::vector<std::string> header = {"一级指标", "二级指标", "三级指标", "权重",  "目标值",
                                     "业绩值",   "得分率",   "得分",     "自评分"};
  if (reviewed) {
    header.push_back("复核业绩值");
    header.push_back("复核得分");
  }
  const std::vector<double> widths = {16, 12, 26, 8, 16, 16, 10, 8, 8, 14, 10};
  for (Col c = 0; c < header.size(); ++c) {
    worksheet_set_column(sheet.get(), c, c, widths[c], nullptr);
  }
  const Col last_col = static_cast<Col>(header.size() - 1);
  const std::string title = result.name().empty() ? result.id() : result.name();
  worksheet_merge_range(
      sheet.get(), 0, 0, 0, last_col,
      absl::StrCat(title, "　绩效自评表（评分方案 ", result.scheme(), "）").c_str(), f.sum_label);
  for (Col c = 0; c < header.size(); ++c) sheet.Text(1, c, header[c], f.header);
  worksheet_freeze_panes(sheet.get(), 2, 0);

  absl::flat_hash_set<std::string> mismatched;  // indicators whose reported score disagrees
  bool total_mismatch = false;
  for (const v1::Finding& finding : result.findings()) {
    if (finding.code() == "SCORE_MISMATCH") mismatched.insert(finding.indicator_id());
    total_mismatch = total_mismatch || finding.code() == "TOTAL_MISMATCH";
  }
  Row r = 2;
  for (const v1::CategoryScore& category : result.categories()) {
    const Row category_first = r;
    for (const v1::GroupScore& group : category.groups()) {
      const Row group_first = r;
      for (int i = 0; i < result.indicators_size(); ++i) {
        const v1::IndicatorScore& scored = result.indicators(i);
        if (scored.level1() != category.name() || scored.level2() != group.name()) continue;
        const v1::Indicator& in = evaluation.indicators(i);
        sheet.Text(r, 2, scored.name());
        sheet.Figure(r, 3, scored.weight(), f.points);
        sheet.Text(r, 4, TargetCell(in.target()));
        sheet.Text(r, 5, DescribeActual(in.actual(), in.target(), in.rule()));
        sheet.Figure(r, 6, scored.factor(), f.percent);
        sheet.Figure(r, 7, scored.score(), f.points);
        sheet.Figure(r, 8, in.reported_score(),
                     mismatched.contains(scored.id()) ? f.mismatch : f.as_written);
        if (reviewed) {
          sheet.Text(r, 9,
                     in.review().has_actual()
                         ? DescribeActual(in.review().actual(), in.target(), in.rule())
                         : "");
          sheet.Figure(r, 10, scored.review_score(), f.points);
        }
        ++r;
      }
      if (r > group_first) sheet.Span(group_first, r - 1, 1, group.name());
    }
    if (r > category_first) sheet.Span(category_first, r - 1, 0, category.name());
    sheet.Text(r, 0, "", f.sum_label);
    sheet.Text(r, 1, "", f.sum_label);
    sheet.Text(r, 2, absl::StrCat(category.name(), " 小计（满分 ", category.points(), "）"),
               f.sum_label);
    sheet.Figure(r, 3, category.weight(), f.sum_points);
    sheet.Figure(r, 7, category.score(), f.sum_points);
    const auto& reported = evaluation.reported().categories();
    if (auto it = reported.find(category.name()); it != reported.end()) {
      sheet.Figure(r, 8, it->second, f.as_written);
    }
    ++r;
  }
  worksheet_merge_range(sheet.get(), r, 0, r, 2, "总分", f.sum_label);
  sheet.Figure(r, 3, result.max_total(), f.sum_points);
  sheet.Figure(r, 7, result.total(), f.sum_points);
  sheet.Figure(r, 8, evaluation.reported().total(), total_mismatch ? f.mismatch : f.as_written);
  if (reviewed) sheet.Figure(r, 10, result.review_total(), f.sum_points);
  ++r;
  worksheet_merge_range(sheet.get(), r, 0, r, 2, "等级", f.sum_label);
  sheet.Text(r, 7, result.grade(), f.sum_label);
  sheet.Text(r, 8, evaluation.reported().grade());
  if (reviewed) sheet.Text(r, 10, result.review_grade(), f.sum_label);
}

void WriteFindings(Sheet& sheet, const Formats& f, const v1::EvaluationResult& result) {
  const std::vector<std::string> header = {"级别", "代码", "指标", "说明", "自评值", "计算值"};
  const std::vector<double> widths = {8, 26, 24, 70, 10, 10};
  for (Col c = 0; c < header.size(); ++c) {
    worksheet_set_column(sheet.get(), c, c, widths[c], nullptr);
    sheet.Text(0, c, header[c], f.header);
  }
  worksheet_freeze_panes(sheet.get(), 1, 0);
  absl::flat_hash_map<std::string, std::string> names;
  for (const v1::IndicatorScore& scored : result.indicators()) names[scored.id()] = scored.name();
  Row r = 1;
  for (const v1::Finding& finding : result.findings()) {
    sheet.Text(r, 0, SeverityName(finding.severity()));
    sheet.Text(r, 1, finding.code());
    sheet.Text(r, 2,
               finding.indicator_id().empty()
                   ? ""
                   : absl::StrCat(finding.indicator_id(), " ", names[finding.indicator_id()]));
    sheet.Text(r, 3, finding.message());
    sheet.Figure(r, 4, finding.reported(), f.as_written);
    sheet.Figure(r, 5, finding.computed(), f.as_written);
    ++r;
  }
  if (result.findings().empty()) sheet.Text(1, 3, "无（自评数据与重新计算一致）");
}

}  // namespace

absl::Status WriteXlsxReport(const std::string& path, const v1::Evaluation& evaluation,
                             const v1::EvaluationResult& result) {
  lxw_workbook* book = workbook_new(path.c_str());
  if (book == nullptr) return absl::UnavailableError(absl::StrCat("cannot create ", path));
  Formats formats(book);
  Sheet form(workbook_add_worksheet(book, "自评表"), formats);
  WriteForm(form, formats, evaluation, result);
  Sheet findings(workbook_add_worksheet(book, "复核发现"), formats);
  WriteFindings(findings, formats, result);
  const lxw_error error = workbook_close(book);  // writes the file and frees the workbook
  if (error != LXW_NO_ERROR) {
    return absl::UnavailableError(absl::StrCat("cannot write ", path, ": ", lxw_strerror(error)));
  }
  return absl::OkStatus();
}

}  // namespace jixiao::cli
