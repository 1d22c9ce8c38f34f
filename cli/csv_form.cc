#include "cli/csv_form.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "jixiao/import_table.h"

namespace jixiao::cli {
namespace {

TableFormat FormatOf(const std::string& path, absl::string_view bytes) {
  if (absl::EndsWithIgnoreCase(path, ".xlsx")) return TableFormat::kXlsx;
  if (absl::EndsWithIgnoreCase(path, ".xls")) return TableFormat::kXls;
  if (absl::EndsWithIgnoreCase(path, ".csv")) return TableFormat::kCsv;
  return DetectTableFormat(bytes);
}

}  // namespace

bool IsCsvPath(const std::string& path) { return absl::EndsWithIgnoreCase(path, ".csv"); }

bool IsTableForm(const std::string& path, absl::string_view bytes) {
  return IsCsvPath(path) || absl::EndsWithIgnoreCase(path, ".xlsx") ||
         absl::EndsWithIgnoreCase(path, ".xls") || DetectTableFormat(bytes) != TableFormat::kCsv;
}

absl::StatusOr<v1::Evaluation> ImportTableForm(const std::string& path, absl::string_view bytes,
                                               const std::string& scheme,
                                               const std::string& sheet) {
  const TableFormat format = FormatOf(path, bytes);
  if (scheme.empty()) {
    return absl::InvalidArgumentError(
        format == TableFormat::kCsv
            ? "a CSV form does not name its scheme: pass --scheme NAME (see jixiao schemes)"
            : "a workbook form does not name its scheme: pass --scheme NAME (see jixiao schemes)");
  }
  if (!sheet.empty() && format == TableFormat::kCsv) {
    return absl::InvalidArgumentError("--sheet is for workbooks (.xlsx, .xls); a CSV has one table");
  }
  ImportTableOptions options;
  options.sheet = sheet;
  if (path != "-") {
    absl::string_view name = path;
    if (size_t slash = name.rfind('/'); slash != absl::string_view::npos) {
      name.remove_prefix(slash + 1);
    }
    options.id = std::string(name.substr(0, name.find('.')));  // "zz-2021-geodata.gb18030.csv"
  }
  return ImportTable(bytes, format, scheme, options);
}

}  // namespace jixiao::cli
