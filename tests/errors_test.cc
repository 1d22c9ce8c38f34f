// SCORING.md §6: every invalid-argument error, with one message naming the field.
#include <string>

#include "gtest/gtest.h"
#include "jixiao/io.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluationFromJson;
using testing::Form;

std::string ErrorOf(const v1::Evaluation& evaluation) {
  auto result = Evaluate(evaluation);
  EXPECT_FALSE(result.ok());
  if (result.ok()) return "";
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(result.status().message());
}

TEST(MalformedDecimal, NamesTheIndicatorAndField) {
  EXPECT_EQ(
      ErrorOf(Form("zhengzhou-2021-project", R"([
    {"id": "i07", "level1": "产出目标", "weight": "10", "actual": {"number": "93%"}, "target": {"value": "100"}}])")),
      "indicator i07 actual.number: \"93%\" is not a decimal number: write plain digits with an "
      "optional sign and '.', like \"-12.50\"; no spaces, units, '%', thousands separators or "
      "exponents");
  EXPECT_EQ(ErrorOf(Form("zhengzhou-2021-project", R"([
    {"id": "i08", "level1": "产出目标", "weight": "1,000", "actual": {"achieved": true}}])")),
            "indicator i08 weight: \"1,000\" is not a decimal number: write plain digits with an "
            "optional sign and '.', like \"-12.50\"; no spaces, units, '%', thousands separators "
            "or exponents");
  EXPECT_EQ(
      ErrorOf(Form("zhengzhou-2021-project", R"([
    {"id": "i09", "level1": "产出目标", "weight": "10", "actual": {"achieved": true}, "reported_score": "十"}])")),
      "indicator i09 reported_score: \"十\" is not a decimal number: write digits, an optional '.' "
      "and digits, like \"12.50\"");
  EXPECT_EQ(
      ErrorOf(Form("zhengzhou-2021-project", "[]", R"(, "reported": {"total": "NaN"})")),
      "reported.total: \"NaN\" is not a decimal number: write digits, an optional '.' and digits, "
      "like \"12.50\"");
  EXPECT_EQ(
      ErrorOf(Form("zhengzhou-2021-project", "[]",
                   R"(, "budget": {"total": {"name": "合计", "spent": "1e5"}})")),
      "budget 合计 spent: \"1e5\" is not a decimal number: write plain digits with an optional "
      "sign and '.', like \"-12.50\"; no spaces, units, '%', thousands separators or exponents");
}

TEST(UnknownScheme, ListsTheBuiltInSchemes) {
  EXPECT_EQ(
      ErrorOf(Form("beijing-2030", "[]")),
      "scheme: unknown scheme \"beijing-2030\"; the built-in schemes are zhengzhou-2021-project, "
      "suzhou-2020-project, mof-2020-project, henan-2021-department");
}

TEST(NoScheme, SaysHowToChooseOne) {
  EXPECT_EQ(
      ErrorOf(EvaluationFromJson(R"({"id": "x", "indicators": []})")),
      "scheme: no scheme; set \"scheme\" to one of zhengzhou-2021-project, suzhou-2020-project, "
      "mof-2020-project, henan-2021-department or pass a custom_scheme");
}

TEST(Level1NotACategory, NamesTheIndicatorAndTheCategories) {
  EXPECT_EQ(
      ErrorOf(Form("zhengzhou-2021-project", R"([{"id": "k1", "level1": "满意度指标"}])")),
      "indicator k1 level1: \"满意度指标\" is not a category of scheme zhengzhou-2021-project "
      "(投入和管理目标, 产出目标, 效果目标, 影响力目标, or their aliases)");
}

TEST(DuplicateIndicatorId, IsAnError) {
  EXPECT_EQ(ErrorOf(Form("zhengzhou-2021-project",
                         R"([{"id": "a", "level1": "产出"}, {"id": "a", "level1": "产出"}])")),
            "indicators[1]: duplicate indicator id \"a\"");
}

TEST(EmptyIndicatorId, IsAnError) {
  EXPECT_EQ(ErrorOf(Form("zhengzhou-2021-project", R"([{"level1": "产出", "name": "服务人次"}])")),
            "indicators[0] (服务人次): id is empty");
}

TEST(UnknownReportedCategory, IsAnError) {
  EXPECT_EQ(ErrorOf(Form("zhengzhou-2021-project", "[]",
                         R"(, "reported": {"categories": {"产出指标": "40"}})")),
            "reported.categories[\"产出指标\"]: not a category of scheme zhengzhou-2021-project");
}

TEST(CustomScheme, IsUsedWhenGivenWithItsOwnRoundingAndDecimals) {
  v1::Evaluation evaluation = EvaluationFromJson(R"({"id": "c", "custom_scheme": {
    "name": "county-2022", "decimals": 1, "rounding": "TRUNCATE",
    "categories": [{"name": "产出", "points": "10", "allocation": "EVEN_SPLIT"}],
    "grade_bands": [{"label": "合格", "min": "60"}, {"label": "不合格", "min": "0"}]},
    "indicators": [{"id": "a", "level1": "产出", "target": {"value": "3"}, "actual": {"number": "2"}}]})");
  auto result = Evaluate(evaluation);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->scheme(), "county-2022");
  EXPECT_EQ(result->indicators(0).score(), "6.6");  // 10 × 2/3 = 6.66… truncated to 1 place
  EXPECT_EQ(result->total(), "6.6");
  EXPECT_EQ(result->grade(), "合格");
}

TEST(CustomScheme, DefaultsToTheFiveLevelScaleAndHalfUpTwoDecimals) {
  v1::Evaluation evaluation = EvaluationFromJson(R"({"id": "c", "custom_scheme": {"name": "s",
    "categories": [{"name": "效益", "points": "3"}]},
    "indicators": [{"id": "a", "level1": "效益", "weight": "3", "target": {"text": "明显"},
                    "actual": {"grade": "较好"}}]})");
  auto result = Evaluate(evaluation);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->indicators(0).score(), "2.40");
  EXPECT_EQ(result->indicators(0).rule(), "grade");
}

TEST(CustomScheme, BadSchemesAreErrorsNamingTheField) {
  EXPECT_EQ(ErrorOf(EvaluationFromJson(R"({"custom_scheme": {"name": "s", "decimals": 9,
    "categories": [{"name": "a", "points": "1"}]}})")),
            "scheme s: decimals 9 is outside 0..6");
  EXPECT_EQ(ErrorOf(EvaluationFromJson(R"({"custom_scheme": {"name": "s"}})")),
            "scheme s: has no categories");
  EXPECT_EQ(ErrorOf(EvaluationFromJson(R"({"custom_scheme": {"name": "s",
    "categories": [{"name": "a", "points": "x"}]}})")),
            "scheme s categories[0] (a).points: \"x\" is not a decimal number: write digits, an "
            "optional '.' and digits, like \"12.50\"");
  EXPECT_EQ(ErrorOf(EvaluationFromJson(R"({"custom_scheme": {"name": "s",
    "categories": [{"name": "a", "points": "1"}, {"name": "b", "aliases": ["a"], "points": "1"}]}})")),
            "scheme s categories[1]: \"a\" names two categories");
  EXPECT_EQ(ErrorOf(EvaluationFromJson(R"({"custom_scheme": {"name": "s",
    "categories": [{"name": "a", "points": "0"}]}})")),
            "scheme s: the categories' points sum to 0");
}

TEST(Overflow, IsAnErrorNotAWrappedNumber) {
  // A weight times a completion ratio of 15-digit figures with 6 places exceeds 128 bits.
  std::string error = ErrorOf(Form("zhengzhou-2021-project", R"([
    {"id": "big", "level1": "产出目标", "weight": "999999999999999.999999",
     "target": {"value": "999999999999999.999997"}, "actual": {"number": "999999999999998.999999"}}])"));
  EXPECT_EQ(error, "indicator big: the figures are too large to compute exactly in 128 bits");
}

TEST(StrictJson, UnknownFieldsAndWrongTypesAreRejected) {
  v1::Evaluation evaluation;
  absl::Status unknown =
      ParseMessage(R"({"id": "x", "colour": "red"})", Format::kJson, &evaluation);
  EXPECT_EQ(unknown.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(unknown.message().find("colour"), std::string::npos) << unknown;
  absl::Status wrong =
      ParseMessage(R"({"id": "x", "year": "二〇二一"})", Format::kJson, &evaluation);
  EXPECT_EQ(wrong.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(wrong.message().find("year"), std::string::npos) << wrong;
}

TEST(BinaryInput, TruncatedProtobufIsRejected) {
  v1::Evaluation evaluation = Form("zhengzhou-2021-project", R"([{"id": "a", "level1": "产出"}])");
  std::string bytes = evaluation.SerializeAsString();
  v1::Evaluation parsed;
  EXPECT_FALSE(ParseMessage(bytes.substr(0, bytes.size() - 3), Format::kProto, &parsed).ok());
}

}  // namespace
}  // namespace jixiao
