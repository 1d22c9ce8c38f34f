// .xlsx workbooks as cell grids (xlsx_reader.h): workbooks written here with libxlsxwriter (as
// Excel writes them: shared strings; inline strings in constant-memory mode) and zips written
// with minizip for what no spreadsheet writes (corrupt parts, a DOCTYPE, a zip bomb).
#include "lib/import/xlsx_reader.h"

#include <minizip/zip.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "lib/base/limits.h"

namespace jixiao {
namespace {

std::string TempPath(const char* suffix) {
  std::string path = ::testing::TempDir() + "/xlsx_reader_test_XXXXXX";
  const int fd = mkstemp(path.data());
  EXPECT_GE(fd, 0);
  close(fd);
  unlink(path.c_str());
  return path + suffix;
}

std::string ReadAndRemove(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::remove(path.c_str());
  return bytes.str();
}

// A workbook written by libxlsxwriter; `inline_strings` uses its constant-memory mode, which
// writes <is> inline strings instead of the shared string table.
std::string Xlsx(const std::function<void(lxw_workbook*)>& fill, bool inline_strings = false) {
  const std::string path = TempPath(".xlsx");
  lxw_workbook_options options = {};
  options.constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  fill(workbook);
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  return ReadAndRemove(path);
}

// A zip of the given parts, written by minizip (deflated). `repeat` writes a part's content that
// many times (a zip bomb without the memory).
std::string Zip(const std::vector<std::pair<std::string, std::string>>& parts,
                const std::string& repeated_part = "", size_t repeat = 0) {
  const std::string path = TempPath(".zip");
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  EXPECT_NE(zip, nullptr);
  for (const auto& [name, content] : parts) {
    zip_fileinfo info = {};
    EXPECT_EQ(zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                    Z_DEFLATED, Z_BEST_COMPRESSION, 1),
              ZIP_OK);
    const size_t times = name == repeated_part ? repeat : 1;
    for (size_t i = 0; i < times; ++i) {
      zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size()));
    }
    zipCloseFileInZip(zip);
  }
  zipClose(zip, nullptr);
  return ReadAndRemove(path);
}

constexpr char kWorkbookXml[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
constexpr char kWorkbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(</Relationships>)";

std::string SheetXml(const std::string& cells) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet )"
         R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         cells + "</sheetData></worksheet>";
}

// A minimal workbook of one sheet 表1 with `sheet` as its XML (and more parts if given).
std::string HandWritten(const std::string& sheet,
                        std::vector<std::pair<std::string, std::string>> more = {}) {
  more.insert(more.begin(), {{"xl/workbook.xml", kWorkbookXml},
                             {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                             {"xl/worksheets/sheet1.xml", sheet}});
  return Zip(more);
}

absl::StatusOr<Sheet> FirstSheet(const std::string& bytes) {
  auto workbook = OpenXlsx(bytes);
  if (!workbook.ok()) return workbook.status();
  return (*workbook)->ReadSheet(0);
}

// The cell at 1-based `row`, `column`, "" when the row is shorter.
std::string Cell(const Sheet& sheet, int row, int column) {
  if (row < 1 || static_cast<size_t>(row) > sheet.rows.size()) return "<no row>";
  const std::vector<std::string>& cells = sheet.rows[static_cast<size_t>(row - 1)].cells;
  return static_cast<size_t>(column) <= cells.size() ? cells[static_cast<size_t>(column - 1)]
                                                     : "";
}

std::string ErrorOf(const std::string& bytes) {
  auto sheet = FirstSheet(bytes);
  return sheet.ok() ? "<ok>" : std::string(sheet.status().message());
}

TEST(XlsxReader, SharedStringsWithRichTextRunsJoinedAndLineBreaksKept) {
  const std::string bytes = Xlsx([](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "自评表");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    worksheet_write_string(sheet, 0, 0, "三级指标", nullptr);
    worksheet_write_string(sheet, 1, 0, "数据来源\n(年度)", nullptr);
    lxw_rich_string_tuple plain = {nullptr, const_cast<char*>("完成率")};
    lxw_rich_string_tuple strong = {bold, const_cast<char*>("≥95%")};
    lxw_rich_string_tuple* runs[] = {&plain, &strong, nullptr};
    worksheet_write_rich_string(sheet, 2, 1, runs, nullptr);
  });
  auto sheet = FirstSheet(bytes);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(sheet->name, "自评表");
  ASSERT_EQ(sheet->rows.size(), 3u);
  EXPECT_EQ(sheet->rows[2].row, 3);
  EXPECT_EQ(Cell(*sheet, 1, 1), "三级指标");
  EXPECT_EQ(Cell(*sheet, 2, 1), "数据来源\n(年度)");
  EXPECT_EQ(Cell(*sheet, 3, 1), "");
  EXPECT_EQ(Cell(*sheet, 3, 2), "完成率≥95%");
}

TEST(XlsxReader, InlineStrings) {
  const std::string bytes = Xlsx(
      [](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        worksheet_write_string(sheet, 0, 0, "目标值", nullptr);
        worksheet_write_string(sheet, 0, 2, "≥300项", nullptr);
      },
      /*inline_strings=*/true);
  auto sheet = FirstSheet(bytes);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(Cell(*sheet, 1, 1), "目标值");
  EXPECT_EQ(Cell(*sheet, 1, 2), "");
  EXPECT_EQ(Cell(*sheet, 1, 3), "≥300项");
}

TEST(XlsxReader, NumbersAsTheirFormatShowsThem) {
  const std::string bytes = Xlsx([](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* two = workbook_add_format(workbook);
    format_set_num_format(two, "0.00");
    lxw_format* percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0%");
    lxw_format* builtin_percent = workbook_add_format(workbook);
    format_set_num_format_index(builtin_percent, 10);  // 0.00%
    lxw_format* literal_percent = workbook_add_format(workbook);
    format_set_num_format(literal_percent, "0.00\"%\"");
    lxw_format* grouped = workbook_add_format(workbook);
    format_set_num_format(grouped, "#,##0");
    worksheet_write_number(sheet, 0, 0, 10, two);
    worksheet_write_number(sheet, 0, 1, 0.95, percent);
    worksheet_write_number(sheet, 0, 2, 0.9348, builtin_percent);
    worksheet_write_number(sheet, 0, 3, 99.48, literal_percent);
    worksheet_write_number(sheet, 0, 4, 96534608, grouped);
    worksheet_write_number(sheet, 0, 5, 1.82, nullptr);
    worksheet_write_number(sheet, 0, 6, 300, nullptr);
    worksheet_write_number(sheet, 0, 7, 0.1 + 0.2, nullptr);  // 0.30000000000000004 stored
    worksheet_write_boolean(sheet, 0, 8, 1, nullptr);
    worksheet_write_formula_num(sheet, 0, 9, "=A1*2", nullptr, 20);
  });
  auto sheet = FirstSheet(bytes);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(Cell(*sheet, 1, 1), "10.00");
  EXPECT_EQ(Cell(*sheet, 1, 2), "95%");
  EXPECT_EQ(Cell(*sheet, 1, 3), "93.48%");
  EXPECT_EQ(Cell(*sheet, 1, 4), "99.48%");  // a quoted "%" is text, not ×100
  EXPECT_EQ(Cell(*sheet, 1, 5), "96,534,608");
  EXPECT_EQ(Cell(*sheet, 1, 6), "1.82");
  EXPECT_EQ(Cell(*sheet, 1, 7), "300");  // an integer has no ".0"
  EXPECT_EQ(Cell(*sheet, 1, 8), "0.3");
  EXPECT_EQ(Cell(*sheet, 1, 9), "TRUE");
  EXPECT_EQ(Cell(*sheet, 1, 10), "20");  // a formula's cached value
}

TEST(XlsxReader, StoredDigitsAreShownWithoutBinaryArithmetic) {
  const std::string bytes = HandWritten(
      SheetXml(R"(<row r="1"><c r="A1"><v>9.5000000000000002E-2</v></c>)"
               R"(<c r="B1" t="n"><v>-12</v></c><c r="C1" t="e"><v>#DIV/0!</v></c>)"
               R"(<c r="D1" t="str"><v>a_x000D_&#10;b</v></c></row>)"));
  auto sheet = FirstSheet(bytes);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(Cell(*sheet, 1, 1), "0.095");
  EXPECT_EQ(Cell(*sheet, 1, 2), "-12");
  EXPECT_EQ(Cell(*sheet, 1, 3), "#DIV/0!");
  EXPECT_EQ(Cell(*sheet, 1, 4), "a\nb");
}

TEST(XlsxReader, MergedRangeKeepsItsValueInTheTopLeftCellOnly) {
  // Excel keeps the hidden cells of a range; a CSV export leaves them blank, and so do we.
  const std::string bytes = HandWritten(SheetXml(
      R"(<row r="3"><c r="A3" t="inlineStr"><is><t>产出目标</t></is></c>)"
      R"(<c r="B3" t="inlineStr"><is><t>数量指标</t></is></c></row>)"
      R"(<row r="4"><c r="A4" t="inlineStr"><is><t>stale</t></is></c>)"
      R"(<c r="B4" t="inlineStr"><is><t>质量指标</t></is></c></row>)"
      R"(<row r="5"><c r="A5" t="inlineStr"><is><t>stale</t></is></c></row>)") +
      "");
  std::string with_merge = SheetXml(
      R"(<row r="3"><c r="A3" t="inlineStr"><is><t>产出目标</t></is></c>)"
      R"(<c r="B3" t="inlineStr"><is><t>数量指标</t></is></c></row>)"
      R"(<row r="4"><c r="A4" t="inlineStr"><is><t>stale</t></is></c>)"
      R"(<c r="B4" t="inlineStr"><is><t>质量指标</t></is></c></row>)"
      R"(<row r="5"><c r="A5" t="inlineStr"><is><t>stale</t></is></c></row>)");
  with_merge.replace(with_merge.find("</worksheet>"), 12,
                     R"(<mergeCells count="1"><mergeCell ref="A3:A5"/></mergeCells></worksheet>)");
  auto plain = FirstSheet(bytes);
  auto merged = FirstSheet(HandWritten(with_merge));
  ASSERT_TRUE(plain.ok()) << plain.status();
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_EQ(Cell(*plain, 4, 1), "stale");
  EXPECT_EQ(Cell(*merged, 3, 1), "产出目标");
  EXPECT_EQ(Cell(*merged, 4, 1), "");
  EXPECT_EQ(Cell(*merged, 5, 1), "");
  EXPECT_EQ(Cell(*merged, 4, 2), "质量指标");  // outside the range
  ASSERT_EQ(merged->rows.size(), 5u);  // rows 1 and 2 are there, blank
  EXPECT_TRUE(merged->rows[0].cells.empty());
  EXPECT_EQ(merged->rows[4].line, 5);
}

TEST(XlsxReader, MergedRangeWrittenByLibxlsxwriter) {
  const std::string bytes = Xlsx([](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    worksheet_merge_range(sheet, 0, 0, 2, 0, "投入和管理目标", nullptr);
    worksheet_write_string(sheet, 1, 1, "预算执行率", nullptr);
  });
  auto sheet = FirstSheet(bytes);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(Cell(*sheet, 1, 1), "投入和管理目标");
  EXPECT_EQ(Cell(*sheet, 2, 1), "");
  EXPECT_EQ(Cell(*sheet, 2, 2), "预算执行率");
}

TEST(XlsxReader, SheetNamesInTabOrder) {
  const std::string bytes = Xlsx([](lxw_workbook* workbook) {
    worksheet_write_string(workbook_add_worksheet(workbook, "说明"), 0, 0, "x", nullptr);
    worksheet_write_string(workbook_add_worksheet(workbook, "自评表"), 0, 0, "y", nullptr);
  });
  auto workbook = OpenXlsx(bytes);
  ASSERT_TRUE(workbook.ok()) << workbook.status();
  EXPECT_EQ((*workbook)->SheetNames(), (std::vector<std::string>{"说明", "自评表"}));
  auto second = (*workbook)->ReadSheet(1);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(Cell(*second, 1, 1), "y");
}

TEST(XlsxReader, TruncatedOrCorruptZipIsAClearError) {
  const std::string good = Xlsx([](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    for (int r = 0; r < 50; ++r) worksheet_write_string(sheet, r, 0, "三级指标", nullptr);
  });
  ASSERT_TRUE(FirstSheet(good).ok());
  for (size_t keep : {size_t{0}, size_t{4}, size_t{30}, good.size() / 2, good.size() - 30}) {
    const std::string message = ErrorOf(good.substr(0, keep));
    EXPECT_NE(message.find("not a readable xlsx file"), std::string::npos) << keep << ": "
                                                                             << message;
  }
  // Every byte flipped in turn, one at a time: an error or a sheet, never a crash.
  for (size_t i = 0; i < good.size(); i += 7) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    (void)ErrorOf(bad);
  }
  std::string corrupt = good;  // inside the sheet's compressed data
  const size_t sheet = good.find("xl/worksheets/sheet1.xml");
  ASSERT_NE(sheet, std::string::npos);
  for (size_t i = sheet + 40; i < sheet + 60; ++i) corrupt[i] = static_cast<char>(~corrupt[i]);
  EXPECT_NE(ErrorOf(corrupt).find("zip entry xl/worksheets/sheet1.xml"), std::string::npos)
      << ErrorOf(corrupt);
}

TEST(XlsxReader, ZipBombIsRefusedByTheUncompressedLimit) {
  // A sheet that inflates to 72 MiB of blanks from a few hundred KiB.
  const std::string bomb =
      Zip({{"xl/workbook.xml", kWorkbookXml},
           {"xl/_rels/workbook.xml.rels", kWorkbookRels},
           {"xl/worksheets/sheet1.xml", std::string(1 << 20, ' ')}},
          "xl/worksheets/sheet1.xml", (kMaxUncompressedBytes >> 20) + 8);
  ASSERT_LT(bomb.size(), kMaxUncompressedBytes / 32);
  auto sheet = FirstSheet(bomb);
  ASSERT_FALSE(sheet.ok());
  EXPECT_EQ(sheet.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(sheet.status().message().find("zip bomb"), std::string::npos) << sheet.status();
}

TEST(XlsxReader, TooManyZipEntriesAreRefused) {
  std::vector<std::pair<std::string, std::string>> parts;
  for (int i = 0; i <= kMaxZipEntries; ++i) parts.emplace_back("f" + std::to_string(i), "");
  auto workbook = OpenXlsx(Zip(parts));
  ASSERT_FALSE(workbook.ok());
  EXPECT_EQ(workbook.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(XlsxReader, TooManyCellsAreRefused) {
  // One cell far to the right on many rows: the blanks to its left count.
  std::string rows;
  for (int r = 1; r <= 80; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) +
            "\"><v>1</v></c></row>";
  }
  auto sheet = FirstSheet(HandWritten(SheetXml(rows)));
  ASSERT_FALSE(sheet.ok());
  EXPECT_EQ(sheet.status().code(), absl::StatusCode::kResourceExhausted) << sheet.status();
}

TEST(XlsxReader, OverlappingMergedRangesAreRefusedNotQuadratic) {
  // 100 rows of 1000 cells under 30 copies of a range over all of them: 3 million visits.
  std::string rows;
  for (int r = 1; r <= 100; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\">";
    for (int c = 0; c < 1000; ++c) rows += "<c><v>1</v></c>";
    rows += "</row>";
  }
  std::string merges = "<mergeCells>";
  for (int i = 0; i < 30; ++i) merges += "<mergeCell ref=\"A1:ALL100\"/>";
  std::string xml = SheetXml(rows);
  xml.replace(xml.find("</worksheet>"), 12, merges + "</mergeCells></worksheet>");
  auto sheet = FirstSheet(HandWritten(xml));
  ASSERT_FALSE(sheet.ok());
  EXPECT_EQ(sheet.status().code(), absl::StatusCode::kResourceExhausted) << sheet.status();
  // One such range is fine: every cell but A1 blank.
  xml = SheetXml(rows);
  xml.replace(xml.find("</worksheet>"), 12,
              "<mergeCells><mergeCell ref=\"A1:ALL100\"/></mergeCells></worksheet>");
  sheet = FirstSheet(HandWritten(xml));
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(Cell(*sheet, 1, 1), "1");
  EXPECT_EQ(Cell(*sheet, 100, 1000), "");
}

TEST(XlsxReader, DoctypeAndEntitiesAreRefused) {
  const std::string laughs =
      R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)"
      R"(<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>)"
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c>)"
      R"(</row></sheetData></worksheet>)";
  const std::string message = ErrorOf(HandWritten(laughs));
  EXPECT_NE(message.find("DOCTYPE"), std::string::npos) << message;
  EXPECT_NE(message.find("sheet 表1"), std::string::npos) << message;
}

TEST(XlsxReader, ErrorsNameTheSheetAndTheCell) {
  EXPECT_EQ(ErrorOf(HandWritten(SheetXml(R"(<row r="7"><c r="B7" t="s"><v>3</v></c></row>)"))),
            "sheet 表1 (xl/worksheets/sheet1.xml), B7: shared string \"3\" (the workbook has 0)");
  EXPECT_EQ(ErrorOf(HandWritten(SheetXml(R"(<row r="2"><c r="C2"><v>1.2.3</v></c></row>)"))),
            "sheet 表1 (xl/worksheets/sheet1.xml), C2: number cell: \"1.2.3\" is not a number");
  EXPECT_NE(ErrorOf(HandWritten(SheetXml(R"(<row r="1"><c r="A0"><v>1</v></c></row>)")))
                .find("cell reference \"A0\""),
            std::string::npos);
  EXPECT_NE(ErrorOf(HandWritten(SheetXml("<row><c><v>1</c></row>"))).find("XML error at line 1"),
            std::string::npos);
  EXPECT_NE(ErrorOf(Zip({{"xl/workbook.xml", kWorkbookXml}})).find("has no part"),
            std::string::npos);
  EXPECT_NE(ErrorOf(Zip({{"a.txt", "x"}})).find("no xl/workbook.xml"), std::string::npos);
}

}  // namespace
}  // namespace jixiao
