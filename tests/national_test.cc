// Issue 13: the national template (财预〔2020〕10号 项目支出绩效自评表) as units file it — two real
// forms (tests/data/national/README.md), each as CSV and as a hand transcription, give the same
// figures and the form's own errors; and the findings the review added for them.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "jixiao/import_csv.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluateOk;
using testing::EvaluationFromJson;
using testing::FindingCodes;
using testing::Form;
using testing::ReadTestData;

constexpr char kMof[] = "mof-2020-project";

v1::Evaluation ImportNational(const std::string& name) {
  auto form = ImportCsv(ReadTestData(absl::StrCat("national/", name, ".csv")), kMof);
  EXPECT_TRUE(form.ok()) << form.status();
  return form.ok() ? *form : v1::Evaluation();
}

v1::Evaluation HandForm(const std::string& name) {
  return EvaluationFromJson(ReadTestData(absl::StrCat("national/", name, ".form.json")));
}

const std::string& RootExecutionRate(const v1::EvaluationResult& result) {
  static const std::string kNone;
  return result.budget_size() > 0 ? result.budget(0).execution_rate() : kNone;
}

bool Has(const v1::EvaluationResult& result, const std::string& code_at) {
  for (const std::string& c : FindingCodes(result)) {
    if (c == code_at) return true;
  }
  return false;
}

// ---- 永德县 2022 营养改善计划: two-row header, ≧ ═, headings 40/30/20 --------------------------

void ExpectYongde(const v1::EvaluationResult& result) {
  EXPECT_EQ(result.total(), "99.80");
  EXPECT_EQ(result.grade(), "优");
  EXPECT_EQ(RootExecutionRate(result), "100.00");
  EXPECT_EQ(result.indicators_size(), 10);
  EXPECT_EQ(result.max_total(), "100.00");  // 10 + 40 + 30 + 20, as the headings say
  // 资金到位及时率 met (100 % of ≥100 %) but scored 7; 政策知晓率 98 % of =100 % is 9.80,
  // printed 9.
  EXPECT_TRUE(Has(result, "SCORE_MISMATCH@o03")) << ::testing::PrintToString(FindingCodes(result));
  EXPECT_TRUE(Has(result, "SCORE_MISMATCH@e02"));
  EXPECT_TRUE(Has(result, "TOTAL_MISMATCH"));  // 总分 96
  EXPECT_FALSE(Has(result, "WEIGHT_SUM_MISMATCH"));
  EXPECT_FALSE(Has(result, "MAX_TOTAL_MISMATCH"));
}

TEST(NationalYongde, CsvGivesTheExpectedFiguresAndTheFormsOwnErrors) {
  v1::Evaluation form = ImportNational("yn-yongde-2022-nutrition");
  EXPECT_EQ(form.name(), "义务教育营养改善计划专项资金");
  EXPECT_EQ(form.authority(), "永德县教育体育局");
  EXPECT_EQ(form.unit(), "永德县明朗中学");
  EXPECT_EQ(form.year(), 2022);
  EXPECT_EQ(form.overall_goal().expected(), "确保每一个学生都能享受到国家政策福利，改善学生体质");
  EXPECT_EQ(form.remarks(), "无");
  EXPECT_EQ(form.reported().max_total(), "100");
  EXPECT_EQ(form.reported().total(), "96");
  EXPECT_EQ(form.reported().grade(), "优");
  EXPECT_EQ(form.category_points().at("产出指标"), "40");
  EXPECT_EQ(form.category_points().at("满意度指标"), "20");
  ASSERT_EQ(form.budget().total().breakdowns(0).lines_size(), 1);  // the empty lines left out
  EXPECT_EQ(form.budget().total().breakdowns(0).lines(0).name(), "当年财政拨款");
  // 指标性质 | 指标值 | 度量单位 make one target.
  ASSERT_GE(form.indicators_size(), 2);
  EXPECT_EQ(form.indicators(1).target().text(), "≧735人次");
  EXPECT_EQ(form.indicators(1).target().unit(), "人次");
  ExpectYongde(EvaluateOk(form));
}

TEST(NationalYongde, HandTranscriptionGivesTheSame) {
  ExpectYongde(EvaluateOk(HandForm("yn-yongde-2022-nutrition")));
}

TEST(NationalYongde, CsvAndHandFormScoreEveryIndicatorAlike) {
  v1::EvaluationResult csv = EvaluateOk(ImportNational("yn-yongde-2022-nutrition"));
  v1::EvaluationResult hand = EvaluateOk(HandForm("yn-yongde-2022-nutrition"));
  ASSERT_EQ(csv.indicators_size(), hand.indicators_size());
  for (int i = 0; i < csv.indicators_size(); ++i) {
    EXPECT_EQ(csv.indicators(i).id(), hand.indicators(i).id());
    EXPECT_EQ(csv.indicators(i).name(), hand.indicators(i).name());
    EXPECT_EQ(csv.indicators(i).level2(), hand.indicators(i).level2());
    EXPECT_EQ(csv.indicators(i).score(), hand.indicators(i).score()) << i;
  }
}

// ---- 廊坊 2019 暖通改造: GB18030, template rows, a category after a page break
// --------------------

void ExpectLangfang(const v1::EvaluationResult& result) {
  EXPECT_EQ(result.total(), "97.22");
  EXPECT_EQ(result.grade(), "优");
  EXPECT_EQ(RootExecutionRate(result), "86.20");  // 37.24 / 43.2
  EXPECT_EQ(result.indicators_size(), 10);
  // Integer-printed scores: 8.60 printed 9, 37.24 of 43.2 → 8.62 printed 9.
  EXPECT_TRUE(Has(result, "SCORE_MISMATCH@b01")) << ::testing::PrintToString(FindingCodes(result));
  EXPECT_TRUE(Has(result, "SCORE_MISMATCH@o01"));
  EXPECT_FALSE(Has(result, "EXECUTION_RATE_MISMATCH@b01"));  // "86%" agrees with 86.20 at 0 places
}

TEST(NationalLangfang, CsvGivesTheExpectedFiguresAndTheFormsOwnErrors) {
  v1::Evaluation form = ImportNational("he-langfang-2019-hvac");
  EXPECT_EQ(form.name(), "办公宿舍楼、食堂及餐厅暖通改造经费");
  EXPECT_EQ(form.unit(), "廊坊市食品工程学校");
  EXPECT_EQ(form.year(), 2019);
  EXPECT_EQ(form.overall_goal().expected(), "43.2");
  EXPECT_EQ(form.overall_goal().actual(), "37.24");
  EXPECT_EQ(form.indicators(1).name(), "工程资金金额");  // printed "指标1工程资金金额"
  EXPECT_EQ(form.indicators(1).note(),
            "已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。");
  EXPECT_EQ(form.indicators(5).level2(), "成本指标");
  EXPECT_EQ(form.indicators(5).target().comparator(), v1::Target::AT_MOST);  // a cost: a ceiling
  EXPECT_EQ(form.indicators(8).level1(), "效益指标");  // 效益指标 again after the page break
  EXPECT_EQ(form.indicators(8).id(), "e03");
  EXPECT_EQ(form.skipped_rows_size(), 17);  // 指标2, ……, and the empty 生态效益 指标1
  EXPECT_EQ(form.skipped_rows(0), "row 15 (指标2)");
  v1::EvaluationResult result = EvaluateOk(form);
  ExpectLangfang(result);
  EXPECT_TRUE(Has(result, "TEMPLATE_ROW_SKIPPED"));
  EXPECT_EQ(result.findings(0).severity(), v1::Finding::INFO);
}

TEST(NationalLangfang, HandTranscriptionGivesTheSame) {
  ExpectLangfang(EvaluateOk(HandForm("he-langfang-2019-hvac")));
}

// ---- findings added for these forms ------------------------------------------------------------

TEST(ScoreMismatch, LangfangsNineForEightPointSixIsAMismatch) {
  // A whole-number score is compared at one decimal: 9 is 9.0, not 8.60 rounded to 9.
  auto result = EvaluateOk(Form(kMof, R"([
    {"id": "b01", "level1": "预算执行率", "name": "预算执行率", "weight": "10",
     "target": {"comparator": "AT_LEAST", "value": "100", "unit": "%"},
     "actual": {"number": "86"}, "reported_score": "9"}])"));
  ASSERT_TRUE(Has(result, "SCORE_MISMATCH@b01"));
  for (const v1::Finding& f : result.findings()) {
    if (f.code() == "SCORE_MISMATCH") {
      EXPECT_EQ(f.reported(), "9");
      EXPECT_EQ(f.computed(), "8.60");
    }
  }
}

TEST(ScoreMismatch, ASchemeOfWholePointsComparesWholePoints) {
  // At 0 decimals 10 × 86 % = 8.6 is 9, and the form's 9 agrees.
  v1::Evaluation form = HandForm("yn-yongde-2022-nutrition");
  form.mutable_custom_scheme()->set_decimals(0);
  form.mutable_indicators(6)->mutable_actual()->set_number("86");
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(result.indicators(6).score(), "9");
  EXPECT_FALSE(Has(result, "SCORE_MISMATCH@e02")) << ::testing::PrintToString(FindingCodes(result));
  EXPECT_TRUE(Has(result, "SCORE_MISMATCH@o03"));  // 10 against 7 at any precision
}

TEST(CategoryPoints, TheFormsHeadingsOverrideTheSchemesPoints) {
  // 永德县: 产出 40, 满意度 20 instead of the national 50 and 10.
  v1::Evaluation form = HandForm("yn-yongde-2022-nutrition");
  form.clear_custom_scheme();
  form.set_scheme(kMof);
  v1::EvaluationResult plain = EvaluateOk(form);
  EXPECT_TRUE(Has(plain, "WEIGHT_SUM_MISMATCH"));    // 40 of 50, 20 of 10
  (*form.mutable_category_points())["产出"] = "40";  // by alias
  (*form.mutable_category_points())["满意度指标"] = "20";
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_FALSE(Has(result, "WEIGHT_SUM_MISMATCH"))
      << ::testing::PrintToString(FindingCodes(result));
  EXPECT_EQ(result.categories(1).points(), "40.00");
  EXPECT_EQ(result.categories(3).points(), "20.00");
  EXPECT_EQ(result.max_total(), "100.00");
  EXPECT_EQ(result.total(), "99.80");
}

TEST(CategoryPoints, AnUnknownCategoryOrABadFigureIsAnErrorNamingTheEntry) {
  v1::Evaluation form = HandForm("he-langfang-2019-hvac");
  (*form.mutable_category_points())["投入"] = "10";
  auto result = Evaluate(form);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(),
            "category_points[\"投入\"]: not a category of scheme mof-2020-project");
  form.clear_category_points();
  (*form.mutable_category_points())["产出"] = "-5";
  EXPECT_EQ(Evaluate(form).status().message(), "category_points[\"产出\"]: -5 is negative");
}

TEST(MaxTotalMismatch, TheTotalRowsPointsMustBeTheCategoriesSum) {
  // 永德县's 总分 row says 100; had it said 110 the headings' 10 + 40 + 30 + 20 would not match.
  v1::Evaluation form = ImportNational("yn-yongde-2022-nutrition");
  EXPECT_FALSE(Has(EvaluateOk(form), "MAX_TOTAL_MISMATCH"));
  form.mutable_reported()->set_max_total("110");
  v1::EvaluationResult result = EvaluateOk(form);
  ASSERT_TRUE(Has(result, "MAX_TOTAL_MISMATCH"));
  for (const v1::Finding& f : result.findings()) {
    if (f.code() != "MAX_TOTAL_MISMATCH") continue;
    EXPECT_EQ(f.severity(), v1::Finding::WARNING);
    EXPECT_EQ(f.reported(), "110");
    EXPECT_EQ(f.computed(), "100.00");
  }
}

TEST(FullMarksNotAchieved, AnUnachievedIndicatorReportedWithItsFullWeight) {
  // 政策知晓率 98 % of =100 % with 10 points earns 9.80; reported 10 it claims full marks.
  v1::Evaluation form = HandForm("yn-yongde-2022-nutrition");
  form.mutable_indicators(6)->set_reported_score("10");
  v1::EvaluationResult result = EvaluateOk(form);
  ASSERT_TRUE(Has(result, "FULL_MARKS_NOT_ACHIEVED@e02"))
      << ::testing::PrintToString(FindingCodes(result));
  for (const v1::Finding& f : result.findings()) {
    if (f.code() != "FULL_MARKS_NOT_ACHIEVED") continue;
    EXPECT_EQ(f.severity(), v1::Finding::WARNING);
    EXPECT_EQ(f.reported(), "10");
    EXPECT_EQ(f.computed(), "9.80");
  }
  // 资金到位及时率 is achieved: its 7 is a SCORE_MISMATCH, never this.
  EXPECT_FALSE(Has(result, "FULL_MARKS_NOT_ACHIEVED@o03"));
}

TEST(FullMarksNotAchieved, EvenWhereTheScoreRoundsToTheReportedOne) {
  // 10 × 99.6 % = 9.96, which "10" matches at one decimal — but the target was not reached.
  auto result = EvaluateOk(Form(kMof, R"([
    {"id": "o1", "level1": "产出指标", "name": "覆盖率", "weight": "10",
     "target": {"comparator": "AT_LEAST", "value": "100", "unit": "%"},
     "actual": {"number": "99.6"}, "reported_score": "10"}])"));
  EXPECT_FALSE(Has(result, "SCORE_MISMATCH@o1"));
  EXPECT_TRUE(Has(result, "FULL_MARKS_NOT_ACHIEVED@o1"));
}

TEST(UnverifiableScore, AScoreOnlyRowCountsAsReportedWithOneFinding) {
  auto result = EvaluateOk(Form(kMof, R"([
    {"id": "s1", "level1": "满意度指标", "name": "学生满意度", "weight": "10",
     "reported_score": "9.5"}])"));
  EXPECT_EQ(FindingCodes(result),
            (std::vector<std::string>{"UNVERIFIABLE_SCORE@s1", "WEIGHT_SUM_MISMATCH",
                                      "WEIGHT_SUM_MISMATCH", "WEIGHT_SUM_MISMATCH"}));
  EXPECT_EQ(result.indicators(0).score(), "9.50");
  EXPECT_EQ(result.total(), "9.50");
  EXPECT_EQ(result.findings(0).severity(), v1::Finding::WARNING);
  EXPECT_EQ(result.findings(0).computed(), "9.50");
}

TEST(UnverifiableScore, AScoreAboveTheWeightCountsAsTheWeight) {
  auto result = EvaluateOk(Form(kMof, R"([
    {"id": "s1", "level1": "满意度指标", "name": "学生满意度", "weight": "10",
     "reported_score": "12"}])"));
  EXPECT_EQ(result.indicators(0).score(), "10.00");
  EXPECT_EQ(result.findings(0).code(), "UNVERIFIABLE_SCORE");
  EXPECT_EQ(result.findings(0).computed(), "10.00");
}

TEST(TemplateRowSkipped, EachSkippedRowIsAnInfoFinding) {
  v1::Evaluation form = HandForm("he-langfang-2019-hvac");
  form.add_skipped_rows("row 15 (指标2)");
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(result.findings(0).code(), "TEMPLATE_ROW_SKIPPED");
  EXPECT_EQ(result.findings(0).severity(), v1::Finding::INFO);
  EXPECT_EQ(result.findings(0).message(),
            "row 15 (指标2): a template row with no figures, skipped");
}

TEST(BudgetMetrics, ARootWithoutAPlanTakesItsLinesSums) {
  // 永德县 leaves 年度资金总额's 全年预算数 empty once its lines have it: the rate still exists.
  v1::Evaluation form = HandForm("yn-yongde-2022-nutrition");
  form.mutable_budget()->mutable_total()->clear_adjusted();
  v1::EvaluationResult result = EvaluateOk(form);
  EXPECT_EQ(RootExecutionRate(result), "100.00");
  EXPECT_FALSE(Has(result, "FUNDS_SUM_MISMATCH"));
  // A root plan of 0 is replaced too, and the gap is still named.
  form.mutable_budget()->mutable_total()->set_adjusted("0");
  result = EvaluateOk(form);
  EXPECT_EQ(RootExecutionRate(result), "100.00");
  ASSERT_TRUE(Has(result, "FUNDS_SUM_MISMATCH"));
}

TEST(FundsSumMismatch, TheSumIsPrintedAtFullPrecision) {
  auto result = EvaluateOk(Form(kMof, "[]", R"(, "budget": {"total": {
    "name": "年度资金总额", "initial": "90.00", "breakdowns": [{"dimension": "资金来源", "lines": [
      {"name": "当年财政拨款", "initial": "80.004"}, {"name": "其他资金", "initial": "9.97"}]}]}})"));
  ASSERT_EQ(result.findings(0).code(), "FUNDS_SUM_MISMATCH");
  EXPECT_EQ(result.findings(0).computed(), "89.974");
  EXPECT_EQ(
      result.findings(0).message(),
      "budget 年度资金总额: the 资金来源 lines' initial sum to 89.974 but the line says 90.00");
}

}  // namespace
}  // namespace jixiao
