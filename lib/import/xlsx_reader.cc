// .xlsx workbooks (xlsx_reader.h): minizip over the bytes in memory, expat for the XML parts.
#include "lib/import/xlsx_reader.h"

#include <expat.h>
#include <minizip/unzip.h>

#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "lib/base/limits.h"
#include "lib/base/status_macros.h"
#include "lib/base/utf8.h"
#include "lib/import/cell_text.h"

namespace jixiao {
namespace {

// ---- the zip, from memory ----------------------------------------------------------------

struct MemoryFile {
  absl::string_view bytes;
  ZPOS64_T position = 0;
};

voidpf OpenMemory(voidpf opaque, const void* /*filename*/, int /*mode*/) { return opaque; }
uLong ReadMemory(voidpf /*opaque*/, voidpf stream, void* buffer, uLong size) {
  auto* file = static_cast<MemoryFile*>(stream);
  if (file->position >= file->bytes.size()) return 0;
  const uLong n = static_cast<uLong>(
      std::min<ZPOS64_T>(size, file->bytes.size() - file->position));
  std::memcpy(buffer, file->bytes.data() + file->position, n);
  file->position += n;
  return n;
}
uLong WriteMemory(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T TellMemory(voidpf /*opaque*/, voidpf stream) {
  return static_cast<MemoryFile*>(stream)->position;
}
long SeekMemory(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {  // NOLINT
  auto* file = static_cast<MemoryFile*>(stream);
  ZPOS64_T base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = file->position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = file->bytes.size(); break;
    default: return -1;
  }
  if (offset > file->bytes.size() - std::min<ZPOS64_T>(base, file->bytes.size())) return -1;
  file->position = base + offset;
  return 0;
}
int CloseMemory(voidpf, voidpf) { return 0; }
int ErrorMemory(voidpf, voidpf) { return 0; }

class Zip {
 public:
  explicit Zip(absl::string_view bytes) : file_{bytes} {}
  ~Zip() {
    if (zip_ != nullptr) unzClose(zip_);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  absl::Status Open() {
    zlib_filefunc64_def functions{};
    functions.zopen64_file = OpenMemory;
    functions.zread_file = ReadMemory;
    functions.zwrite_file = WriteMemory;
    functions.ztell64_file = TellMemory;
    functions.zseek64_file = SeekMemory;
    functions.zclose_file = CloseMemory;
    functions.zerror_file = ErrorMemory;
    functions.opaque = &file_;
    zip_ = unzOpen2_64("memory", &functions);
    if (zip_ == nullptr) {
      return absl::InvalidArgumentError(
          "not a readable xlsx file: its zip directory is missing or corrupt (truncated?)");
    }
    unz_global_info64 info;
    if (unzGetGlobalInfo64(zip_, &info) != UNZ_OK) {
      return absl::InvalidArgumentError("not a readable xlsx file: corrupt zip directory");
    }
    if (info.number_entry > static_cast<ZPOS64_T>(kMaxZipEntries)) {
      return absl::ResourceExhaustedError(absl::StrCat("the xlsx zip has ", info.number_entry,
                                                       " entries, over the ", kMaxZipEntries,
                                                       " a workbook may have"));
    }
    return absl::OkStatus();
  }

  // The part `name` decompressed ("xl/workbook.xml"), or nullopt when the zip has none. Every
  // part read counts against kMaxUncompressedBytes, checked as the bytes come out (the sizes in
  // the directory may lie).
  absl::StatusOr<std::optional<std::string>> Read(const std::string& name) {
    if (unzLocateFile(zip_, name.c_str(), 2) != UNZ_OK) return std::nullopt;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
      return Corrupt(name, "unreadable directory entry");
    }
    if (info.uncompressed_size > kMaxUncompressedBytes - used_) return TooBig(name);
    if (unzOpenCurrentFile(zip_) != UNZ_OK) return Corrupt(name, "cannot open (encrypted?)");
    std::string out;
    char buffer[1 << 16];
    int n = 0;
    while ((n = unzReadCurrentFile(zip_, buffer, sizeof buffer)) > 0) {
      if (static_cast<size_t>(n) > kMaxUncompressedBytes - used_) {
        unzCloseCurrentFile(zip_);
        return TooBig(name);
      }
      used_ += static_cast<size_t>(n);
      out.append(buffer, static_cast<size_t>(n));
    }
    const int closed = unzCloseCurrentFile(zip_);
    if (n < 0) return Corrupt(name, absl::StrCat("cannot decompress (zip error ", n, ")"));
    if (closed == UNZ_CRCERROR) return Corrupt(name, "CRC mismatch");
    return std::optional<std::string>(std::move(out));
  }

 private:
  static absl::Status Corrupt(absl::string_view name, absl::string_view what) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a readable xlsx file: zip entry ", name, ": ", what));
  }
  absl::Status TooBig(absl::string_view name) const {
    return absl::ResourceExhaustedError(absl::StrCat(
        "the xlsx expands past ", kMaxUncompressedBytes >> 20, " MiB (at ", name,
        "): a workbook form is a few hundred KiB; refusing what looks like a zip bomb"));
  }

  MemoryFile file_;
  unzFile zip_ = nullptr;
  size_t used_ = 0;
};

// ---- XML through expat ---------------------------------------------------------------------

absl::string_view LocalName(const char* name) {
  absl::string_view n(name);
  if (size_t colon = n.rfind(':'); colon != absl::string_view::npos) n.remove_prefix(colon + 1);
  return n;
}

// The attribute with local name `name` ("id" finds r:id), or nullptr.
const char* Attribute(const char** attributes, absl::string_view name) {
  for (size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (LocalName(attributes[i]) == name) return attributes[i + 1];
  }
  return nullptr;
}

// One part: subclasses see elements by local name and the text inside them.
class XmlPart {
 public:
  virtual ~XmlPart() = default;

  absl::Status Parse(absl::string_view xml, const std::string& part) {
    XML_Parser parser = XML_ParserCreate("UTF-8");
    if (parser == nullptr) return absl::ResourceExhaustedError("out of memory for the XML parser");
    parser_ = parser;
    XML_SetUserData(parser, this);
    XML_SetElementHandler(
        parser,
        [](void* self, const char* name, const char** attributes) {
          static_cast<XmlPart*>(self)->Start(LocalName(name), attributes);
        },
        [](void* self, const char* name) { static_cast<XmlPart*>(self)->End(LocalName(name)); });
    XML_SetCharacterDataHandler(parser, [](void* self, const char* text, int size) {
      static_cast<XmlPart*>(self)->Text(absl::string_view(text, static_cast<size_t>(size)));
    });
    // No DTDs: entity declarations are how an XML bomb (billion laughs) expands; xlsx has none.
    XML_SetStartDoctypeDeclHandler(
        parser, [](void* self, const char*, const char*, const char*, int) {
          static_cast<XmlPart*>(self)->Fail(
              absl::InvalidArgumentError("a DOCTYPE declaration, which xlsx parts never have"));
        });
    XML_SetEntityDeclHandler(parser, [](void* self, const XML_Char*, int, const XML_Char*, int,
                                        const XML_Char*, const XML_Char*, const XML_Char*,
                                        const XML_Char*) {
      static_cast<XmlPart*>(self)->Fail(absl::InvalidArgumentError("an entity declaration"));
    });
    const bool parsed =
        xml.size() <= static_cast<size_t>(INT32_MAX) &&
        XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_OK;
    absl::Status status = error_;
    if (!parsed && status.ok()) {
      status = absl::InvalidArgumentError(absl::StrCat(
          "XML error at line ", XML_GetCurrentLineNumber(parser), ": ",
          XML_ErrorString(XML_GetErrorCode(parser))));
    }
    XML_ParserFree(parser);
    parser_ = nullptr;
    if (status.ok()) return status;
    return absl::Status(status.code(), absl::StrCat(Where(part), status.message()));
  }

 protected:
  virtual void Start(absl::string_view name, const char** attributes) = 0;
  virtual void End(absl::string_view /*name*/) {}
  virtual void Text(absl::string_view /*text*/) {}
  // How errors in this part begin ("sheet 自评表, " or "xl/styles.xml: ").
  virtual std::string Where(const std::string& part) const { return absl::StrCat(part, ": "); }

  void Fail(absl::Status status) {
    if (!error_.ok()) return;
    error_ = std::move(status);
    XML_StopParser(parser_, XML_FALSE);
  }
  bool failed() const { return !error_.ok(); }

 private:
  XML_Parser parser_ = nullptr;
  absl::Status error_;
};

// _rels/.rels and xl/_rels/workbook.xml.rels: relationship id → target, and the office document.
class Relationships : public XmlPart {
 public:
  absl::flat_hash_map<std::string, std::string> targets;
  std::string office_document;

 protected:
  void Start(absl::string_view name, const char** attributes) override {
    if (name != "Relationship") return;
    const char* id = Attribute(attributes, "Id");
    const char* target = Attribute(attributes, "Target");
    const char* type = Attribute(attributes, "Type");
    if (id == nullptr || target == nullptr) return;
    targets[id] = target;
    if (type != nullptr && absl::EndsWith(type, "/officeDocument")) office_document = target;
  }
};

// xl/workbook.xml: the sheets, in tab order, with their relationship ids.
class WorkbookPart : public XmlPart {
 public:
  std::vector<std::pair<std::string, std::string>> sheets;  // name, r:id

 protected:
  void Start(absl::string_view name, const char** attributes) override {
    if (name != "sheet") return;
    const char* sheet_name = Attribute(attributes, "name");
    const char* id = Attribute(attributes, "id");
    if (sheet_name == nullptr || id == nullptr) {
      return Fail(absl::InvalidArgumentError("a <sheet> without name or r:id"));
    }
    if (sheets.size() >= static_cast<size_t>(kMaxSheets)) {
      return Fail(absl::ResourceExhaustedError(absl::StrCat("more than ", kMaxSheets, " sheets")));
    }
    sheets.emplace_back(sheet_name, id);
  }
};

// Text of <t> elements, skipping phonetic runs (<rPh>), for <si> and <is>.
class RichText {
 public:
  void Start(absl::string_view name) {
    if (name == "rPh") ++phonetic_;
    if (name == "t" && phonetic_ == 0) in_text_ = true;
  }
  void End(absl::string_view name) {
    if (name == "rPh" && phonetic_ > 0) --phonetic_;
    if (name == "t") in_text_ = false;
  }
  void Text(absl::string_view text) {
    if (in_text_) absl::StrAppend(&text_, text);
  }
  std::string Take() {
    in_text_ = false;
    phonetic_ = 0;
    return std::move(text_);
  }

 private:
  std::string text_;
  bool in_text_ = false;
  int phonetic_ = 0;
};

// "_x000D_" and the like (ECMA-376 §22.9.2.19) back to characters; CR LF and CR to "\n".
std::string CellString(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    uint32_t code = 0;
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_' &&
        absl::SimpleHexAtoi(absl::string_view(text).substr(i + 2, 4), &code) &&
        absl::ascii_isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      if (code == '\r') {
        out.push_back('\r');
      } else if ((code >= 0x20 && (code < 0xD800 || code > 0xDFFF)) || code == '\t' ||
                 code == '\n') {
        AppendUtf8(code, &out);
      }
      i += 6;
      continue;
    }
    out.push_back(text[i]);
  }
  std::string lines;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\r') {
      lines.push_back('\n');
      if (i + 1 < out.size() && out[i + 1] == '\n') ++i;
    } else {
      lines.push_back(out[i]);
    }
  }
  return lines;
}

// xl/sharedStrings.xml.
class SharedStrings : public XmlPart {
 public:
  std::vector<std::string> strings;

 protected:
  void Start(absl::string_view name, const char**) override {
    if (name == "si") in_item_ = true;
    if (in_item_) text_.Start(name);
  }
  void End(absl::string_view name) override {
    if (!in_item_) return;
    text_.End(name);
    if (name == "si") {
      strings.push_back(CellString(text_.Take()));
      in_item_ = false;
    }
  }
  void Text(absl::string_view text) override { text_.Text(text); }

 private:
  RichText text_;
  bool in_item_ = false;
};

// xl/styles.xml: the number format of each cell style (<cellXfs><xf numFmtId>).
class Styles : public XmlPart {
 public:
  std::vector<NumberFormat> cell_formats;

 protected:
  void Start(absl::string_view name, const char** attributes) override {
    if (name == "numFmt") {
      const char* id = Attribute(attributes, "numFmtId");
      const char* code = Attribute(attributes, "formatCode");
      int n = 0;
      if (id != nullptr && code != nullptr && absl::SimpleAtoi(id, &n)) custom_[n] = code;
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      if (cell_formats.size() >= kMaxCellStyles) {
        return Fail(absl::ResourceExhaustedError(
            absl::StrCat("more than ", kMaxCellStyles, " cell styles")));
      }
      const char* id = Attribute(attributes, "numFmtId");
      int n = 0;
      if (id == nullptr || !absl::SimpleAtoi(id, &n)) n = 0;
      auto found = custom_.find(n);
      cell_formats.push_back(found != custom_.end() ? ParseNumberFormat(found->second)
                                                    : BuiltinNumberFormat(n));
    }
  }
  void End(absl::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }

 private:
  absl::flat_hash_map<int, std::string> custom_;
  bool in_cell_xfs_ = false;
};

// "B7" → row 7, column 2 (1-based). False for anything else or past Excel's grid.
bool ParseCellRef(absl::string_view ref, int* row, int* column) {
  int c = 0, r = 0;
  size_t i = 0;
  for (; i < ref.size() && absl::ascii_isupper(static_cast<unsigned char>(ref[i])); ++i) {
    c = c * 26 + (ref[i] - 'A' + 1);
    if (c > kMaxSheetColumns) return false;
  }
  if (i == 0 || i == ref.size()) return false;
  for (; i < ref.size(); ++i) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(ref[i]))) return false;
    r = r * 10 + (ref[i] - '0');
    if (r > kMaxSheetRows) return false;
  }
  if (r == 0) return false;
  *row = r;
  *column = c;
  return true;
}

std::string CellName(int row, int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return absl::StrCat(letters, row);
}

// One sheet's XML: cells into a grid of rows, then merged ranges.
class SheetPart : public XmlPart {
 public:
  SheetPart(std::string name, const std::vector<std::string>& strings,
            const std::vector<NumberFormat>& formats, size_t* cells)
      : name_(std::move(name)), strings_(strings), formats_(formats), cells_(*cells) {}

  absl::StatusOr<Sheet> TakeSheet() {
    // The value stays in the top-left cell only. Ranges of a real sheet do not overlap, so the
    // cells visited are at most the cells there are; overlapping ones could make it quadratic.
    size_t visited = 0;
    for (const auto& [first, last] : merges_) {
      for (auto it = rows_.lower_bound(first.first); it != rows_.end() && it->first <= last.first;
           ++it) {
        for (int c = first.second; c <= last.second && c <= static_cast<int>(it->second.size());
             ++c) {
          if (it->first != first.first || c != first.second) {
            it->second[static_cast<size_t>(c - 1)].clear();
          }
          ++visited;
        }
        if (++visited > 2 * kMaxTableCells) {
          return absl::ResourceExhaustedError(absl::StrCat(
              "sheet ", name_, ": merged ranges that overlap over more than ", 2 * kMaxTableCells,
              " cells"));
        }
      }
    }
    Sheet sheet;
    sheet.name = name_;
    const int last_row = rows_.empty() ? 0 : rows_.rbegin()->first;
    sheet.rows.resize(static_cast<size_t>(last_row));
    for (int r = 1; r <= last_row; ++r) {
      sheet.rows[static_cast<size_t>(r - 1)].line = r;
      sheet.rows[static_cast<size_t>(r - 1)].row = r;
    }
    for (auto& [r, cells] : rows_) sheet.rows[static_cast<size_t>(r - 1)].cells = std::move(cells);
    return sheet;
  }

 protected:
  std::string Where(const std::string& part) const override {
    return absl::StrCat("sheet ", name_, " (", part, "), ",
                        cell_row_ > 0 ? absl::StrCat(CellName(cell_row_, cell_column_), ": ")
                                      : std::string());
  }

  void Start(absl::string_view name, const char** attributes) override {
    if (failed()) return;
    if (name == "row") {
      const char* r = Attribute(attributes, "r");
      int n = row_ + 1;
      if (r != nullptr && (!absl::SimpleAtoi(r, &n) || n < 1 || n > kMaxSheetRows)) {
        return Fail(absl::InvalidArgumentError(absl::StrCat("row number \"", r, "\"")));
      }
      if (n > kMaxSheetRows) return Fail(absl::InvalidArgumentError("a row past 1048576"));
      row_ = n;
      column_ = 0;
    } else if (name == "c") {
      const char* r = Attribute(attributes, "r");
      const char* t = Attribute(attributes, "t");
      const char* s = Attribute(attributes, "s");
      int row = row_ > 0 ? row_ : 1, column = column_ + 1;
      if (r != nullptr && !ParseCellRef(r, &row, &column)) {
        return Fail(absl::InvalidArgumentError(absl::StrCat("cell reference \"", r, "\"")));
      }
      if (column > kMaxSheetColumns) return Fail(absl::InvalidArgumentError("a column past XFD"));
      in_cell_ = true;
      cell_row_ = row;
      cell_column_ = column;
      row_ = row;
      column_ = column;
      type_ = t != nullptr ? t : "n";
      style_ = 0;
      if (s != nullptr && !absl::SimpleAtoi(s, &style_)) style_ = 0;
      value_.clear();
      has_value_ = false;
      (void)inline_.Take();
    } else if (in_cell_ && name == "v") {
      in_value_ = true;
      has_value_ = true;
    } else if (in_cell_ && name == "is") {
      in_inline_ = true;
      has_value_ = true;
    } else if (in_inline_) {
      inline_.Start(name);
    } else if (name == "mergeCell") {
      const char* ref = Attribute(attributes, "ref");
      if (ref == nullptr) return;
      std::pair<absl::string_view, absl::string_view> ends = absl::StrSplit(ref, ':');
      std::pair<int, int> first, last;
      if (!ParseCellRef(ends.first, &first.first, &first.second)) {
        return Fail(absl::InvalidArgumentError(absl::StrCat("merged range \"", ref, "\"")));
      }
      last = first;
      if (!ends.second.empty() && !ParseCellRef(ends.second, &last.first, &last.second)) {
        return Fail(absl::InvalidArgumentError(absl::StrCat("merged range \"", ref, "\"")));
      }
      if (merges_.size() >= kMaxTableCells) {
        return Fail(absl::ResourceExhaustedError("too many merged ranges"));
      }
      merges_.emplace_back(first, last);
    }
  }

  void End(absl::string_view name) override {
    if (failed()) return;
    if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (in_inline_) {
      inline_.End(name);
    } else if (name == "c" && in_cell_) {
      in_cell_ = false;
      Place();
      if (!failed()) cell_row_ = 0;  // an error names the cell
    }
  }

  void Text(absl::string_view text) override {
    if (in_value_) absl::StrAppend(&value_, text);
    if (in_inline_) inline_.Text(text);
  }

 private:
  void Place() {
    if (!has_value_) return;
    std::string text;
    if (type_ == "s") {
      size_t index = 0;
      if (!absl::SimpleAtoi(absl::StripAsciiWhitespace(value_), &index) ||
          index >= strings_.size()) {
        return Fail(absl::InvalidArgumentError(
            absl::StrCat("shared string \"", value_, "\" (the workbook has ", strings_.size(),
                         ")")));
      }
      text = strings_[index];
    } else if (type_ == "inlineStr") {
      text = CellString(inline_.Take());
    } else if (type_ == "str" || type_ == "e" || type_ == "d") {
      text = CellString(value_);
    } else if (type_ == "b") {
      text = absl::StripAsciiWhitespace(value_) == "1" ? "TRUE" : "FALSE";
    } else if (type_ == "n") {
      if (absl::StripAsciiWhitespace(value_).empty()) return;
      const NumberFormat general;
      const NumberFormat& format =
          style_ >= 0 && static_cast<size_t>(style_) < formats_.size()
              ? formats_[static_cast<size_t>(style_)]
              : general;
      auto shown = FormatNumberCell(value_, format);
      if (!shown.ok()) {
        return Fail(absl::InvalidArgumentError(
            absl::StrCat("number cell: ", shown.status().message())));
      }
      text = *std::move(shown);
    } else {
      return Fail(absl::InvalidArgumentError(absl::StrCat("cell type t=\"", type_, "\"")));
    }
    if (text.empty()) return;
    std::vector<std::string>& cells = rows_[cell_row_];
    if (cells.empty()) ++cells_;  // a row costs one cell, so blank rows count too
    if (static_cast<size_t>(cell_column_) > cells.size()) {
      const size_t more = static_cast<size_t>(cell_column_) - cells.size();
      if (more > kMaxTableCells || cells_ + more > kMaxTableCells) {
        return Fail(absl::ResourceExhaustedError(absl::StrCat(
            "more than ", kMaxTableCells, " cells in the workbook's sheets")));
      }
      cells_ += more;
      cells.resize(static_cast<size_t>(cell_column_));
    }
    cells[static_cast<size_t>(cell_column_ - 1)] = std::move(text);
  }

  std::string name_;
  const std::vector<std::string>& strings_;
  const std::vector<NumberFormat>& formats_;
  size_t& cells_;
  std::map<int, std::vector<std::string>> rows_;
  std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> merges_;
  int row_ = 0, column_ = 0;
  bool in_cell_ = false, in_value_ = false, in_inline_ = false, has_value_ = false;
  int cell_row_ = 0, cell_column_ = 0, style_ = 0;
  std::string type_, value_;
  RichText inline_;
};

// A target of a relationship, as a zip path: relative to the folder of the part that names it
// ("worksheets/sheet1.xml" from xl/workbook.xml), or absolute ("/xl/worksheets/sheet1.xml").
std::string ResolvePart(absl::string_view base_folder, absl::string_view target) {
  std::vector<std::string> parts;
  if (!absl::ConsumePrefix(&target, "/")) {
    for (absl::string_view p : absl::StrSplit(base_folder, '/', absl::SkipEmpty())) {
      parts.emplace_back(p);
    }
  }
  for (absl::string_view p : absl::StrSplit(target, '/', absl::SkipEmpty())) {
    if (p == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (p != ".") {
      parts.emplace_back(p);
    }
  }
  return absl::StrJoin(parts, "/");
}

class XlsxWorkbook : public Workbook {
 public:
  explicit XlsxWorkbook(absl::string_view bytes) : zip_(bytes) {}

  absl::Status Open() {
    JX_RETURN_IF_ERROR(zip_.Open());
    std::string workbook_path = "xl/workbook.xml";
    JX_ASSIGN_OR_RETURN(auto root_rels, zip_.Read("_rels/.rels"));
    if (root_rels) {
      Relationships rels;
      JX_RETURN_IF_ERROR(rels.Parse(*root_rels, "_rels/.rels"));
      if (!rels.office_document.empty()) workbook_path = ResolvePart("", rels.office_document);
    }
    JX_ASSIGN_OR_RETURN(auto workbook_xml, zip_.Read(workbook_path));
    if (!workbook_xml) {
      return absl::InvalidArgumentError(
          absl::StrCat("not an xlsx workbook: the zip has no ", workbook_path));
    }
    WorkbookPart workbook;
    JX_RETURN_IF_ERROR(workbook.Parse(*workbook_xml, workbook_path));
    const std::string folder = workbook_path.substr(0, workbook_path.rfind('/') + 1);
    const std::string rels_path =
        absl::StrCat(folder, "_rels/", workbook_path.substr(folder.size()), ".rels");
    JX_ASSIGN_OR_RETURN(auto rels_xml, zip_.Read(rels_path));
    Relationships rels;
    if (rels_xml) JX_RETURN_IF_ERROR(rels.Parse(*rels_xml, rels_path));
    for (const auto& [name, id] : workbook.sheets) {
      auto target = rels.targets.find(id);
      if (target == rels.targets.end()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "not a readable xlsx file: sheet ", name, " (", id, ") has no part in ", rels_path));
      }
      names_.push_back(name);
      parts_.push_back(ResolvePart(folder, target->second));
    }
    if (names_.empty()) return absl::InvalidArgumentError("the xlsx workbook has no sheets");

    // The shared strings and styles are where the relationships say, usually in the same folder.
    std::string strings_path = absl::StrCat(folder, "sharedStrings.xml");
    std::string styles_path = absl::StrCat(folder, "styles.xml");
    for (const auto& [id, target] : rels.targets) {
      if (absl::EndsWithIgnoreCase(target, "sharedStrings.xml")) {
        strings_path = ResolvePart(folder, target);
      }
      if (absl::EndsWithIgnoreCase(target, "styles.xml")) styles_path = ResolvePart(folder, target);
    }
    JX_ASSIGN_OR_RETURN(auto strings_xml, zip_.Read(strings_path));
    if (strings_xml) {
      SharedStrings strings;
      JX_RETURN_IF_ERROR(strings.Parse(*strings_xml, strings_path));
      strings_ = std::move(strings.strings);
    }
    JX_ASSIGN_OR_RETURN(auto styles_xml, zip_.Read(styles_path));
    if (styles_xml) {
      Styles styles;
      JX_RETURN_IF_ERROR(styles.Parse(*styles_xml, styles_path));
      formats_ = std::move(styles.cell_formats);
    }
    return absl::OkStatus();
  }

  const std::vector<std::string>& SheetNames() const override { return names_; }

  absl::StatusOr<Sheet> ReadSheet(size_t index) override {
    JX_ASSIGN_OR_RETURN(auto xml, zip_.Read(parts_.at(index)));
    if (!xml) {
      return absl::InvalidArgumentError(absl::StrCat("sheet ", names_[index], ": the zip has no ",
                                                     parts_[index]));
    }
    SheetPart part(names_[index], strings_, formats_, &cells_);
    JX_RETURN_IF_ERROR(part.Parse(*xml, parts_[index]));
    return part.TakeSheet();
  }

 private:
  Zip zip_;
  std::vector<std::string> names_, parts_;
  std::vector<std::string> strings_;
  std::vector<NumberFormat> formats_;
  size_t cells_ = 0;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Workbook>> OpenXlsx(absl::string_view bytes) {
  auto workbook = std::make_unique<XlsxWorkbook>(bytes);
  JX_RETURN_IF_ERROR(workbook->Open());
  return std::unique_ptr<Workbook>(std::move(workbook));
}

}  // namespace jixiao
