// A form as a workbook or a CSV (import_table.h): the sheet's rows through ImportRecords.
#include "jixiao/import_table.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "jixiao/import_csv.h"
#include "lib/base/limits.h"
#include "lib/base/status_macros.h"
#include "lib/import/csv_header.h"
#include "lib/import/import_records.h"
#include "lib/import/xls_reader.h"
#include "lib/import/xlsx_reader.h"

namespace jixiao {
namespace {

absl::StatusOr<Sheet> ChooseSheet(Workbook& workbook, absl::string_view wanted) {
  const std::vector<std::string>& names = workbook.SheetNames();
  if (!wanted.empty()) {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == wanted) return workbook.ReadSheet(i);
    }
    return absl::InvalidArgumentError(absl::StrCat("the workbook has no sheet named \"", wanted,
                                                   "\"; its sheets: ", absl::StrJoin(names, ", ")));
  }
  std::optional<Sheet> first;
  for (size_t i = 0; i < names.size(); ++i) {
    JX_ASSIGN_OR_RETURN(Sheet sheet, workbook.ReadSheet(i));
    for (const CsvRecord& row : sheet.rows) {
      if (MatchHeaderRow(row.cells)) return sheet;
    }
    if (!first) first = std::move(sheet);
  }
  return *std::move(first);
}

}  // namespace

TableFormat DetectTableFormat(absl::string_view bytes) {
  if (absl::StartsWith(bytes, absl::string_view("PK\x03\x04", 4))) return TableFormat::kXlsx;
  if (absl::StartsWith(bytes, "\xD0\xCF\x11\xE0")) return TableFormat::kXls;
  return TableFormat::kCsv;
}

absl::StatusOr<v1::Evaluation> ImportTable(absl::string_view bytes, TableFormat format,
                                           absl::string_view scheme_name,
                                           const ImportTableOptions& options) {
  if (format == TableFormat::kDetect) format = DetectTableFormat(bytes);
  ImportCsvOptions csv_options;
  csv_options.id = options.id;
  csv_options.name = options.name;
  if (format == TableFormat::kCsv) return ImportCsv(bytes, scheme_name, csv_options);

  const char* kind = format == TableFormat::kXlsx ? "xlsx" : "xls";
  if (bytes.size() > kMaxInputBytes) {
    return absl::ResourceExhaustedError(absl::StrCat("the ", kind, " file has ", bytes.size(),
                                                     " bytes, over the ", kMaxInputBytes >> 20,
                                                     " MiB a form may have"));
  }
  JX_ASSIGN_OR_RETURN(std::unique_ptr<Workbook> workbook,
                      format == TableFormat::kXlsx ? OpenXlsx(bytes) : OpenXls(bytes));
  JX_ASSIGN_OR_RETURN(Sheet sheet, ChooseSheet(*workbook, options.sheet));
  absl::StatusOr<v1::Evaluation> evaluation =
      ImportRecords(sheet.rows, absl::StrCat("sheet ", sheet.name), scheme_name, csv_options);
  if (evaluation.ok() ||
      !(absl::StartsWith(evaluation.status().message(), "cannot import the form") ||
        absl::StartsWith(evaluation.status().message(), "no indicator rows"))) {
    return evaluation;  // "no header row in the sheet 自评表", an unknown scheme
  }
  return absl::Status(evaluation.status().code(),
                      absl::StrCat("sheet ", sheet.name, ": ", evaluation.status().message()));
}

}  // namespace jixiao
