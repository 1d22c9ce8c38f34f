// The scored self-evaluation table (附表1) as an Excel workbook, the way budget offices file it:
// sheet 1 the form with category subtotals and the total, sheet 2 the findings (复核发现).
#ifndef JIXIAO_CLI_XLSX_REPORT_H_
#define JIXIAO_CLI_XLSX_REPORT_H_

#include <string>

#include "absl/status/status.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao::cli {

// Writes the workbook to `path`. `result` must come from Evaluate(`evaluation`): indicators are
// matched by position. Errors: Unavailable naming the path when the file cannot be written.
absl::Status WriteXlsxReport(const std::string& path, const v1::Evaluation& evaluation,
                             const v1::EvaluationResult& result);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_XLSX_REPORT_H_
