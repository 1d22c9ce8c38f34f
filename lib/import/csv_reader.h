// Comma-separated values as spreadsheets export them (RFC 4180): quoted cells with "" for a
// quote, line breaks inside quotes, CRLF, LF or CR line ends.
#ifndef JIXIAO_LIB_IMPORT_CSV_READER_H_
#define JIXIAO_LIB_IMPORT_CSV_READER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace jixiao {

struct CsvRecord {
  int line = 0;  // the 1-based line the record starts on (a record with line breaks spans more)
  int row = 0;   // the 1-based record number: the row a spreadsheet shows
  std::vector<std::string> cells;
};

// Every record of `text` (UTF-8), including blank ones, so that row numbers match the sheet.
// Line breaks inside a quoted cell are kept as "\n". A quote inside an unquoted cell, or text
// after a closing quote, is kept as written (as spreadsheets read it). An unclosed quote is an
// InvalidArgument error naming the line it opens on.
absl::StatusOr<std::vector<CsvRecord>> ReadCsv(absl::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_CSV_READER_H_
