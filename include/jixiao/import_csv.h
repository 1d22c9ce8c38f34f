// Self-evaluation forms (附表1) exported from spreadsheets as CSV, read into an Evaluation
// (SCORING.md §1, §8). Decisions: docs/IMPORT.md.
//
// Pure: no I/O, no mutable globals; safe to call from many threads.
#ifndef JIXIAO_IMPORT_CSV_H_
#define JIXIAO_IMPORT_CSV_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"

namespace jixiao {

struct ImportCsvOptions {
  std::string id;    // Evaluation.id; empty: none
  std::string name;  // Evaluation.name; empty: the 项目名称 above the table, else its title
};

// Reads the form in `bytes` (UTF-8 with or without BOM, GB18030, or UTF-16 with BOM) under the
// built-in scheme `scheme_name`. Title rows above the header row are skipped (项目名称, 主管部门,
// 实施单位 and a year in the title are read); columns are found by their header; blank
// 一级/二级指标 cells inherit from the row above (merged cells); 小计 rows give the reported
// category subtotal, the 合计/总分 row the reported total (and grade), and the table ends there.
// Indicator ids are "r<row>", the spreadsheet row. Errors: InvalidArgument for an unknown scheme,
// no header row, or rows that cannot be read — one message listing every such row ("line 7: …", one
// per line); ResourceExhausted for input over 16 MiB.
absl::StatusOr<v1::Evaluation> ImportCsv(absl::string_view bytes, absl::string_view scheme_name,
                                         const ImportCsvOptions& options = {});

}  // namespace jixiao

#endif  // JIXIAO_IMPORT_CSV_H_
