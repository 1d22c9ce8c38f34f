// Forms given to the command line as CSV (jixiao import, jixiao evaluate FORM.csv --scheme NAME).
#ifndef JIXIAO_CLI_CSV_FORM_H_
#define JIXIAO_CLI_CSV_FORM_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"

namespace jixiao::cli {

// Whether `path` names a CSV file (".csv" in any case).
bool IsCsvPath(const std::string& path);

// The form in `bytes` (read from `path`) under `scheme`; its id is the file name without ".csv".
// A missing scheme is an InvalidArgument error saying to pass --scheme.
absl::StatusOr<v1::Evaluation> ImportCsvForm(const std::string& path, absl::string_view bytes,
                                             const std::string& scheme);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_CSV_FORM_H_
