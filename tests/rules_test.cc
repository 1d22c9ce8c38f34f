// SCORING.md §4: completion and the seven rules, with the spec's real numbers.
#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluateOk;
using testing::FindingCodes;
using testing::Form;

// Scores one indicator (weight, target, actual, optional rule) in 产出目标 of a scheme.
v1::IndicatorScore Score(const std::string& fields,
                         const std::string& scheme = "zhengzhou-2021-project",
                         const std::string& level1 = "产出目标") {
  auto result = EvaluateOk(Form(
      scheme, R"([{"id": "t1", "name": "指标", "level1": ")" + level1 + R"(", )" + fields + "}]"));
  return result.indicators_size() == 1 ? result.indicators(0) : v1::IndicatorScore();
}

absl::Status ScoreError(const std::string& fields,
                        const std::string& scheme = "zhengzhou-2021-project") {
  auto result = Evaluate(Form(scheme, R"([{"id": "t1", "level1": "产出目标", )" + fields + "}]"));
  return result.ok() ? absl::OkStatus() : result.status();
}

// ---- ratio -----------------------------------------------------------------------------------

TEST(RatioRule, AboveTargetEarnsFullMarks) {
  auto s =
      Score(R"("weight": "10", "target": {"comparator": "AT_LEAST", "value": "300", "unit": "项"},
                    "actual": {"number": "330"})");
  EXPECT_EQ(s.factor(), "100.00");
  EXPECT_EQ(s.score(), "10.00");
  EXPECT_TRUE(s.achieved());
  EXPECT_EQ(s.rule(), "ratio");
}

TEST(RatioRule, BelowTargetEarnsTheCompletion) {
  auto s = Score(R"("weight": "10", "target": {"comparator": "AT_LEAST", "value": "300"},
                    "actual": {"number": "250"})");
  EXPECT_EQ(s.factor(), "83.33");
  EXPECT_EQ(s.score(), "8.33");
  EXPECT_FALSE(s.achieved());
}

TEST(RatioRule, AtMostIsLowerIsBetter) {
  // ≤90天, took 100 days: 90/100 = 90 %.
  auto s =
      Score(R"("weight": "13.34", "target": {"comparator": "AT_MOST", "value": "90", "unit": "天"},
                    "actual": {"number": "100"})");
  EXPECT_EQ(s.factor(), "90.00");
  EXPECT_EQ(s.score(), "12.01");  // 13.34 × 0.9 = 12.006
  EXPECT_EQ(Score(R"("weight": "5", "target": {"comparator": "AT_MOST", "value": "90"},
                     "actual": {"number": "60"})")
                .factor(),
            "100.00");
}

TEST(RatioRule, EqualAboveTargetIsCapped) {
  auto s = Score(R"("weight": "2", "target": {"comparator": "EQUAL", "value": "100", "unit": "%"},
                    "actual": {"number": "100.88"})");
  EXPECT_EQ(s.factor(), "100.00");
}

TEST(RatioRule, BetweenIsFullInsideAndProportionalOutside) {
  const std::string target =
      R"("target": {"comparator": "BETWEEN", "value": "100", "upper": "130", "unit": "%"})";
  EXPECT_EQ(Score(R"("weight": "10", )" + target + R"(, "actual": {"number": "115"})").factor(),
            "100.00");
  EXPECT_EQ(Score(R"("weight": "10", )" + target + R"(, "actual": {"number": "90"})").factor(),
            "90.00");
  EXPECT_EQ(Score(R"("weight": "10", )" + target + R"(, "actual": {"number": "150"})").factor(),
            "86.67");
  EXPECT_EQ(Score(R"("weight": "10", )" + target + R"(, "actual": {"number": "130"})").factor(),
            "100.00");
}

TEST(RatioRule, ZeroTargetIsMetByAnyNonNegativeValue) {
  EXPECT_EQ(Score(R"("weight": "4", "target": {"comparator": "AT_LEAST", "value": "0"},
                     "actual": {"number": "0"})")
                .factor(),
            "100.00");
  EXPECT_EQ(Score(R"("weight": "4", "target": {"comparator": "AT_LEAST", "value": "0"},
                     "actual": {"number": "-1"})")
                .factor(),
            "0.00");
}

TEST(RatioRule, NegativeCompletionCountsAsZero) {
  auto s = Score(R"("weight": "4", "target": {"comparator": "AT_LEAST", "value": "5", "unit": "%"},
                    "actual": {"number": "-2"})");
  EXPECT_EQ(s.factor(), "0.00");
  EXPECT_EQ(s.score(), "0.00");
}

TEST(RatioRule, AValueWithoutComparatorIsAtLeast) {
  EXPECT_EQ(
      Score(R"("weight": "10", "target": {"value": "12"}, "actual": {"number": "6"})").factor(),
      "50.00");
}

// ---- deduction -------------------------------------------------------------------------------

TEST(DeductionRule, OnePointPerPercent_1_82_Times_99_48_Gives_1_81) {
  // Zhengzhou 预算执行率: "每降低1%扣权重分的1%"; geodata i01.
  auto s =
      Score(R"("weight": "1.82", "target": {"comparator": "EQUAL", "value": "100", "unit": "%"},
                    "actual": {"number": "99.48"}, "rule": {"deduction": {"below_per_point": "1"}})");
  EXPECT_EQ(s.factor(), "99.48");
  EXPECT_EQ(s.score(), "1.81");
  EXPECT_EQ(s.rule(), "deduction");
}

TEST(DeductionRule, SuzhouBandFiveBelowOneAbove130) {
  // "完成100%~130%得满分，每低1个百分点扣5%，超过130%的每超过1%扣1%".
  auto factor = [](const std::string& actual) {
    return Score(
               R"("weight": "6.5", "target": {"comparator": "AT_LEAST", "value": "100", "unit": "%"},
                    "actual": {"number": ")" +
                   actual + R"("})",
               "suzhou-2020-project", "投入目标")
        .factor();
  };
  EXPECT_EQ(factor("120"), "100.00");
  EXPECT_EQ(factor("98"), "90.00");   // 2 short × 5
  EXPECT_EQ(factor("140"), "90.00");  // 10 over × 1
  EXPECT_EQ(factor("130"), "100.00");
  EXPECT_EQ(factor("70"), "0.00");  // 150 off: never below 0
}

TEST(DeductionRule, SuzhouResultCategoryHasNoUpperBand) {
  auto s =
      Score(R"("weight": "5.5", "target": {"comparator": "AT_LEAST", "value": "100", "unit": "%"},
                    "actual": {"number": "160"})",
            "suzhou-2020-project", "结果目标");
  EXPECT_EQ(s.factor(), "100.00");
  EXPECT_EQ(s.rule(), "deduction");
}

TEST(DeductionRule, AbsolutePointsMeasureTheShortfallInTheValuesUnits) {
  // ≤90天, took 95: 5 days over × 2 = 10 off.
  auto s =
      Score(R"("weight": "10", "target": {"comparator": "AT_MOST", "value": "90", "unit": "天"},
                    "actual": {"number": "95"},
                    "rule": {"deduction": {"below_per_point": "2", "absolute_points": true}})");
  EXPECT_EQ(s.factor(), "90.00");
  auto between =
      Score(R"("weight": "10", "target": {"comparator": "BETWEEN", "value": "10", "upper": "20"},
                          "actual": {"number": "23"},
                          "rule": {"deduction": {"below_per_point": "10", "absolute_points": true}})");
  EXPECT_EQ(between.factor(), "70.00");
}

// ---- grade -----------------------------------------------------------------------------------

TEST(GradeRule, TheTargetsOwnWordingIsTheTopLevel) {
  auto s = Score(R"("weight": "10", "target": {"comparator": "QUALITATIVE", "text": "健全"},
                    "actual": {"grade": "健全"})");
  EXPECT_EQ(s.factor(), "100.00");
  EXPECT_EQ(s.rule(), "grade");
}

TEST(GradeRule, JibenPlusTheTargetIsTheSecondLevel_JibenJianquanIs80) {
  auto s = Score(R"("weight": "10", "target": {"comparator": "QUALITATIVE", "text": "健全"},
                    "actual": {"grade": "基本健全"})");
  EXPECT_EQ(s.factor(), "80.00");
  EXPECT_EQ(s.score(), "8.00");
}

TEST(GradeRule, LabelsAndSynonymsOfTheFiveLevelScale) {
  const std::string target = R"("weight": "10", "target": {"text": "满意"}, )";
  EXPECT_EQ(Score(target + R"("actual": {"grade": "好"})").factor(), "100.00");
  EXPECT_EQ(Score(target + R"("actual": {"grade": "较好"})").factor(), "80.00");
  EXPECT_EQ(Score(target + R"("actual": {"grade": "良好"})").factor(), "80.00");
  EXPECT_EQ(Score(target + R"("actual": {"grade": "部分完成"})").factor(), "60.00");
  EXPECT_EQ(Score(target + R"("actual": {"grade": "较差"})").factor(), "40.00");
  EXPECT_EQ(Score(target + R"("actual": {"grade": "差"})").factor(), "20.00");
}

TEST(GradeRule, AnIndicatorsOwnLevelsReplaceTheScale) {
  auto s = Score(R"("weight": "10", "target": {"text": "规范"}, "actual": {"grade": "较规范"},
                    "rule": {"grade": {"levels": [{"label": "规范", "factor": "100"},
                                                  {"label": "较规范", "factor": "70"},
                                                  {"label": "不规范", "factor": "0"}]}})");
  EXPECT_EQ(s.factor(), "70.00");
}

TEST(GradeRule, AnUnknownLabelIsAnError) {
  absl::Status status =
      ScoreError(R"("weight": "10", "target": {"text": "健全"}, "actual": {"grade": "还行"})");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "indicator t1: actual.grade \"还行\" is not a level of the grade rule, nor the target "
            "text \"健全\"");
}

// ---- tier ------------------------------------------------------------------------------------

TEST(TierRule, ALabelEarnsItsTiersMax) {
  const std::string target =
      R"("weight": "10", "target": {"comparator": "QUALITATIVE", "text": "有效"}, )";
  auto s = Score(target + R"("actual": {"grade": "部分达成"})", "mof-2020-project", "效益指标");
  EXPECT_EQ(s.rule(), "tier");
  EXPECT_EQ(s.factor(), "80.00");
  EXPECT_EQ(Score(target + R"("actual": {"grade": "未达成预期指标且效果较差"})", "mof-2020-project",
                  "效益指标")
                .factor(),
            "60.00");
  EXPECT_EQ(
      Score(target + R"("actual": {"grade": "达成"})", "mof-2020-project", "效益指标").factor(),
      "100.00");
}

TEST(TierRule, TheTargetsOwnWordingIsTheFirstTier) {
  auto s = Score(R"("weight": "10", "target": {"text": "有效"}, "actual": {"grade": "有效"})",
                 "mof-2020-project", "效益指标");
  EXPECT_EQ(s.factor(), "100.00");
}

TEST(FactorOutOfTier, AFactorOutsideTheTierItsTextNamesIsAFinding) {
  auto result = EvaluateOk(Form("mof-2020-project", R"([
    {"id": "q1", "level1": "效益指标", "weight": "10", "target": {"text": "有效"},
     "actual": {"factor": "85", "text": "部分达成"}}])"));
  EXPECT_EQ(result.indicators(0).factor(), "85.00");  // the factor still counts
  EXPECT_EQ(result.indicators(0).score(), "8.50");
  ASSERT_EQ(FindingCodes(result)[0], "FACTOR_OUT_OF_TIER@q1");
  EXPECT_EQ(result.findings(0).computed(), "部分达成");
}

TEST(FactorOutOfTier, ATierIncludesItsMaxOnlyAt100) {
  auto codes = [](const std::string& factor, const std::string& text) {
    return FindingCodes(EvaluateOk(Form("mof-2020-project", R"([
      {"id": "q1", "level1": "效益指标", "weight": "30", "target": {"text": "有效"},
       "actual": {"factor": ")" + factor + R"(", "text": ")" + text +
                                                                R"("}}])")));
  };
  // The three other categories have no indicators: three WEIGHT_SUM_MISMATCH findings each time.
  EXPECT_EQ(codes("75", "部分达成").size(), 3u);
  EXPECT_EQ(codes("60", "部分达成").size(), 3u);
  EXPECT_EQ(codes("100", "达成").size(), 3u);
  EXPECT_EQ(codes("80", "部分达成")[0], "FACTOR_OUT_OF_TIER@q1");  // [60, 80) excludes 80
  EXPECT_EQ(codes("59.99", "部分达成")[0], "FACTOR_OUT_OF_TIER@q1");
}

// ---- checklist -------------------------------------------------------------------------------

constexpr char kThirtyThrees[] =
    R"("rule": {"checklist": {"elements": [{"share": "33"}, {"share": "33"}, {"share": "33"}],
                              "full_when_all": true}})";

TEST(ChecklistRule, TwoOfThreeAt33PercentOf2_22Gives1_47) {
  auto s = Score(std::string(R"("weight": "2.22", "target": {"text": "可控"},
                                "actual": {"elements": {"satisfied": [1, 2]}}, )") +
                 kThirtyThrees);
  EXPECT_EQ(s.factor(), "66.00");
  EXPECT_EQ(s.score(), "1.47");  // 2.22 × 0.66 = 1.4652
  EXPECT_EQ(s.rule(), "checklist");
}

TEST(ChecklistRule, FullWhenAllGivesFullMarksFor3x33_33) {
  auto s = Score(
      R"("weight": "2", "target": {"text": "有效"}, "actual": {"elements": {"satisfied": [3, 1, 2]}},
                    "rule": {"checklist": {"elements": [{"share": "33.33"}, {"share": "33.33"}, {"share": "33.33"}],
                                           "full_when_all": true}})");
  EXPECT_EQ(s.factor(), "100.00");
  auto without = Score(
      R"("weight": "2", "target": {"text": "有效"}, "actual": {"elements": {"satisfied": [1, 2, 3]}},
                          "rule": {"checklist": {"elements": [{"share": "33.33"}, {"share": "33.33"}, {"share": "33.33"}]}})");
  EXPECT_EQ(without.factor(), "99.99");
}

TEST(ChecklistRule, AMissingVetoElementScoresZero) {
  // 资金使用规范性: 5×20, "缺要素4或缺要素5本指标不得分".
  const std::string rule =
      R"("rule": {"checklist": {"elements": [{"share": "20"}, {"share": "20"}, {"share": "20"},
                              {"share": "20", "veto": true}, {"share": "20", "veto": true}]}})";
  EXPECT_EQ(
      Score(
          R"("weight": "2", "target": {"text": "合规"}, "actual": {"elements": {"satisfied": [1, 2, 3, 4]}}, )" +
          rule)
          .factor(),
      "0.00");
  EXPECT_EQ(
      Score(
          R"("weight": "2", "target": {"text": "合规"}, "actual": {"elements": {"satisfied": [1, 4, 5]}}, )" +
          rule)
          .factor(),
      "60.00");
}

TEST(ChecklistRule, SharesAreCappedAt100) {
  auto s = Score(
      R"("weight": "2", "target": {"text": "合规"}, "actual": {"elements": {"satisfied": [1, 2]}},
                    "rule": {"checklist": {"elements": [{"share": "60"}, {"share": "60"}]}})");
  EXPECT_EQ(s.factor(), "100.00");
}

TEST(ChecklistRule, AnElementThatDoesNotExistOrIsListedTwiceIsAnError) {
  absl::Status missing =
      ScoreError(std::string(R"("weight": "2", "actual": {"elements": {"satisfied": [4]}}, )") +
                 kThirtyThrees);
  EXPECT_EQ(
      missing.message(),
      "indicator t1: actual.elements: element 4 does not exist; the checklist has elements 1..3");
  absl::Status twice =
      ScoreError(std::string(R"("weight": "2", "actual": {"elements": {"satisfied": [2, 2]}}, )") +
                 kThirtyThrees);
  EXPECT_EQ(twice.message(), "indicator t1: actual.elements: element 2 is listed twice");
}

// ---- binary and manual -----------------------------------------------------------------------

TEST(BinaryRule, TheTargetsWordingEarnsAllOtherwiseNothing) {
  const std::string rule =
      R"("weight": "5", "target": {"text": "按时完成"}, "rule": {"binary": {}}, )";
  EXPECT_EQ(Score(rule + R"("actual": {"grade": "按时完成"})").factor(), "100.00");
  EXPECT_EQ(Score(rule + R"("actual": {"grade": "延期完成"})").factor(), "0.00");
  EXPECT_EQ(Score(rule + R"("actual": {"achieved": true})").factor(), "100.00");
}

TEST(BinaryRule, ANumberEarnsAllWhenItMeetsTheTarget) {
  const std::string rule =
      R"("weight": "5", "target": {"comparator": "AT_MOST", "value": "90"}, "rule": {"binary": {}}, )";
  EXPECT_EQ(Score(rule + R"("actual": {"number": "90"})").factor(), "100.00");
  EXPECT_EQ(Score(rule + R"("actual": {"number": "91"})").factor(), "0.00");
}

TEST(ManualRule, TakesTheAssessorsFactor) {
  auto s = Score(
      R"("weight": "7.5", "target": {"text": "满意"}, "actual": {"factor": "80"}, "rule": {"manual": {}})");
  EXPECT_EQ(s.factor(), "80.00");
  EXPECT_EQ(s.score(), "6.00");
  EXPECT_EQ(s.rule(), "manual");
}

TEST(ManualRule, WithoutAFactorIsAnError) {
  absl::Status status =
      ScoreError(R"("weight": "7.5", "actual": {"grade": "好"}, "rule": {"manual": {}})");
  EXPECT_EQ(status.message(),
            "indicator t1: the manual rule cannot read actual.grade \"好\"; it needs actual.factor "
            "(the assessor's percent)");
}

// ---- actuals every rule reads ----------------------------------------------------------------

TEST(FactorActual, AnyRuleAcceptsItDirectly) {
  // 业绩值 80% against a numeric target under ratio.
  auto s = Score(
      R"("weight": "10", "target": {"comparator": "AT_LEAST", "value": "300"}, "actual": {"factor": "80"})");
  EXPECT_EQ(s.factor(), "80.00");
  EXPECT_EQ(s.rule(), "ratio");
}

TEST(FactorActual, OutsideZeroToHundredIsAnError) {
  EXPECT_EQ(ScoreError(R"("weight": "10", "actual": {"factor": "120"})").message(),
            "indicator t1: actual.factor 120 is outside [0, 100]");
  EXPECT_EQ(ScoreError(R"("weight": "10", "actual": {"factor": "-0.01"})").message(),
            "indicator t1: actual.factor -0.01 is outside [0, 100]");
}

TEST(AchievedActual, TrueIs100AndFalseIs0UnderAnyRule) {
  EXPECT_EQ(
      Score(R"("weight": "10", "target": {"value": "5"}, "actual": {"achieved": true})").score(),
      "10.00");
  EXPECT_EQ(
      Score(R"("weight": "10", "target": {"value": "5"}, "actual": {"achieved": false})").score(),
      "0.00");
}

TEST(MissingActual, ScoresZeroWithAFinding) {
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "m1", "level1": "产出目标", "name": "服务人次", "weight": "40", "target": {"value": "12"}}])"));
  EXPECT_EQ(result.indicators(0).score(), "0.00");
  EXPECT_EQ(FindingCodes(result)[0], "MISSING_ACTUAL@m1");
}

TEST(RuleActualMismatch, RatioWithALabelIsAnErrorNamingTheIndicator) {
  absl::Status status =
      ScoreError(R"("weight": "10", "target": {"value": "300"}, "actual": {"grade": "好"})");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "indicator t1: the ratio rule cannot read actual.grade \"好\"; it needs actual.number");
}

TEST(RuleActualMismatch, ChecklistWithANumberIsAnError) {
  absl::Status status =
      ScoreError(std::string(R"("weight": "2", "actual": {"number": "3"}, )") + kThirtyThrees);
  EXPECT_EQ(
      status.message(),
      "indicator t1: the checklist rule cannot read actual.number \"3\"; it needs actual.elements");
}

TEST(RuleActualMismatch, RatioWithAQualitativeTargetIsAnError) {
  absl::Status status =
      ScoreError(R"("weight": "2", "target": {"text": "好"}, "actual": {"number": "3"},
                                      "rule": {"ratio": {}})");
  EXPECT_EQ(status.message(),
            "indicator t1: the ratio rule needs a numeric target (comparator and value)");
}

TEST(BadTarget, NegativeOrInvertedRangesAreErrors) {
  EXPECT_EQ(ScoreError(R"("weight": "2", "target": {"value": "-5"}, "actual": {"number": "3"})")
                .message(),
            "indicator t1 target.value: -5 is negative; targets are ≥ 0");
  EXPECT_EQ(
      ScoreError(
          R"("weight": "2", "target": {"comparator": "BETWEEN", "value": "130", "upper": "100"},
                          "actual": {"number": "3"})")
          .message(),
      "indicator t1 target: BETWEEN 130 and 100 has value > upper");
  EXPECT_EQ(ScoreError(R"("weight": "2", "target": {"comparator": "BETWEEN", "value": "100"},
                          "actual": {"number": "3"})")
                .message(),
            "indicator t1 target.upper: missing; a BETWEEN target needs value and upper");
  EXPECT_EQ(
      ScoreError(R"("weight": "2", "target": {"comparator": "AT_MOST"}, "actual": {"number": "3"})")
          .message(),
      "indicator t1 target.value: missing; comparator AT_MOST needs a number (or use QUALITATIVE "
      "with text)");
}

}  // namespace
}  // namespace jixiao
