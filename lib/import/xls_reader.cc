// .xls workbooks (xls_reader.h) through libfreexl, which reads only from a file.
#include "lib/import/xls_reader.h"

#include <freexl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lib/base/limits.h"
#include "lib/base/status_macros.h"
#include "lib/base/utf8.h"
#include "lib/import/cell_text.h"

namespace jixiao {
namespace {

std::string CellName(unsigned row, unsigned column) {
  std::string letters;
  for (unsigned c = column + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return absl::StrCat(letters, row + 1);
}

// The bytes in a temporary file for as long as freexl_open needs it: unlinked at once, so
// nothing stays on disk even if the process dies.
absl::StatusOr<const void*> OpenWithFreexl(absl::string_view bytes) {
  const char* tmpdir = std::getenv("TMPDIR");
  std::string path = absl::StrCat(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp",
                                  "/jixiao-xls-XXXXXX");
  const int fd = mkstemp(path.data());
  if (fd < 0) return absl::InternalError("cannot create a temporary file for the xls (mkstemp)");
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  close(fd);
  const void* handle = nullptr;
  const int opened = written == bytes.size() ? freexl_open(path.c_str(), &handle) : FREEXL_OK;
  unlink(path.c_str());
  if (written != bytes.size()) {
    if (handle != nullptr) freexl_close(handle);
    return absl::InternalError("cannot write the xls to a temporary file");
  }
  if (opened != FREEXL_OK) {
    if (handle != nullptr) freexl_close(handle);
    return absl::InvalidArgumentError(
        absl::StrCat("not a readable xls file (freexl error ", opened, ")"));
  }
  return handle;
}

class XlsWorkbook : public Workbook {
 public:
  explicit XlsWorkbook(const void* handle) : handle_(handle) {}
  ~XlsWorkbook() override { freexl_close(handle_); }
  XlsWorkbook(const XlsWorkbook&) = delete;
  XlsWorkbook& operator=(const XlsWorkbook&) = delete;

  absl::Status Open() {
    unsigned int info = 0;
    if (freexl_get_info(handle_, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED) {
      return absl::InvalidArgumentError("the xls file is password-protected");
    }
    unsigned int count = 0;
    if (freexl_get_info(handle_, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0) {
      return absl::InvalidArgumentError("the xls workbook has no sheets");
    }
    if (count > static_cast<unsigned>(kMaxSheets)) {
      return absl::ResourceExhaustedError(
          absl::StrCat("the xls workbook has ", count, " sheets, over the ", kMaxSheets));
    }
    for (unsigned int i = 0; i < count; ++i) {
      const char* name = nullptr;
      if (freexl_get_worksheet_name(handle_, static_cast<unsigned short>(i), &name) != FREEXL_OK ||
          name == nullptr) {
        return absl::InvalidArgumentError(absl::StrCat("xls sheet ", i + 1, " has no name"));
      }
      names_.push_back(CoerceToValidUtf8(name, '?'));
    }
    return absl::OkStatus();
  }

  const std::vector<std::string>& SheetNames() const override { return names_; }

  absl::StatusOr<Sheet> ReadSheet(size_t index) override {
    const std::string& name = names_.at(index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle_, static_cast<unsigned short>(index)) !=
            FREEXL_OK ||
        freexl_worksheet_dimensions(handle_, &rows, &columns) != FREEXL_OK) {
      return absl::InvalidArgumentError(absl::StrCat("sheet ", name, ": cannot be read"));
    }
    if (rows > static_cast<unsigned>(kMaxSheetRows) ||
        static_cast<size_t>(rows) * (columns + size_t{1}) > kMaxTableCells - cells_) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "sheet ", name, ": ", rows, " rows of ", columns, " columns, more than the ",
          kMaxTableCells, " cells a workbook may have"));
    }
    cells_ += static_cast<size_t>(rows) * (columns + size_t{1});
    Sheet sheet;
    sheet.name = name;
    sheet.rows.resize(rows);
    for (unsigned r = 0; r < rows; ++r) {
      CsvRecord& record = sheet.rows[r];
      record.line = record.row = static_cast<int>(r + 1);
      for (unsigned c = 0; c < columns; ++c) {
        FreeXL_CellValue value;
        if (freexl_get_cell_value(handle_, r, static_cast<unsigned short>(c), &value) !=
            FREEXL_OK) {
          return absl::InvalidArgumentError(
              absl::StrCat("sheet ", name, ", ", CellName(r, c), ": cannot be read"));
        }
        std::string text;
        switch (value.type) {
          case FREEXL_CELL_INT:
            text = absl::StrCat(value.value.int_value);
            break;
          case FREEXL_CELL_DOUBLE: {
            // The shortest text that a double of 15 significant digits reads back as: "0.95",
            // not 0.94999999999999996 (a spreadsheet's precision is 15 digits).
            auto shown = FormatNumberCell(absl::StrFormat("%.15g", value.value.double_value),
                                          NumberFormat{});
            if (!shown.ok()) {
              return absl::InvalidArgumentError(absl::StrCat(
                  "sheet ", name, ", ", CellName(r, c), ": ", shown.status().message()));
            }
            text = *std::move(shown);
            break;
          }
          case FREEXL_CELL_TEXT:
          case FREEXL_CELL_SST_TEXT:
          case FREEXL_CELL_DATE:
          case FREEXL_CELL_DATETIME:
          case FREEXL_CELL_TIME:
            if (value.value.text_value != nullptr) {
              text = CoerceToValidUtf8(value.value.text_value, '?');
            }
            break;
          default:
            break;
        }
        if (text.empty()) continue;
        record.cells.resize(c + 1);
        record.cells[c] = std::move(text);
      }
    }
    while (!sheet.rows.empty() && sheet.rows.back().cells.empty()) sheet.rows.pop_back();
    return sheet;
  }

 private:
  const void* handle_;
  std::vector<std::string> names_;
  size_t cells_ = 0;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Workbook>> OpenXls(absl::string_view bytes) {
  JX_ASSIGN_OR_RETURN(const void* handle, OpenWithFreexl(bytes));
  auto workbook = std::make_unique<XlsWorkbook>(handle);
  JX_RETURN_IF_ERROR(workbook->Open());
  return std::unique_ptr<Workbook>(std::move(workbook));
}

}  // namespace jixiao
