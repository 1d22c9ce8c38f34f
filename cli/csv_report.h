// The scored table as CSV for spreadsheets.
#ifndef JIXIAO_CLI_CSV_REPORT_H_
#define JIXIAO_CLI_CSV_REPORT_H_

#include <string>

#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao::cli {

// UTF-8 with a byte order mark (so Excel reads the Chinese right), CRLF lines, RFC 4180 quoting.
// One row per indicator with the form's columns, then one per category total, the total and the
// grade. `result` must come from Evaluate(`evaluation`).
// One field as CsvReport writes it: RFC 4180 quoting, and a cell a spreadsheet would take for a
// formula (starting with = + - @, a tab or a carriage return, and not a plain number such as
// "-3" or "+1.5%") written after a ' so that it shows as text (OWASP "CSV injection").
std::string CsvField(const std::string& field);

std::string CsvReport(const v1::Evaluation& evaluation, const v1::EvaluationResult& result);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_CSV_REPORT_H_
