// A workbook's sheets as cell grids (sheet.h), whatever the file format: xlsx_reader.h and
// xls_reader.h open one. ImportTable picks a sheet and reads it like a CSV (docs/IMPORT.md).
#ifndef JIXIAO_LIB_IMPORT_WORKBOOK_H_
#define JIXIAO_LIB_IMPORT_WORKBOOK_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lib/import/sheet.h"

namespace jixiao {

class Workbook {
 public:
  virtual ~Workbook() = default;
  // The sheet names in the order the workbook shows its tabs.
  virtual const std::vector<std::string>& SheetNames() const = 0;
  // Sheet `index` (0-based) of SheetNames(). Errors name the sheet and, where there is one, the
  // cell ("sheet 自评表, B7: …").
  virtual absl::StatusOr<Sheet> ReadSheet(size_t index) = 0;
};

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_WORKBOOK_H_
