// Self-evaluation forms (附表1) as spreadsheets: .xlsx and .xls workbooks read directly, or CSV,
// through the one importer of import_csv.h (docs/IMPORT.md "Spreadsheets").
//
// Pure: no mutable globals; safe to call from many threads. An .xls passes through a temporary
// file (unlinked at once) because libfreexl reads only from a path.
#ifndef JIXIAO_IMPORT_TABLE_H_
#define JIXIAO_IMPORT_TABLE_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"

namespace jixiao {

enum class TableFormat {
  kDetect,  // from the first bytes: "PK\x03\x04" is xlsx, D0 CF 11 E0 is xls, anything else CSV
  kCsv,
  kXlsx,
  kXls,
};

// The format `bytes` start like (never kDetect).
TableFormat DetectTableFormat(absl::string_view bytes);

struct ImportTableOptions {
  std::string id;     // Evaluation.id; empty: none
  std::string name;   // Evaluation.name; empty: the 项目名称 above the table, else its title
  std::string sheet;  // the sheet to read; empty: the first with a header row, else the first
};

// Reads the form in `bytes` under the built-in scheme `scheme_name`: a workbook's sheet is read
// into the rows a CSV export of it would hold (numbers as displayed, a merged range's value in its
// top-left cell) and imported like a CSV (ImportCsv); `options.sheet` is ignored for CSV.
// Errors: those of ImportCsv, with "sheet NAME: " in front for a workbook; InvalidArgument for an
// unknown sheet (naming the sheets there are) or a file that is not a readable workbook (naming
// the part, sheet and cell); ResourceExhausted for input over 16 MiB or a workbook past the
// spreadsheet limits of README "Limits" (zip entries, uncompressed bytes, cells).
absl::StatusOr<v1::Evaluation> ImportTable(absl::string_view bytes, TableFormat format,
                                           absl::string_view scheme_name,
                                           const ImportTableOptions& options = {});

}  // namespace jixiao

#endif  // JIXIAO_IMPORT_TABLE_H_
