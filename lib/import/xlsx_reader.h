// Excel 2007+ workbooks (.xlsx, Office Open XML): the zip through minizip, read from memory, and
// its XML parts through expat (docs/IMPORT.md "Spreadsheets").
#ifndef JIXIAO_LIB_IMPORT_XLSX_READER_H_
#define JIXIAO_LIB_IMPORT_XLSX_READER_H_

#include <memory>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/import/workbook.h"

namespace jixiao {

// Opens the workbook in `bytes` (which must outlive it): the zip directory, the sheet list, the
// shared strings and the styles. Cells as a CSV export shows them: shared, inline and formula
// strings as written (rich text runs joined, line breaks as "\n"), numbers through their number
// format (cell_text.h), booleans TRUE/FALSE, errors as written ("#DIV/0!"); a merged range keeps
// its value in its top-left cell only. InvalidArgument for a file that is not a readable xlsx
// (naming the part, and the sheet and cell); ResourceExhausted past kMaxZipEntries,
// kMaxUncompressedBytes or kMaxTableCells. XML with a DOCTYPE (entity declarations) is refused.
absl::StatusOr<std::unique_ptr<Workbook>> OpenXlsx(absl::string_view bytes);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_XLSX_READER_H_
