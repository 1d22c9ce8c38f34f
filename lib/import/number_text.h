// Numbers as budget offices type them into spreadsheet cells: full-width digits and signs,
// "≥" in its several Unicode spellings, thousands separators (SCORING.md §2: normalising is the
// importer's job). Everything here works on UTF-8 text.
#ifndef JIXIAO_LIB_IMPORT_NUMBER_TEXT_H_
#define JIXIAO_LIB_IMPORT_NUMBER_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace jixiao {

// `text` with ASCII's full-width forms folded to ASCII (０-９ ％ ． ， ＞ ＜ ＝ ＋ － （ ） ＊),
// ≥ ≧ ⩾ ≮ ≽ written ">=", ≤ ≦ ⩽ ≯ ≼ written "<=", ═ ﹦ written "=", ﹥ ﹤ written ">" "<", dashes
// (— – ― −) as '-', tildes (～ 〜 ∼) as '~', ﹪ as '%', and every space (also U+3000) dropped.
// Invalid UTF-8 is an InvalidArgument error.
absl::StatusOr<std::string> FoldForParsing(absl::string_view text);

// `text` without ASCII or full-width (U+3000) spaces at either end.
absl::string_view TrimSpaces(absl::string_view text);

struct ScannedNumber {
  std::string digits;  // "96534608", "99.48": no separators, leading zeros dropped ("007" → "7")
  size_t length = 0;   // bytes of the text it took
};

// The unsigned decimal at the start of `text` (already folded): digits with optional ','
// thousands groups of exactly three ("96,534,608"), then optional '.' and digits. nullopt when
// `text` does not start with a digit. A ',' that does not start a group of three is not taken.
std::optional<ScannedNumber> ScanNumber(absl::string_view text);

// Whether `text` starts with an exponent ("e5", "E+3"), the tail of a number like "1e5".
bool StartsWithExponent(absl::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_NUMBER_TEXT_H_
