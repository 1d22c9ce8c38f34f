// SCORING.md §3: weights.
#include "lib/scoring/weights.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluateOk;
using testing::FindingCodes;
using testing::Form;

std::vector<std::string> Split(int points, int count) {
  std::vector<std::string> out;
  for (const Rational& w : EvenSplitWeights(points, count, 2, Rounding::kHalfUp)) {
    out.push_back(FormatDecimal(w, 2));
  }
  return out;
}

std::vector<std::string> Repeat(const std::string& w, int n, const std::string& last) {
  std::vector<std::string> out(static_cast<size_t>(n), w);
  out.push_back(last);
  return out;
}

TEST(EvenSplit, TwentyOverTwelveGivesElevenOf1_67AndLast1_63) {
  EXPECT_EQ(Split(20, 12), Repeat("1.67", 11, "1.63"));
}

TEST(EvenSplit, FortyOverThreeGivesTheRemainderToTheLast) {
  EXPECT_EQ(Split(40, 3), (std::vector<std::string>{"13.33", "13.33", "13.34"}));
}

TEST(EvenSplit, TwentyFourOverElevenGivesTenOf2_18AndLast2_20) {
  EXPECT_EQ(Split(24, 11), Repeat("2.18", 10, "2.20"));
}

TEST(EvenSplit, GeodataTwentyOverElevenGivesTenOf1_82AndLast1_80) {
  EXPECT_EQ(Split(20, 11), Repeat("1.82", 10, "1.80"));
}

TEST(EvenSplit, SumsExactlyForEveryCountUpTo60AndPointsUpTo100) {
  for (int points = 1; points <= 100; ++points) {
    for (int n = 1; n <= 60; ++n) {
      std::vector<Rational> w = EvenSplitWeights(points, n, 2, Rounding::kHalfUp);
      ASSERT_EQ(w.size(), static_cast<size_t>(n));
      Rational sum;
      for (const Rational& x : w) sum += x;
      EXPECT_EQ(sum, Rational(points)) << points << "/" << n;
      for (int k = 0; k + 1 < n; ++k) {
        EXPECT_EQ(w[static_cast<size_t>(k)], Round(Rational(points) / n, 2, Rounding::kHalfUp));
      }
    }
  }
}

TEST(EvenSplit, TheSchemesRoundingAppliesToTheShares) {
  std::vector<Rational> w = EvenSplitWeights(20, 3, 2, Rounding::kTruncate);
  EXPECT_EQ(FormatDecimal(w[0], 2), "6.66");
  EXPECT_EQ(FormatDecimal(w[2], 2), "6.68");
}

TEST(EvenSplit, ExplicitWeightsAreTakenFirstAndTheRestIsSplit) {
  // 产出目标 40: one explicit 10, three unweighted share 30 → 10 each.
  auto result = EvaluateOk(Form("zhengzhou-2021-project", R"([
    {"id": "a", "level1": "产出目标", "name": "A", "weight": "10", "actual": {"achieved": true}},
    {"id": "b", "level1": "产出目标", "name": "B", "actual": {"achieved": true}},
    {"id": "c", "level1": "产出", "name": "C", "actual": {"achieved": true}},
    {"id": "d", "level1": "产出目标", "name": "D", "actual": {"achieved": true}}])"));
  ASSERT_EQ(result.indicators_size(), 4);
  EXPECT_EQ(result.indicators(1).weight(), "10.00");
  EXPECT_EQ(result.indicators(3).weight(), "10.00");
  EXPECT_EQ(result.categories(1).weight(), "40.00");
}

TEST(EvenSplit, TooManyIndicatorsForThePointsIsAnErrorNotANegativeWeight) {
  // 10 points over 60 indicators: 0.17 × 59 = 10.03 > 10, the last would get −0.03.
  std::string indicators = "[";
  for (int i = 0; i < 60; ++i) {
    indicators += std::string(i ? "," : "") + R"({"id": "i)" + std::to_string(i) +
                  R"(", "level1": "影响力目标", "actual": {"achieved": true}})";
  }
  indicators += "]";
  auto result = Evaluate(Form("zhengzhou-2021-project", indicators));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(result.status().message().find("the last would get -0.03"), std::string::npos)
      << result.status();
}

TEST(WeightSumMismatch, IsAFindingAndTheTotalUsesTheWeightsAsGiven) {
  // henan is EXPLICIT: 预算执行率 has 10 points but the form gives its indicator 8.
  auto result = EvaluateOk(Form("henan-2021-department", R"([
    {"id": "r", "level1": "预算执行率", "name": "预算执行率", "weight": "8",
     "target": {"value": "100", "unit": "%"}, "actual": {"number": "100"}}])"));
  ASSERT_GE(result.findings_size(), 1);
  EXPECT_EQ(result.findings(0).code(), "WEIGHT_SUM_MISMATCH");
  EXPECT_EQ(result.findings(0).reported(), "8.00");
  EXPECT_EQ(result.findings(0).computed(), "10.00");
  EXPECT_EQ(result.total(), "8.00");
  // The three categories without indicators are flagged too.
  EXPECT_EQ(FindingCodes(result),
            (std::vector<std::string>{"WEIGHT_SUM_MISMATCH", "WEIGHT_SUM_MISMATCH",
                                      "WEIGHT_SUM_MISMATCH", "WEIGHT_SUM_MISMATCH"}));
}

TEST(ExplicitAllocation, AnUnweightedIndicatorIsAnError) {
  auto result = Evaluate(Form("henan-2021-department", R"([
    {"id": "x7", "level1": "产出指标", "name": "X", "actual": {"achieved": true}}])"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().message(),
            "indicator x7 weight: missing; category 产出指标 has EXPLICIT weights");
}

TEST(NegativeWeight, IsAnErrorNamingTheIndicator) {
  auto result = Evaluate(Form("zhengzhou-2021-project", R"([
    {"id": "n1", "level1": "产出目标", "weight": "-2", "actual": {"achieved": true}}])"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "indicator n1 weight: -2 is negative");
}

}  // namespace
}  // namespace jixiao
