// Messages in and out (SCORING.md §8): strict JSON, proto field names, defaults printed, and the
// same bytes for equal messages.
#include "jixiao/io.h"

#include <string>

#include "gtest/gtest.h"
#include "jixiao/v1/budget.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao {
namespace {

TEST(Json, UsesProtoFieldNamesAndPrintsDefaults) {
  v1::IndicatorScore score;
  score.set_review_score("1.00");
  auto json = SerializeMessage(score, Format::kJson);
  ASSERT_TRUE(json.ok());
  EXPECT_NE(json->find("\"review_score\":\"1.00\""), std::string::npos) << *json;
  EXPECT_NE(json->find("\"achieved\":false"), std::string::npos) << *json;
}

TEST(Json, MapsAreWrittenInKeyOrderWhateverTheInsertionOrder) {
  // protobuf maps iterate in a random order per instance; output must not.
  v1::DepartmentBudgetResult a, b;
  for (int i = 0; i < 50; ++i) (*a.mutable_metrics())["k" + std::to_string(i)] = "1";
  for (int i = 49; i >= 0; --i) (*b.mutable_metrics())["k" + std::to_string(i)] = "1";
  EXPECT_EQ(*SerializeMessage(a, Format::kJson), *SerializeMessage(b, Format::kJson));
  EXPECT_EQ(*SerializeMessage(a, Format::kProto), *SerializeMessage(b, Format::kProto));
  std::string json = *SerializeMessage(a, Format::kJson);
  EXPECT_LT(json.find("\"k0\""), json.find("\"k1\""));
  EXPECT_LT(json.find("\"k1\""), json.find("\"k10\""));
}

TEST(Json, ParsingIsStrict) {
  v1::IndicatorScore score;
  EXPECT_FALSE(ParseMessage(R"({"reviewScore": 1})", Format::kJson, &score).ok());
  EXPECT_FALSE(ParseMessage(R"({"unknown": "x"})", Format::kJson, &score).ok());
  EXPECT_FALSE(ParseMessage(R"({"achieved": "banana"})", Format::kJson, &score).ok());
  EXPECT_FALSE(ParseMessage(R"({"achieved": 1})", Format::kJson, &score).ok());
  // protobuf 3.21 reads quoted booleans ("true", "yes", "1") as booleans; we keep its parser.
  EXPECT_TRUE(ParseMessage(R"({"achieved": "true"})", Format::kJson, &score).ok());
  EXPECT_TRUE(ParseMessage(R"({"review_score": "1"})", Format::kJson, &score).ok());
  EXPECT_TRUE(ParseMessage(R"({"reviewScore": "1"})", Format::kJson, &score).ok());  // JSON name
}

TEST(Binary, RoundTrips) {
  v1::IndicatorScore score;
  score.set_id("i01");
  score.set_score("1.81");
  v1::IndicatorScore back;
  ASSERT_TRUE(ParseMessage(*SerializeMessage(score, Format::kProto), Format::kProto, &back).ok());
  EXPECT_EQ(back.id(), "i01");
  EXPECT_EQ(back.score(), "1.81");
}

}  // namespace
}  // namespace jixiao
