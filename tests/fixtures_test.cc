// SCORING.md §9: real Zhengzhou forms reproduce exactly; the hand-worked examples in
// examples/README.md reproduce too.
#include <string>

#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "jixiao/io.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluateOk;
using testing::EvaluationFromJson;
using testing::FindingCodes;
using testing::MatchesExpectedJson;
using testing::ReadExample;
using testing::ReadTestData;

TEST(Fixtures, DataGovernanceReproducesEveryExpectedField) {
  auto result = EvaluateOk(EvaluationFromJson(ReadTestData("zz-2021-data-governance.json")));
  EXPECT_TRUE(MatchesExpectedJson(result, ReadTestData("expected/zz-2021-data-governance.json")));
  EXPECT_EQ(result.total(), "98.66");
  EXPECT_EQ(result.grade(), "优秀");
  EXPECT_TRUE(result.findings().empty());
}

TEST(Fixtures, GeodataReproducesEveryExpectedField) {
  auto result = EvaluateOk(EvaluationFromJson(ReadTestData("zz-2021-geodata.json")));
  EXPECT_TRUE(MatchesExpectedJson(result, ReadTestData("expected/zz-2021-geodata.json")));
  EXPECT_EQ(result.total(), "99.37");
  EXPECT_EQ(FindingCodes(result), std::vector<std::string>{"EXECUTION_RATE_MISMATCH@i01"});
}

TEST(Fixtures, TheExpectedComparisonCanFail) {
  auto result = EvaluateOk(EvaluationFromJson(ReadTestData("zz-2021-geodata.json")));
  result.mutable_categories(0)->set_score("19.38");
  EXPECT_FALSE(MatchesExpectedJson(result, ReadTestData("expected/zz-2021-geodata.json")));
  result = EvaluateOk(EvaluationFromJson(ReadTestData("zz-2021-geodata.json")));
  result.clear_findings();
  EXPECT_FALSE(MatchesExpectedJson(result, ReadTestData("expected/zz-2021-geodata.json")));
}

TEST(Fixtures, BinaryProtobufGivesTheSameResultAsJson) {
  v1::Evaluation evaluation = EvaluationFromJson(ReadTestData("zz-2021-geodata.json"));
  std::string binary = *SerializeMessage(evaluation, Format::kProto);
  v1::Evaluation again;
  ASSERT_TRUE(ParseMessage(binary, Format::kProto, &again).ok());
  EXPECT_EQ(SerializeMessage(EvaluateOk(again), Format::kJson).value(),
            SerializeMessage(EvaluateOk(evaluation), Format::kJson).value());
}

TEST(Fixtures, TheCommittedBinaryFormIsTheJsonForm) {
  // tests/data/zz-2021-geodata.pb serves the CLI and C tests of binary input.
  v1::Evaluation binary;
  ASSERT_TRUE(ParseMessage(ReadTestData("zz-2021-geodata.pb"), Format::kProto, &binary).ok());
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
      binary, EvaluationFromJson(ReadTestData("zz-2021-geodata.json"))));
}

// examples/README.md works these two forms by hand; the figures below are copied from it.
TEST(Examples, HenanDepartmentMatchesTheHandWorkedResult) {
  auto result = EvaluateOk(EvaluationFromJson(ReadExample("henan-2021-department.json")));
  EXPECT_EQ(result.total(), "96.62");
  EXPECT_EQ(result.grade(), "优");
  ASSERT_EQ(result.categories_size(), 4);
  EXPECT_EQ(result.categories(0).score(), "9.59");
  EXPECT_EQ(result.categories(1).score(), "18.38");
  EXPECT_EQ(result.categories(2).score(), "39.05");
  EXPECT_EQ(result.categories(3).score(), "29.60");
  EXPECT_EQ(result.budget(0).execution_rate(), "95.87");
  EXPECT_EQ(result.indicators(7).score(), "7.63");  // 8 × 95.3125 % = 7.625 → 7.63, exact factor
  EXPECT_EQ(
      FindingCodes(result),
      (std::vector<std::string>{"SCORE_MISMATCH@i03", "SUBTOTAL_MISMATCH", "TOTAL_MISMATCH"}));
}

TEST(Examples, MofProjectMatchesTheHandWorkedResult) {
  auto result = EvaluateOk(EvaluationFromJson(ReadExample("mof-2020-project.json")));
  EXPECT_EQ(result.total(), "96.03");
  EXPECT_EQ(result.grade(), "优");
  EXPECT_EQ(result.review_total(), "95.88");
  EXPECT_EQ(result.review_grade(), "优");
  ASSERT_EQ(result.categories_size(), 4);
  EXPECT_EQ(result.categories(0).score(), "9.65");
  EXPECT_EQ(result.categories(1).score(), "46.86");
  EXPECT_EQ(result.categories(2).score(), "29.63");
  EXPECT_EQ(result.categories(3).score(), "9.89");
  EXPECT_EQ(result.budget(0).execution_rate(), "96.47");
  EXPECT_TRUE(result.findings().empty());
}

TEST(Examples, TheFixturesInExamplesAreTheSharedOnes) {
  EXPECT_EQ(ReadExample("zz-2021-geodata.json"), ReadTestData("zz-2021-geodata.json"));
  EXPECT_EQ(ReadExample("zz-2021-data-governance.json"),
            ReadTestData("zz-2021-data-governance.json"));
}

}  // namespace
}  // namespace jixiao
