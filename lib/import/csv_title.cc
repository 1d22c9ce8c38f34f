#include "lib/import/csv_title.h"

#include <optional>
#include <string>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "lib/import/number_text.h"

namespace jixiao {
namespace {

// "项目名称：基础地理…" or "项目名称 | 基础地理…": the value a label names on a row above the
// table.
std::optional<std::string> ValueAfterLabel(const CsvRecord& record, absl::string_view key) {
  for (size_t i = 0; i < record.cells.size(); ++i) {
    absl::string_view cell = TrimSpaces(record.cells[i]);
    if (!absl::ConsumePrefix(&cell, key)) continue;
    if (absl::ConsumePrefix(&cell, "：") || absl::ConsumePrefix(&cell, ":")) {
      cell = TrimSpaces(cell);
      if (!cell.empty()) return std::string(cell);
    }
    if (!cell.empty()) continue;  // "项目名称说明": another label
    for (size_t j = i + 1; j < record.cells.size(); ++j) {
      absl::string_view value = TrimSpaces(record.cells[j]);
      if (!value.empty()) return std::string(value);
    }
  }
  return std::nullopt;
}

// The first "20xx年" in `text`, or 0.
int YearIn(absl::string_view text) {
  for (size_t at = text.find("年"); at != absl::string_view::npos; at = text.find("年", at + 1)) {
    if (at < 4) continue;
    absl::string_view digits = text.substr(at - 4, 4);
    if (absl::c_all_of(digits, absl::ascii_isdigit) && (digits[0] == '1' || digits[0] == '2') &&
        (at == 4 || !absl::ascii_isdigit(text[at - 5]))) {
      return std::stoi(std::string(digits));
    }
  }
  return 0;
}

// "附表1", "附件2": the label of an attachment, not the form's title.
bool IsAttachmentLabel(absl::string_view text) {
  if (!absl::ConsumePrefix(&text, "附表") && !absl::ConsumePrefix(&text, "附件")) return false;
  return absl::c_all_of(text, absl::ascii_isdigit);
}

}  // namespace

void ReadTitleRows(const std::vector<CsvRecord>& rows, absl::string_view name,
                   v1::Evaluation* evaluation) {
  std::string title;
  bool project = false, department = false;
  for (const CsvRecord& row : rows) {
    for (const std::string& cell : row.cells) {
      absl::string_view text = TrimSpaces(cell);
      if (text.empty() || IsAttachmentLabel(text)) continue;
      if (title.empty()) title = std::string(text);
      if (evaluation->year() == 0) evaluation->set_year(YearIn(text));
      department = department || absl::StrContains(text, "部门整体");
      project = project || absl::StrContains(text, "项目");
    }
    if (auto v = ValueAfterLabel(row, "项目名称")) evaluation->set_name(*v);
    if (auto v = ValueAfterLabel(row, "主管部门")) evaluation->set_authority(*v);
    if (auto v = ValueAfterLabel(row, "实施单位")) evaluation->set_unit(*v);
  }
  if (evaluation->name().empty()) evaluation->set_name(title);
  if (!name.empty()) evaluation->set_name(std::string(name));
  if (department || project) {
    evaluation->set_kind(department ? v1::Evaluation::DEPARTMENT : v1::Evaluation::PROJECT);
  }
}

}  // namespace jixiao
