// One worksheet of a workbook as the cell grid a CSV export of it would hold (docs/IMPORT.md
// "Spreadsheets"): xlsx_reader and xls_reader produce it, ImportTable reads it like a CSV.
#ifndef JIXIAO_LIB_IMPORT_SHEET_H_
#define JIXIAO_LIB_IMPORT_SHEET_H_

#include <string>
#include <vector>

#include "lib/import/csv_reader.h"

namespace jixiao {

struct Sheet {
  std::string name;
  // Every row from row 1 to the last one with a cell, blank ones included, so that row numbers
  // (and so indicator ids) match the sheet; `line` is the row number too.
  std::vector<CsvRecord> rows;
};

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_SHEET_H_
