// Excel 97-2003 workbooks (.xls, BIFF8 in a compound file) through libfreexl
// (docs/IMPORT.md "Spreadsheets").
#ifndef JIXIAO_LIB_IMPORT_XLS_READER_H_
#define JIXIAO_LIB_IMPORT_XLS_READER_H_

#include <memory>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/import/workbook.h"

namespace jixiao {

// Opens the workbook in `bytes`. freexl 1.0.6 reads only from a path: the bytes go to a
// temporary file (mkstemp in $TMPDIR or /tmp), unlinked as soon as freexl has opened it.
// freexl exposes neither number formats nor merged ranges: a number is its shortest text
// that reads back as the same double ("%.15g", never an exponent: 0.95 stays "0.95" even if the
// sheet shows 95%), and a merged range's other cells are blank as in a CSV export (freexl leaves
// them empty). Text, dates ("YYYY-MM-DD") and times are as freexl gives them (UTF-8).
// InvalidArgument for a file freexl cannot read or a password-protected one.
absl::StatusOr<std::unique_ptr<Workbook>> OpenXls(absl::string_view bytes);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_XLS_READER_H_
