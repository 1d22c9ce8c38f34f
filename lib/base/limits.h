// Every limit on the input, in one place (README "Limits"). Each is far above what a real form
// holds, so that only a broken or hostile input meets one; meeting one is an InvalidArgument error
// that names the field and the limit, never a crash, a hang or a truncated result.
#ifndef JIXIAO_LIB_BASE_LIMITS_H_
#define JIXIAO_LIB_BASE_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace jixiao {

// One serialized form (JSON or binary). Real forms are 10–50 KB.
inline constexpr size_t kMaxInputBytes = size_t{16} << 20;

// One serialized EvaluationBatch (many forms in one message): protobuf's own limit on a message,
// 2 GiB - 1, which is also the most the C ABI accepts in one call.
inline constexpr size_t kMaxBatchInputBytes = size_t{INT32_MAX};

// One record of a batch stream (`jixiao batch`: a line of JSON Lines, a length-delimited binary
// message). A record is one form, so this is far above kMaxInputBytes only to name the record
// that is too long instead of misreading the rest of the file.
inline constexpr size_t kMaxRecordBytes = size_t{64} << 20;

// JSON objects nested deeper than this are an error, as in protobuf (its recursion limit); the
// arrays between them do not count. Real forms nest a few levels.
inline constexpr int kJsonMaxDepth = 100;

// Indicators in one form. Real forms have at most 60.
inline constexpr int kMaxIndicators = 2000;

// Elements of one checklist rule, and element numbers in one actual. Real checklists have ≤ 20.
inline constexpr int kMaxChecklistElements = 200;

// Any other repeated field or map: categories, aliases, grade levels, tiers, synonyms, bands,
// derived names, evidence items, reported subtotals, breakdowns of one budget line. Real ones have
// ≤ 10; 100 also bounds label look-ups (levels × synonyms) per indicator.
inline constexpr int kMaxListItems = 100;

// Lines of one breakdown, and lines of a whole budget. Real budgets have a few dozen.
inline constexpr int kMaxBreakdownLines = 1000;
inline constexpr int kMaxBudgetLines = 10000;

// Rows of one table of a department budget (functions, economics, procurement, …). Real
// disclosures have a few hundred.
inline constexpr int kMaxTableRows = 10000;

// Budget lines may nest this deep (real forms use 3 or 4 levels).
inline constexpr int kMaxBudgetDepth = 32;

// String lengths in bytes of UTF-8 (a Chinese character is 3 bytes). Real ids are ≤ 20 bytes and
// real names ≤ 100 characters; free text (notes, evidence, the original wording) may be longer.
inline constexpr size_t kMaxIdBytes = 256;
inline constexpr size_t kMaxNameBytes = 4096;  // names, labels, units, target wording
inline constexpr size_t kMaxTextBytes = size_t{64} << 10;

// Decimal figures: up to kMaxIntegerDigits digits before the point and kMaxFractionDigits after
// (|x| < 10^15, steps of 10^-6). Budgets of a whole country fit with room to spare.
inline constexpr int kMaxIntegerDigits = 15;
inline constexpr int kMaxFractionDigits = 6;

// The most places a scheme may round to (Scheme.decimals is 0..kMaxDecimals). Real schemes use 2.
inline constexpr int kMaxDecimals = kMaxFractionDigits;

// Problems one error message lists (the CSV importer lists every row it cannot read).
inline constexpr size_t kMaxListedProblems = 100;

// Spreadsheets (ImportTable: xlsx and xls). A workbook is a zip of XML parts; a real form's is
// 10–100 KB holding a few hundred cells. Entries in the zip's directory; bytes decompressed from
// it in all (the parts read: workbook, relationships, shared strings, styles, sheets), so a zip
// bomb stops at this many bytes instead of filling memory; cells of the grid of every sheet read,
// counting the blank ones to the left of a cell in its row.
inline constexpr int kMaxZipEntries = 10000;
inline constexpr size_t kMaxUncompressedBytes = size_t{64} << 20;
inline constexpr size_t kMaxTableCells = size_t{1} << 20;
// Excel's own grid: 1,048,576 rows (1-based) by 16,384 columns (A to XFD).
inline constexpr int kMaxSheetRows = 1 << 20;
inline constexpr int kMaxSheetColumns = 1 << 14;
// Sheets of a workbook and cell styles of an xlsx (Excel allows 64,000 styles); the digits and
// the exponent of a number cell's stored text (a double needs 17 digits and |exponent| ≤ 308).
inline constexpr int kMaxSheets = 1000;
inline constexpr size_t kMaxCellStyles = 65536;
inline constexpr size_t kMaxStoredNumberDigits = 400;
inline constexpr int kMaxStoredNumberExponent = 400;

// Forms in one in-memory batch (EvaluationBatch); the streaming path has no such limit.
inline constexpr int kMaxBatchForms = 100000;

}  // namespace jixiao

#endif  // JIXIAO_LIB_BASE_LIMITS_H_
