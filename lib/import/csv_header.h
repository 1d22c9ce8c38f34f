// The header row of an exported self-evaluation form (附表1): which column holds what, matched by
// meaning ("三级指标" or "指标名称", "权重(分)" or "分值") rather than by position.
#ifndef JIXIAO_LIB_IMPORT_CSV_HEADER_H_
#define JIXIAO_LIB_IMPORT_CSV_HEADER_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace jixiao {

enum class FormColumn {
  kLevel1,        // 一级指标, 类别
  kLevel2,        // 二级指标
  kName,          // 三级指标, 指标名称
  kWeight,        // 权重, 分值
  kTarget,        // 目标值, 指标值, 年度指标值
  kActual,        // 业绩值, 实际完成值, 全年实际值
  kScore,         // 评分结果, 自评分, 得分
  kEvidence,      // 数据来源
  kReviewActual,  // 复核业绩值
  kReviewScore,   // 复核得分
  kReviewNote,    // 复核说明
  kUnit,          // 度量单位
  kNote,          // 备注, 未完成原因分析, 偏差原因分析及改进措施
  kComparator,    // 指标性质: the comparator of a target split over columns (≧ | 735 | 人次)
};
inline constexpr int kFormColumnCount = 14;

// The column each FormColumn is in, or -1.
struct FormLayout {
  std::array<int, kFormColumnCount> index;
  FormLayout() { index.fill(-1); }
  int operator[](FormColumn c) const { return index[static_cast<size_t>(c)]; }
  bool has(FormColumn c) const { return (*this)[c] >= 0; }
};

// The column a header cell names, ignoring spaces, line breaks, '*', a trailing ':' and anything
// in parentheses ("权重（分）", "目标值\n(年度)"); nullopt for a cell that names none.
// `rank` (when not null) is 0 for the most specific name: "自评分" beats "得分".
std::optional<FormColumn> ColumnNamed(absl::string_view header, int* rank = nullptr);

// The layout of `cells` when they are a header row: it names at least the indicator (三级指标),
// the target and one of the actual or the score. Otherwise nullopt.
std::optional<FormLayout> MatchHeaderRow(const std::vector<std::string>& cells);

// Adds the columns a second header row names (a merged "复核情况" above "复核业绩值 | 复核得分",
// "绩效指标" above "一级指标 | 二级指标 | 三级指标", "年度指标值" above "指标性质 | 指标值 |
// 度量单位") to `layout` and returns true, when every non-empty cell of `cells` is a header name
// and at least one of them is new. Otherwise leaves `layout` and returns false.
bool MergeSubHeaderRow(const std::vector<std::string>& cells, FormLayout* layout);
// The same, knowing the header row `above`: a column it placed under a less specific name
// ("绩效指标", "年度指标值") moves to the more specific name below ("三级指标", "指标值").
bool MergeSubHeaderRow(const std::vector<std::string>& cells, const std::vector<std::string>& above,
                       FormLayout* layout);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_CSV_HEADER_H_
