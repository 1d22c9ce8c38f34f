// A number cell as a spreadsheet displays it (and writes it into a CSV export), computed on the
// decimal digits of its stored text, never with binary floating point (docs/IMPORT.md).
#ifndef JIXIAO_LIB_IMPORT_CELL_TEXT_H_
#define JIXIAO_LIB_IMPORT_CELL_TEXT_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace jixiao {

// The number format of a cell, reduced to what changes its text: decimals, percent, thousands
// grouping and literal text around the number. Dates, times, fractions and scientific formats are
// `general` (the serial number or value as stored: a form has no dates to score).
struct NumberFormat {
  bool general = true;
  int min_decimals = 0;  // '0' placeholders after the point
  int max_decimals = 0;  // '0' and '#' placeholders after the point
  bool percent = false;  // an unquoted '%': the value times 100, then "%"
  bool grouping = false; // "#,##0": thousands separated by ','
  std::string prefix, suffix;  // quoted or escaped literals before and after the number
};

// The format of an xlsx format code ("0.00", "0.00%", "#,##0.00\"元\"", "General", "yyyy-mm-dd").
// Only the first section (before ';') is used: negatives get a '-' in front.
NumberFormat ParseNumberFormat(absl::string_view code);

// The format of a built-in numFmtId (ECMA-376 §18.8.30): 1 "0", 2 "0.00", 3 "#,##0",
// 4 "#,##0.00", 9 "0%", 10 "0.00%", 37-40 the accounting ones; every other id is general.
NumberFormat BuiltinNumberFormat(int id);

// `stored` ("0.95", "9.5000000000000002E-2", "-12", "1E+21") rounded first to 15 significant
// digits (a spreadsheet's precision), then shown in `format`: "95%" for 0.95 in "0%", "10.00" for
// 10 in "0.00", "0.095" for 9.5000000000000002E-2 in General (trailing zeros dropped, never an
// exponent). Rounding is half away from zero. InvalidArgument for text that is not a number.
absl::StatusOr<std::string> FormatNumberCell(absl::string_view stored, const NumberFormat& format);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_CELL_TEXT_H_
