// Forms as workbooks (include/jixiao/import_table.h, docs/IMPORT.md "Spreadsheets"): the example
// xlsx and its xls twin score like the CSV and JSON forms; sheets chosen by header or by name;
// the format from the first bytes; errors that name the sheet.
#include "jixiao/import_table.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "jixiao/import_csv.h"
#include "lib/import/csv_encoding.h"
#include "lib/import/csv_reader.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using ::jixiao::testing::EvaluateOk;
using ::jixiao::testing::FindingCodes;
using ::jixiao::testing::ReadExample;
using ::jixiao::testing::ReadTestData;

constexpr char kZhengzhou[] = "zhengzhou-2021-project";

v1::Evaluation ImportOk(const std::string& bytes, const std::string& sheet = "") {
  ImportTableOptions options;
  options.sheet = sheet;
  auto evaluation = ImportTable(bytes, TableFormat::kDetect, kZhengzhou, options);
  EXPECT_TRUE(evaluation.ok()) << evaluation.status();
  return evaluation.ok() ? *evaluation : v1::Evaluation();
}

std::string ImportError(const std::string& bytes, const std::string& sheet = "",
                        TableFormat format = TableFormat::kDetect) {
  ImportTableOptions options;
  options.sheet = sheet;
  auto evaluation = ImportTable(bytes, format, kZhengzhou, options);
  EXPECT_FALSE(evaluation.ok());
  return evaluation.ok() ? "" : std::string(evaluation.status().message());
}

// Scores the same as the CSV form and the JSON form, indicator by indicator.
void ExpectScoresLikeTheCsvAndJsonForms(const v1::Evaluation& form) {
  ASSERT_EQ(form.indicators_size(), 18);
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(result.total(), "99.37");
  EXPECT_EQ(result.grade(), "优秀");
  EXPECT_TRUE(FindingCodes(result).empty()) << ::testing::PrintToString(FindingCodes(result));
  auto csv = ImportCsv(ReadExample("zz-2021-geodata.csv"), kZhengzhou);
  ASSERT_TRUE(csv.ok()) << csv.status();
  v1::EvaluationResult from_csv = EvaluateOk(*csv);
  v1::EvaluationResult from_json =
      EvaluateOk(testing::EvaluationFromJson(ReadTestData("zz-2021-geodata.json")));
  ASSERT_EQ(result.indicators_size(), from_csv.indicators_size());
  ASSERT_EQ(result.indicators_size(), from_json.indicators_size());
  for (int i = 0; i < result.indicators_size(); ++i) {
    for (const v1::EvaluationResult* other : {&from_csv, &from_json}) {
      EXPECT_EQ(result.indicators(i).name(), other->indicators(i).name()) << i;
      EXPECT_EQ(result.indicators(i).weight(), other->indicators(i).weight()) << i;
      EXPECT_EQ(result.indicators(i).score(), other->indicators(i).score()) << i;
      EXPECT_EQ(result.indicators(i).achieved(), other->indicators(i).achieved()) << i;
    }
  }
  for (int i = 0; i < result.categories_size(); ++i) {
    EXPECT_EQ(result.categories(i).score(), from_csv.categories(i).score()) << i;
  }
}

TEST(GeodataXlsx, ScoresLikeTheCsvAndJsonForms) {
  v1::Evaluation form = ImportOk(ReadExample("zz-2021-geodata.xlsx"));
  ExpectScoresLikeTheCsvAndJsonForms(form);
  // Figures stored as numbers come out as the sheet shows them.
  EXPECT_EQ(form.indicators(0).weight(), "1.82");
  EXPECT_EQ(form.indicators(0).actual().text(), "99.48%");
  EXPECT_EQ(form.indicators(0).reported_score(), "1.81");
  EXPECT_EQ(form.reported().total(), "99.37");
  EXPECT_EQ(form.indicators(0).id(), "r3");  // the sheet's row
}

TEST(GeodataXls, ScoresLikeTheCsvAndJsonForms) {
  // tests/data/zz-2021-geodata.xls is examples/zz-2021-geodata.xlsx converted by LibreOffice
  // (soffice --headless --convert-to xls).
  ExpectScoresLikeTheCsvAndJsonForms(ImportOk(ReadTestData("zz-2021-geodata.xls")));
}

TEST(GeodataXls, SheetNamesAndUnknownSheet) {
  const std::string message = ImportError(ReadTestData("zz-2021-geodata.xls"), "附表2");
  EXPECT_EQ(message, "the workbook has no sheet named \"附表2\"; its sheets: 自评表, 复核发现");
}

TEST(DetectTableFormat, FromTheFirstBytes) {
  EXPECT_EQ(DetectTableFormat(ReadExample("zz-2021-geodata.xlsx")), TableFormat::kXlsx);
  EXPECT_EQ(DetectTableFormat(ReadTestData("zz-2021-geodata.xls")), TableFormat::kXls);
  EXPECT_EQ(DetectTableFormat(ReadExample("zz-2021-geodata.csv")), TableFormat::kCsv);
  EXPECT_EQ(DetectTableFormat("PK"), TableFormat::kCsv);
  EXPECT_EQ(DetectTableFormat(""), TableFormat::kCsv);
}

TEST(ImportTable, CsvGoesThroughImportCsv) {
  ExpectScoresLikeTheCsvAndJsonForms(ImportOk(ReadExample("zz-2021-geodata.gb18030.csv")));
}

// The CSV form written into the second sheet of a workbook, after a sheet of notes: numbers as
// number cells ("1.82" with format 0.00, "99.48%" as 0.9948 with format 0.00%), text as text.
std::string CsvFormAsSecondSheet() {
  std::string path = ::testing::TempDir() + "/import_table_test_XXXXXX";
  const int fd = mkstemp(path.data());
  close(fd);
  unlink(path.c_str());
  path += ".xlsx";
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* notes = workbook_add_worksheet(workbook, "填表说明");
  worksheet_write_string(notes, 0, 0, "本表由项目单位填写", nullptr);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "附表1");
  lxw_format* two = workbook_add_format(workbook);
  format_set_num_format(two, "0.00");
  lxw_format* percent = workbook_add_format(workbook);
  format_set_num_format(percent, "0.00%");
  auto text = DecodeToUtf8(ReadExample("zz-2021-geodata.csv"));
  auto rows = ReadCsv(text->utf8);
  for (const CsvRecord& row : *rows) {
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const std::string& cell = row.cells[c];
      const auto r = static_cast<lxw_row_t>(row.row - 1);
      const auto col = static_cast<lxw_col_t>(c);
      double number = 0;
      char* end = nullptr;
      if (cell == "99.48%") {  // the one percentage the form writes as a figure
        worksheet_write_number(sheet, r, col, 0.9948, percent);
      } else if (!cell.empty() && (number = std::strtod(cell.c_str(), &end), *end == '\0') &&
                 cell.find('.') != std::string::npos && cell.size() - cell.find('.') == 3) {
        worksheet_write_number(sheet, r, col, number, two);  // "1.82", "13.33"
      } else if (!cell.empty()) {
        worksheet_write_string(sheet, r, col, cell.c_str(), nullptr);
      }
    }
  }
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::remove(path.c_str());
  return bytes.str();
}

TEST(ImportTable, FirstSheetWithAHeaderRowIsTheForm) {
  const std::string bytes = CsvFormAsSecondSheet();
  v1::Evaluation form = ImportOk(bytes);
  ExpectScoresLikeTheCsvAndJsonForms(form);
  EXPECT_EQ(form.name(), "基础地理信息数据年度更新维护经费");
  EXPECT_EQ(form.indicators(0).id(), "r5");
  EXPECT_EQ(form.indicators(0).actual().text(), "99.48%");
  EXPECT_EQ(form.indicators(0).weight(), "1.82");
}

TEST(ImportTable, SheetChosenByName) {
  const std::string bytes = CsvFormAsSecondSheet();
  EXPECT_EQ(ImportOk(bytes, "附表1").indicators_size(), 18);
  EXPECT_TRUE(absl::StartsWith(ImportError(bytes, "填表说明"), "no header row in the sheet 填表说明:"))
      << ImportError(bytes, "填表说明");
}

TEST(ImportTable, UnknownSheetNamesTheSheetsThereAre) {
  EXPECT_EQ(ImportError(ReadExample("zz-2021-geodata.xlsx"), "Sheet1"),
            "the workbook has no sheet named \"Sheet1\"; its sheets: 自评表, 复核发现");
}

TEST(ImportTable, RowErrorsNameTheSheet) {
  // 自评表 under another region's scheme: its categories are unknown there.
  auto evaluation = ImportTable(ReadExample("zz-2021-geodata.xlsx"), TableFormat::kXlsx,
                                "suzhou-2020-project");
  ASSERT_FALSE(evaluation.ok());
  EXPECT_TRUE(absl::StartsWith(evaluation.status().message(), "sheet 自评表: cannot import the form ("))
      << evaluation.status();
}

TEST(ImportTable, NotAWorkbookIsAClearError) {
  EXPECT_NE(ImportError("PK\x03\x04garbage").find("not a readable xlsx file"), std::string::npos);
  EXPECT_NE(ImportError("\xD0\xCF\x11\xE0garbage").find("not a readable xls file"),
            std::string::npos);
  EXPECT_NE(ImportError("a,b", "", TableFormat::kXlsx).find("not a readable xlsx file"),
            std::string::npos);
  std::string xls = ReadTestData("zz-2021-geodata.xls");
  for (size_t keep : {size_t{512}, xls.size() / 2}) {
    EXPECT_FALSE(ImportTable(xls.substr(0, keep), TableFormat::kXls, kZhengzhou).ok()) << keep;
  }
}

TEST(ImportTable, UnknownSchemeIsNamed) {
  auto evaluation = ImportTable(ReadExample("zz-2021-geodata.xlsx"), TableFormat::kDetect, "nope");
  ASSERT_FALSE(evaluation.ok());
  EXPECT_NE(evaluation.status().message().find("nope"), std::string::npos);
}

TEST(ImportTable, InputOverTheLimitIsResourceExhausted) {
  std::string big = "PK\x03\x04";
  big.resize((size_t{16} << 20) + 1, ' ');
  auto evaluation = ImportTable(big, TableFormat::kDetect, kZhengzhou);
  EXPECT_EQ(evaluation.status().code(), absl::StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace jixiao
