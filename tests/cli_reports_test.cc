// The markdown and CSV reports of `jixiao evaluate`: rows, quoting and escaping.
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_split.h"
#include "cli/csv_report.h"
#include "cli/markdown_report.h"
#include "gtest/gtest.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"

namespace jixiao::cli {
namespace {

v1::Evaluation Form(const std::string& name) {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/" + name + ".json");
  std::stringstream json;
  json << in.rdbuf();
  v1::Evaluation evaluation;
  EXPECT_TRUE(ParseMessage(json.str(), Format::kJson, &evaluation).ok());
  return evaluation;
}

TEST(CsvReport, StartsWithABomAndHasARowPerIndicatorCategoryTotalAndGrade) {
  v1::Evaluation evaluation = Form("zz-2021-data-governance");
  auto result = Evaluate(evaluation);
  ASSERT_TRUE(result.ok()) << result.status();
  std::string csv = CsvReport(evaluation, *result);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF一级指标,二级指标,三级指标,权重,", 0), 0u);
  std::vector<std::string> lines = absl::StrSplit(csv, "\r\n", absl::SkipEmpty());
  EXPECT_EQ(lines.size(), 1u + 21u + 4u + 2u);
  EXPECT_EQ(lines[lines.size() - 2], "总分,,,100.00,,,,98.66,98.66,,");
  EXPECT_EQ(lines.back(), "等级,,,,,,,优秀,优秀,,");
}

TEST(CsvReport, QuotesFieldsWithCommasQuotesAndLineBreaks) {
  v1::Evaluation evaluation = Form("zz-2021-data-governance");
  evaluation.mutable_indicators(evaluation.indicators_size() - 1)->set_name("数据,\"治理\"\n经费");
  auto result = Evaluate(evaluation);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_NE(CsvReport(evaluation, *result).find(",\"数据,\"\"治理\"\"\n经费\","), std::string::npos);
}

// OWASP "CSV injection": a cell a spreadsheet would take for a formula is written after a ', so
// that it shows as text ("=100%" was 1 in Excel, "=1200平方公里" #NAME?).
TEST(CsvReport, CellsThatWouldBeFormulasAreWrittenAsText) {
  EXPECT_EQ(CsvField("=100%"), "\"'=100%\"");
  EXPECT_EQ(CsvField("=1200平方公里"), "\"'=1200平方公里\"");
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(CsvField("+1+2"), "\"'+1+2\"");
  EXPECT_EQ(CsvField("-2+3"), "\"'-2+3\"");
  EXPECT_EQ(CsvField("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(CsvField("\t=1"), "\"'\t=1\"");
  EXPECT_EQ(CsvField("\r=1"), "\"'\r=1\"");
  // Numbers stay numbers, so a spreadsheet can still sum and sort them.
  EXPECT_EQ(CsvField("-3"), "-3");
  EXPECT_EQ(CsvField("-1.50"), "-1.50");
  EXPECT_EQ(CsvField("+2.5%"), "+2.5%");
  EXPECT_EQ(CsvField("99.37"), "99.37");
  // Anything else as before: plain, or quoted for a comma, quote or line break.
  EXPECT_EQ(CsvField("≥300项"), "≥300项");
  EXPECT_EQ(CsvField("a=b"), "a=b");
  EXPECT_EQ(CsvField("-"), "\"'-\"");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
}

TEST(MarkdownReport, EscapesPipesAndLineBreaksInCells) {
  v1::Evaluation evaluation = Form("zz-2021-geodata");
  evaluation.mutable_indicators(evaluation.indicators_size() - 1)->set_name("a|b\nc");
  auto result = Evaluate(evaluation);
  ASSERT_TRUE(result.ok()) << result.status();
  std::string markdown = MarkdownReport(evaluation, *result);
  EXPECT_NE(markdown.find("| a\\|b<br>c |"), std::string::npos);
  EXPECT_NE(markdown.find("`EXECUTION_RATE_MISMATCH`"), std::string::npos);
  EXPECT_NE(markdown.find("**总分 99.37 / 100.00 · 等级 优秀**"), std::string::npos);
}

}  // namespace
}  // namespace jixiao::cli
