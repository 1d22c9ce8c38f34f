// SCORING.md §5–§6: every finding code, named after it, on the forms' own numbers.
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluateOk;
using testing::EvaluationFromJson;
using testing::FindingCodes;
using testing::Form;
using testing::ReadTestData;

// Four indicators filling the Zhengzhou categories exactly (20 + 40 + 30 + 10 points).
std::string FullForm(const std::string& first_indicator_extra, const std::string& more = "") {
  return R"({"id": "f", "scheme": "zhengzhou-2021-project", "indicators": [
    {"id": "a", "level1": "投入和管理目标", "name": "甲", "target": {"value": "100", "unit": "%"},
     "actual": {"number": "97.1"})" +
         first_indicator_extra + R"(},
    {"id": "b", "level1": "产出目标", "name": "乙", "actual": {"achieved": true}},
    {"id": "c", "level1": "效果目标", "name": "丙", "actual": {"achieved": true}},
    {"id": "d", "level1": "影响力目标", "name": "丁", "actual": {"achieved": true}}])" +
         more + "}";
}

TEST(ScoreMismatch, ReportedNineDisagreesWithComputed9_71) {
  // 10 × 97.1 % = 9.71; the form says 9.
  auto result =
      EvaluateOk(EvaluationFromJson(FullForm(R"(, "weight": "10", "reported_score": "9")")));
  ASSERT_EQ(FindingCodes(result)[0], "SCORE_MISMATCH@a");
  EXPECT_EQ(result.findings(0).reported(), "9");
  EXPECT_EQ(result.findings(0).computed(), "9.71");
  EXPECT_EQ(result.findings(0).severity(), v1::Finding::WARNING);
  EXPECT_EQ(result.findings(0).message(),
            "indicator a (甲) score: reported 9 but jixiao computes 9.71");
}

TEST(ScoreMismatch, ReportedPrecisionIsRespected) {
  // 9.71 reported as "9.7" agrees at one decimal; "9.72" and "9.8" do not, and neither does
  // "10": a score is compared at one decimal at least (docs/SCORING.md §2).
  auto codes = [](const std::string& reported) {
    return FindingCodes(EvaluateOk(EvaluationFromJson(FullForm(
                            R"(, "weight": "10", "reported_score": ")" + reported + "\""))))
        .front();
  };
  for (const char* agreeing : {"9.71", "9.7", "9.710"}) {
    EXPECT_EQ(codes(agreeing), "WEIGHT_SUM_MISMATCH") << agreeing;  // the only finding
  }
  for (const char* disagreeing : {"9.72", "9.8", "9.709", "10"}) {
    EXPECT_EQ(codes(disagreeing), "SCORE_MISMATCH@a") << disagreeing;
  }
}

TEST(ScoreMismatch, SeventyEightPointEightAgreesWith78_79) {
  // weight 81.23 × 97 % = 78.7931 → 78.79; "78.8" agrees at one decimal.
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "x", "level1": "产出目标", "weight": "81.23", "target": {"value": "100"},
     "actual": {"number": "97"}, "reported_score": "78.8"}])"));
  EXPECT_EQ(result.indicators(0).score(), "78.79");
  for (const std::string& code : FindingCodes(result)) EXPECT_NE(code, "SCORE_MISMATCH@x");
}

TEST(SubtotalMismatch, AReportedCategoryByNameOrAliasIsChecked) {
  auto result = EvaluateOk(EvaluationFromJson(FullForm(
      R"(, "reported_score": "19.42")",
      R"(, "reported": {"categories": {"投入": "19.5", "产出目标": "40", "效果目标": "30.00"}})")));
  EXPECT_EQ(result.categories(0).score(), "19.42");
  EXPECT_EQ(FindingCodes(result), std::vector<std::string>{"SUBTOTAL_MISMATCH"});
  EXPECT_EQ(result.findings(0).reported(), "19.5");
  EXPECT_EQ(result.findings(0).computed(), "19.42");
  EXPECT_EQ(result.findings(0).message(),
            "category 投入和管理目标 subtotal: reported 19.5 but jixiao computes 19.42");
}

TEST(TotalMismatch, TheReportedTotalIsChecked) {
  auto result = EvaluateOk(
      EvaluationFromJson(FullForm("", R"(, "reported": {"total": "100", "grade": "优秀"})")));
  EXPECT_EQ(result.total(), "99.42");
  EXPECT_EQ(FindingCodes(result), std::vector<std::string>{"TOTAL_MISMATCH"});
  EXPECT_EQ(result.findings(0).computed(), "99.42");
}

TEST(GradeMismatch, TheReportedGradeIsChecked) {
  auto result = EvaluateOk(
      EvaluationFromJson(FullForm("", R"(, "reported": {"total": "99.42", "grade": "良好"})")));
  EXPECT_EQ(result.grade(), "优秀");
  EXPECT_EQ(FindingCodes(result), std::vector<std::string>{"GRADE_MISMATCH"});
  EXPECT_EQ(result.findings(0).reported(), "良好");
  EXPECT_EQ(result.findings(0).computed(), "优秀");
}

// A figure the form wrote twice (reported.again, from two 总分 rows of a CSV form): the first is
// checked as always, every later one is a DUPLICATE_REPORTED saying whether it agrees.
TEST(DuplicateReported, ASecondTotalSubtotalOrGradeIsCheckedNeverTrusted) {
  auto result = EvaluateOk(EvaluationFromJson(FullForm(
      "", R"(, "reported": {"total": "99.42", "grade": "优秀", "categories": {"产出": "40"},
             "again": [{"total": "88.00", "source": "line 30"},
                       {"category": "产出目标", "total": "40.00"},
                       {"grade": "良好"}]})")));
  EXPECT_EQ(
      FindingCodes(result),
      (std::vector<std::string>{"DUPLICATE_REPORTED", "DUPLICATE_REPORTED", "DUPLICATE_REPORTED"}));
  EXPECT_EQ(result.findings(0).message(),
            "total reported twice: 99.42, then 88.00 (line 30), but jixiao computes 99.42");
  EXPECT_EQ(result.findings(0).reported(), "88.00");
  EXPECT_EQ(result.findings(0).computed(), "99.42");
  EXPECT_EQ(result.findings(1).message(),
            "category 产出目标 subtotal reported twice: 40, then 40.00, which agrees with the "
            "computed 40.00");
  EXPECT_EQ(result.findings(2).message(),
            "grade reported twice: 优秀, then 良好, but jixiao computes 优秀");
}

TEST(DuplicateReported, AnEntryThatNamesNoPlaceIsInvalid) {
  for (const char* again : {R"({"category": "无此类", "total": "1"})", R"({"source": "line 3"})",
                            R"({"total": "1", "grade": "优秀"})", R"({"total": "lots"})"}) {
    auto result = Evaluate(EvaluationFromJson(
        FullForm("", absl::StrCat(R"(, "reported": {"again": [)", again, "]}"))));
    ASSERT_FALSE(result.ok()) << again;
    EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument) << again;
    EXPECT_NE(result.status().message().find("reported.again[0]"), absl::string_view::npos)
        << result.status();
  }
}

TEST(ExecutionRateMismatch, GeodataReports99_48ButTheBudgetGives100) {
  auto result = EvaluateOk(EvaluationFromJson(ReadTestData("zz-2021-geodata.json")));
  ASSERT_EQ(FindingCodes(result), std::vector<std::string>{"EXECUTION_RATE_MISMATCH@i01"});
  const v1::Finding& f = result.findings(0);
  EXPECT_EQ(f.reported(), "99.48");
  EXPECT_EQ(f.computed(), "100.00");
  EXPECT_EQ(f.message(), "indicator i01: reported 99.48 but the budget gives 100.00");
  EXPECT_EQ(result.indicators(0).score(), "1.81");  // the score uses the reported actual
}

constexpr char kBudget[] =
    R"(, "budget": {"total": {"name": "合计", "initial": "1000", "invested": "800",
                                "received": "900", "spent": "850"}})";

TEST(ArrivalRateMismatch, IsCheckedAgainstReceivedOverInvested) {
  // 900 / 800 = 112.50 %.
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "r", "level1": "投入和管理目标", "name": "资金到位率", "weight": "20",
     "target": {"comparator": "EQUAL", "value": "100"}, "actual": {"number": "112.6"}}])",
                                kBudget));
  EXPECT_EQ(FindingCodes(result)[0], "ARRIVAL_RATE_MISMATCH@r");
  EXPECT_EQ(result.findings(0).computed(), "112.50");
}

TEST(SpendingRateMismatch, IsCheckedAgainstSpentOverReceived) {
  // 850 / 900 = 94.444… → 94.44 %; derived_from set explicitly.
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "s", "level1": "投入和管理目标", "name": "支出进度", "weight": "20", "derived_from": "SPENDING_RATE",
     "target": {"comparator": "AT_LEAST", "value": "90"}, "actual": {"number": "95"}}])",
                                kBudget));
  EXPECT_EQ(FindingCodes(result)[0], "SPENDING_RATE_MISMATCH@s");
  EXPECT_EQ(result.findings(0).computed(), "94.44");
  auto agreeing = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "s", "level1": "投入和管理目标", "name": "支出进度", "weight": "20", "derived_from": "SPENDING_RATE",
     "target": {"comparator": "AT_LEAST", "value": "90"}, "actual": {"number": "94.4"}}])",
                                  kBudget));
  EXPECT_NE(FindingCodes(agreeing)[0], "SPENDING_RATE_MISMATCH@s");
}

TEST(DerivedIndicator, WithoutAnActualTheRateIsItsActual) {
  // Zhengzhou execution rate = received / budget = 900 / 1000 = 90 %; deduction 1 per point.
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "e", "level1": "投入和管理目标", "name": "预算执行率", "weight": "20",
     "target": {"comparator": "EQUAL", "value": "100", "unit": "%"},
     "rule": {"deduction": {"below_per_point": "1"}}}])",
                                kBudget));
  EXPECT_EQ(result.indicators(0).factor(), "90.00");
  EXPECT_EQ(result.indicators(0).score(), "18.00");
  for (const std::string& code : FindingCodes(result)) EXPECT_NE(code, "MISSING_ACTUAL@e");
}

TEST(DerivedIndicator, TheExecutionBasisFollowsTheScheme) {
  // MOF: spent / budget = 850 / 1000 = 85 %.
  auto result = EvaluateOk(Form("mof-2020-project", R"([
    {"id": "e", "level1": "预算执行率", "name": "预算执行率", "target": {"value": "100"}}])",
                                kBudget));
  EXPECT_EQ(result.budget(0).execution_rate(), "85.00");
  EXPECT_EQ(result.indicators(0).score(), "8.50");
}

TEST(FundsSumMismatch, ChildrenMustSumToTheParentPerStage) {
  auto result = EvaluateOk(Form("zhengzhou-2021-project", "[]", R"(, "budget": {"total": {
    "name": "合计", "initial": "1000", "spent": "800", "breakdowns": [{"dimension": "资金来源", "lines": [
      {"name": "财政资金", "initial": "700", "spent": "600"},
      {"name": "其他资金", "initial": "200.5"}]}]}})"));
  std::vector<std::string> funds;
  for (const v1::Finding& f : result.findings()) {
    if (f.code() == "FUNDS_SUM_MISMATCH") funds.push_back(f.reported() + " vs " + f.computed());
  }
  EXPECT_EQ(funds, (std::vector<std::string>{"1000 vs 900.5", "800 vs 600"}));
  EXPECT_EQ(result.findings(0).message(),
            "budget 合计: the 资金来源 lines' initial sum to 900.5 but the line says 1000");
}

TEST(FundsSumMismatch, IsComparedAtTheParentsPrecision) {
  auto result = EvaluateOk(Form("zhengzhou-2021-project", "[]", R"(, "budget": {"total": {
    "name": "合计", "initial": "1000", "breakdowns": [{"dimension": "资金来源", "lines": [
      {"name": "甲", "initial": "600.2"}, {"name": "乙", "initial": "400.2"}]}]}})"));
  for (const v1::Finding& f : result.findings()) EXPECT_NE(f.code(), "FUNDS_SUM_MISMATCH");
}

TEST(BudgetMetrics, RatesAreOmittedWhenAnInputIsMissingOrTheDenominatorIsZero) {
  auto result = EvaluateOk(EvaluationFromJson(ReadTestData("zz-2021-data-governance.json")));
  const v1::BudgetMetrics& other = result.budget(3);
  EXPECT_EQ(other.path(), "合计/其他资金");
  EXPECT_EQ(other.balance(), "0.00");
  EXPECT_EQ(other.execution_rate(), "");
  EXPECT_EQ(other.arrival_rate(), "");
  EXPECT_EQ(other.spending_rate(), "");
  EXPECT_EQ(result.budget(0).arrival_rate(), "100.88");  // 4900000 / 4857080
  EXPECT_EQ(result.budget(0).spending_rate(), "99.12");  // 4857080 / 4900000
}

TEST(BudgetMetrics, AdjustedBudgetIsThePlanWhenGivenAndANamelessRootIsTotal) {
  auto result = EvaluateOk(Form("henan-2021-department", "[]", R"(, "budget": {"total": {
    "initial": "100", "adjusted": "80", "spent": "76"}})"));
  EXPECT_EQ(result.budget(0).path(), "total");
  EXPECT_EQ(result.budget(0).execution_rate(), "95.00");
  EXPECT_EQ(result.budget(0).balance(), "");  // no received
}

TEST(MissingActual, IsAWarningNamingTheIndicator) {
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "m", "level1": "产出目标", "name": "服务人次", "target": {"value": "12"}}])"));
  ASSERT_EQ(FindingCodes(result)[0], "MISSING_ACTUAL@m");
  EXPECT_EQ(result.findings(0).severity(), v1::Finding::WARNING);
  EXPECT_EQ(result.indicators(0).score(), "0.00");
}

TEST(ReviewScoreMismatch, TheReviewersScoreIsCheckedAgainstTheReviewActual) {
  // Reviewer finds 90 of 100: 40 × 0.9 = 36.00, but writes 35.
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "v", "level1": "产出目标", "name": "服务人次", "target": {"value": "100"},
     "actual": {"number": "100"}, "review": {"actual": {"number": "90"}, "score": "35"}}])"));
  EXPECT_EQ(result.indicators(0).score(), "40.00");
  EXPECT_EQ(result.indicators(0).review_score(), "36.00");
  EXPECT_EQ(FindingCodes(result)[0], "REVIEW_SCORE_MISMATCH@v");
  EXPECT_EQ(result.findings(0).computed(), "36.00");
}

TEST(Review, TotalAndGradeAppearOnlyWhenAnIndicatorIsReviewed) {
  auto plain = EvaluateOk(EvaluationFromJson(FullForm("")));
  EXPECT_EQ(plain.review_total(), "");
  EXPECT_EQ(plain.review_grade(), "");
  // a: 20 × 97.1 % = 19.42; reviewed to 50 % → 10.00; total 99.42 → review total 90.00.
  auto reviewed =
      EvaluateOk(EvaluationFromJson(FullForm(R"(, "review": {"actual": {"number": "50"}})")));
  EXPECT_EQ(reviewed.total(), "99.42");
  EXPECT_EQ(reviewed.review_total(), "90.00");
  EXPECT_EQ(reviewed.review_grade(), "优秀");
  auto lower =
      EvaluateOk(EvaluationFromJson(FullForm(R"(, "review": {"actual": {"number": "40"}})")));
  EXPECT_EQ(lower.review_total(), "88.00");
  EXPECT_EQ(lower.review_grade(), "良好");
}

TEST(GradeBands, AreAppliedToTheNormalizedTotal) {
  // Suzhou's maximum is 80: 72 points are 90 on the hundred scale → 优秀.
  auto result = EvaluateOk(Form("suzhou-2020-project", R"([
    {"id": "a", "level1": "投入", "weight": "26", "actual": {"achieved": true}},
    {"id": "b", "level1": "产出", "weight": "24", "actual": {"achieved": true}},
    {"id": "c", "level1": "结果", "weight": "22", "actual": {"achieved": true}},
    {"id": "d", "level1": "影响力", "weight": "8", "actual": {"achieved": false}}])"));
  EXPECT_EQ(result.total(), "72.00");
  EXPECT_EQ(result.max_total(), "80.00");
  EXPECT_EQ(result.normalized_total(), "90.00");
  EXPECT_EQ(result.grade(), "优秀");
}

TEST(Lists, AchievedAndUnachievedKeepInputOrder) {
  auto result = EvaluateOk(EvaluationFromJson(ReadTestData("zz-2021-geodata.json")));
  EXPECT_EQ(result.unachieved(0), "预算执行率");
  EXPECT_EQ(result.unachieved(1), "项目质量可控性");
  EXPECT_EQ(result.achieved_size() + result.unachieved_size(), result.indicators_size());
}

}  // namespace
}  // namespace jixiao
