// Rows of cells → an Evaluation: the one importer behind ImportCsv (a CSV's records) and
// ImportTable (a sheet's rows), in import_csv.cc.
#ifndef JIXIAO_LIB_IMPORT_IMPORT_RECORDS_H_
#define JIXIAO_LIB_IMPORT_IMPORT_RECORDS_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/import_csv.h"
#include "jixiao/v1/evaluation.pb.h"
#include "lib/import/csv_reader.h"

namespace jixiao {

// The form in `rows` under the built-in scheme `scheme_name`, as ImportCsv documents it.
// `source` names where the rows came from in the "no header row" error ("UTF-8 CSV",
// "sheet 自评表").
absl::StatusOr<v1::Evaluation> ImportRecords(const std::vector<CsvRecord>& rows,
                                             absl::string_view source,
                                             absl::string_view scheme_name,
                                             const ImportCsvOptions& options);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_IMPORT_RECORDS_H_
