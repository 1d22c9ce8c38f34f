#include "lib/import/csv_reader.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace jixiao {

absl::StatusOr<std::vector<CsvRecord>> ReadCsv(absl::string_view text) {
  std::vector<CsvRecord> records;
  int line = 1;
  size_t i = 0;
  // Reads a line end at text[i] (CRLF, LF or CR), if there is one.
  auto take_line_end = [&]() {
    if (i < text.size() && text[i] == '\r') {
      ++i;
      if (i < text.size() && text[i] == '\n') ++i;
    } else if (i < text.size() && text[i] == '\n') {
      ++i;
    } else {
      return false;
    }
    ++line;
    return true;
  };
  while (i < text.size()) {
    CsvRecord record;
    record.line = line;
    record.row = static_cast<int>(records.size()) + 1;
    std::string cell;
    for (;;) {  // one cell per pass
      if (i < text.size() && text[i] == '"') {
        const int opened_on = line;
        ++i;
        for (;;) {
          if (i >= text.size()) {
            return absl::InvalidArgumentError(absl::StrCat(
                "line ", opened_on, ": a quoted cell is not closed (a '\"' is missing)"));
          }
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              cell.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (take_line_end()) {
            cell.push_back('\n');
            continue;
          }
          cell.push_back(text[i++]);
        }
      }
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        cell.push_back(text[i++]);
      }
      record.cells.push_back(std::move(cell));
      cell.clear();
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      take_line_end();
      break;
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace jixiao
