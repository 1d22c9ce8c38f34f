#include "cli/table.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "cli/display_width.h"

namespace jixiao::cli {

std::string Table::Render() const {
  std::vector<int> widths(right_.size(), 0);
  for (const auto& row : rows_) {
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(row[c]));
    }
  }
  int total = 0;
  for (int w : widths) total += w + 2;
  std::string out;
  for (const auto& row : rows_) {
    std::string line = indent_;
    if (row.empty()) {
      for (int i = 0; i < total - 2; ++i) line += "─";
    }
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      if (c > 0) line += "  ";
      line += right_[c] ? PadLeft(row[c], widths[c]) : PadRight(row[c], widths[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    absl::StrAppend(&out, line, "\n");
  }
  return out;
}

}  // namespace jixiao::cli
