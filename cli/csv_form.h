// Forms given to the command line as tables: CSV, .xlsx or .xls (jixiao import, jixiao evaluate
// FORM.csv|FORM.xlsx|FORM.xls --scheme NAME [--sheet NAME]).
#ifndef JIXIAO_CLI_CSV_FORM_H_
#define JIXIAO_CLI_CSV_FORM_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"

namespace jixiao::cli {

// Whether `path` names a CSV file (".csv" in any case).
bool IsCsvPath(const std::string& path);

// Whether the form in `bytes` (read from `path`) is a table to import rather than a JSON or
// binary Evaluation: a ".csv", ".xlsx" or ".xls" name (any case), or a workbook's first bytes
// (a zip or a compound file) whatever its name.
bool IsTableForm(const std::string& path, absl::string_view bytes);

// The form in `bytes` (read from `path`) under `scheme`, from sheet `sheet` of a workbook (empty:
// the first sheet with a header row); its id is the file name up to its first '.'. The format
// is the name's extension, else the first bytes. A missing scheme is an InvalidArgument error
// saying to pass --scheme; so is --sheet with a CSV form.
absl::StatusOr<v1::Evaluation> ImportTableForm(const std::string& path, absl::string_view bytes,
                                               const std::string& scheme,
                                               const std::string& sheet = "");

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_CSV_FORM_H_
