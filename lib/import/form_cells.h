// What the other cells of an exported form mean: points ("2分"), category and group labels with
// their points and numbering ("一、投入目标(26分)"), and the summary rows (小计, 合计, 总分).
#ifndef JIXIAO_LIB_IMPORT_FORM_CELLS_H_
#define JIXIAO_LIB_IMPORT_FORM_CELLS_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace jixiao {

// A figure as the core takes it: "2分" → "2", "１.８２" → "1.82", "96,534,608" → "96534608",
// "-1" → "-1". Anything else is an InvalidArgument error quoting the cell.
absl::StatusOr<std::string> ReadFigure(absl::string_view cell);

// A category or group label without its points or numbering, spaces trimmed:
// "投入目标(26分)" → "投入目标", "一、产出指标（50分）" → "产出指标", "(二)质量指标" → "质量指标".
std::string StripLabelDecorations(absl::string_view cell);

// The points a label states: "产出指标（40分）" and "满意度指标\n（10分）" → "40", "10"; nullopt
// when it states none.
std::optional<std::string> LabelPoints(absl::string_view cell);

// An indicator name without the template's numbering: "指标1工程资金金额" → "工程资金金额",
// "指标2：" → "" (a placeholder). Other names are returned trimmed.
std::string IndicatorName(absl::string_view cell);

// A name the national template prints in an empty row: "指标2", "指标1：", "……", "/".
bool IsPlaceholderName(absl::string_view cell);

// Cells that say "nothing here": empty, or only dashes and slashes ("—", "-", "/", "／").
bool IsBlankCell(absl::string_view cell);

enum class SummaryKind { kNone, kSubtotal, kTotal };

// Whether a label cell marks a summary row: "小计" and "X小计" are subtotals; "合计", "总计",
// "X合计", "总分", "总得分", "自评总分" are totals. `*label` gets X ("" when there is none), for
// the caller to tell a category's "产出指标合计" from the form's total.
SummaryKind SummaryOf(absl::string_view cell, std::string* label);

// The value of a grade row ("自评等级 | 优秀"): true when `label` names one (等级, 自评等级,
// 评价等级, 绩效等级).
bool IsGradeLabel(absl::string_view label);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_FORM_CELLS_H_
