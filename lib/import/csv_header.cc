#include "lib/import/csv_header.h"

#include <utility>

#include "absl/strings/strip.h"
#include "lib/import/number_text.h"

namespace jixiao {
namespace {

struct HeaderName {
  absl::string_view text;
  FormColumn column;
};

// Names in the order of preference within a column: the first is rank 0.
constexpr HeaderName kNames[] = {
    {"一级指标", FormColumn::kLevel1},
    {"一级指标名称", FormColumn::kLevel1},
    {"类别", FormColumn::kLevel1},
    {"指标类别", FormColumn::kLevel1},
    {"二级指标", FormColumn::kLevel2},
    {"二级指标名称", FormColumn::kLevel2},
    {"三级指标", FormColumn::kName},
    {"三级指标名称", FormColumn::kName},
    {"指标名称", FormColumn::kName},
    {"绩效指标", FormColumn::kName},
    {"具体指标", FormColumn::kName},
    {"权重", FormColumn::kWeight},
    {"分值", FormColumn::kWeight},
    {"指标分值", FormColumn::kWeight},
    {"指标权重", FormColumn::kWeight},
    {"标准分值", FormColumn::kWeight},
    {"目标值", FormColumn::kTarget},
    {"指标值", FormColumn::kTarget},
    {"年度指标值", FormColumn::kTarget},
    {"年度目标值", FormColumn::kTarget},
    {"全年目标值", FormColumn::kTarget},
    {"绩效目标值", FormColumn::kTarget},
    {"预期目标值", FormColumn::kTarget},
    {"计划目标值", FormColumn::kTarget},
    {"业绩值", FormColumn::kActual},
    {"实际完成值", FormColumn::kActual},
    {"全年实际值", FormColumn::kActual},
    {"全年实际完成值", FormColumn::kActual},
    {"年度实际完成值", FormColumn::kActual},
    {"实际值", FormColumn::kActual},
    {"完成值", FormColumn::kActual},
    {"实际完成情况", FormColumn::kActual},
    {"评分结果", FormColumn::kScore},
    {"自评分", FormColumn::kScore},
    {"自评得分", FormColumn::kScore},
    {"得分", FormColumn::kScore},
    {"评分", FormColumn::kScore},
    {"数据来源", FormColumn::kEvidence},
    {"数据来源及支持材料", FormColumn::kEvidence},
    {"支持材料", FormColumn::kEvidence},
    {"佐证材料", FormColumn::kEvidence},
    {"复核业绩值", FormColumn::kReviewActual},
    {"复核得分", FormColumn::kReviewScore},
    {"复核说明", FormColumn::kReviewNote},
    {"复核意见", FormColumn::kReviewNote},
    {"度量单位", FormColumn::kUnit},
    {"计量单位", FormColumn::kUnit},
    {"单位", FormColumn::kUnit},
    {"备注", FormColumn::kNote},
    {"未完成原因分析", FormColumn::kNote},
    {"偏差原因分析", FormColumn::kNote},
    {"未完成原因及改进措施", FormColumn::kNote},
    {"偏差原因分析及改进措施", FormColumn::kNote},
    {"偏差原因", FormColumn::kNote},
    {"指标性质", FormColumn::kComparator},
};

// "权重（分）" → "权重", " 目标值\n(年度) " → "目标值", "*三级指标：" → "三级指标".
std::string Normalize(absl::string_view header) {
  auto folded = FoldForParsing(header);
  if (!folded.ok()) return "";
  std::string out;
  int depth = 0;  // inside parentheses
  for (char c : *folded) {
    if (c == '(' || c == '[') {
      ++depth;
    } else if ((c == ')' || c == ']') && depth > 0) {
      --depth;
    } else if (depth == 0 && c != '*' && c != '\n' && c != '\r') {
      out.push_back(c);
    }
  }
  absl::string_view trimmed = out;
  absl::ConsumeSuffix(&trimmed, ":");
  return std::string(trimmed);
}

}  // namespace

std::optional<FormColumn> ColumnNamed(absl::string_view header, int* rank) {
  const std::string name = Normalize(header);
  int position[kFormColumnCount] = {};  // names seen so far per column
  for (const HeaderName& known : kNames) {
    int& seen = position[static_cast<int>(known.column)];
    if (known.text == name) {
      if (rank != nullptr) *rank = seen;
      return known.column;
    }
    ++seen;
  }
  return std::nullopt;
}

std::optional<FormLayout> MatchHeaderRow(const std::vector<std::string>& cells) {
  FormLayout layout;
  std::array<int, kFormColumnCount> best_rank;
  best_rank.fill(kFormColumnCount * 100);
  for (size_t i = 0; i < cells.size(); ++i) {
    int rank = 0;
    auto column = ColumnNamed(cells[i], &rank);
    if (!column) continue;
    const auto c = static_cast<size_t>(*column);
    if (rank < best_rank[c]) {  // the first of equally good names wins
      best_rank[c] = rank;
      layout.index[c] = static_cast<int>(i);
    }
  }
  const bool enough = layout.has(FormColumn::kName) && layout.has(FormColumn::kTarget) &&
                      (layout.has(FormColumn::kActual) || layout.has(FormColumn::kScore));
  return enough ? std::optional<FormLayout>(layout) : std::nullopt;
}

bool MergeSubHeaderRow(const std::vector<std::string>& cells, FormLayout* layout) {
  return MergeSubHeaderRow(cells, {}, layout);
}

bool MergeSubHeaderRow(const std::vector<std::string>& cells, const std::vector<std::string>& above,
                       FormLayout* layout) {
  FormLayout merged = *layout;
  bool added = false;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (TrimSpaces(cells[i]).empty()) continue;
    int rank = 0;
    auto column = ColumnNamed(cells[i], &rank);
    if (!column) return false;  // a data row, not a second header row
    const int placed = merged[*column];
    int placed_rank = rank;  // the name the row above gave this column, if any
    if (placed >= 0 && static_cast<size_t>(placed) < above.size()) {
      ColumnNamed(above[static_cast<size_t>(placed)], &placed_rank);
    }
    // New, or more specific than a merged cell above: 三级指标 under 绩效指标, 指标值 under
    // 年度指标值.
    if (placed < 0 || (placed != static_cast<int>(i) && rank < placed_rank)) {
      merged.index[static_cast<size_t>(*column)] = static_cast<int>(i);
      added = true;
    }
  }
  if (added) *layout = merged;
  return added;
}

}  // namespace jixiao
