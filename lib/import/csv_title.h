// The rows above a form's header: its title, 项目名称, 主管部门 and 实施单位 (docs/IMPORT.md 14).
#ifndef JIXIAO_LIB_IMPORT_CSV_TITLE_H_
#define JIXIAO_LIB_IMPORT_CSV_TITLE_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"
#include "lib/import/csv_reader.h"

namespace jixiao {

// Sets the name (项目名称, else the first title cell that is not "附表1"; `name` when not empty
// wins), authority (主管部门), unit (实施单位), year (the first "20xx年") and kind (部门整体 →
// DEPARTMENT, else 项目 → PROJECT) of `evaluation` from `rows`.
void ReadTitleRows(const std::vector<CsvRecord>& rows, absl::string_view name,
                   v1::Evaluation* evaluation);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_CSV_TITLE_H_
