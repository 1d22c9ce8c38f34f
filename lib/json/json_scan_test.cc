// Unit tests of JsonArrayElements (lib/json/json_scan.cc): the views of one array's elements,
// found by a syntax-checking scan that builds no messages.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lib/json/json_codec.h"

namespace jixiao {
namespace {

using Views = std::vector<absl::string_view>;

TEST(JsonArrayElements, NestedArraysAndObjectsAreOneElementEach) {
  auto elements = JsonArrayElements(
      R"({"evaluations": [{"a": [1, [2, {"b": {}}]], "c": {"d": [[]]}}, [[1], {"x": []}], {}]})",
      "evaluations");
  ASSERT_TRUE(elements.ok()) << elements.status();
  EXPECT_EQ(*elements, (Views{R"({"a": [1, [2, {"b": {}}]], "c": {"d": [[]]}})",
                              R"([[1], {"x": []}])", "{}"}));
}

TEST(JsonArrayElements, EscapedQuotesAndBracketsInStringsDoNotEndAnElement) {
  auto elements = JsonArrayElements(
      R"({"evaluations": [{"name": "a \"]}\" b", "k\"]": "[{"}, "\\", "\\\"]"]})", "evaluations");
  ASSERT_TRUE(elements.ok()) << elements.status();
  EXPECT_EQ(*elements,
            (Views{R"({"name": "a \"]}\" b", "k\"]": "[{"})", R"("\\")", R"("\\\"]")"}));
}

TEST(JsonArrayElements, OtherFieldsAreSkippedWhereverTheyAre) {
  auto elements = JsonArrayElements(
      R"({"before": {"evaluations": [9]}, "evaluations": [1], "after": ["evaluations", 2.5e-3]})",
      "evaluations");
  ASSERT_TRUE(elements.ok()) << elements.status();
  EXPECT_EQ(*elements, (Views{"1"}));
}

TEST(JsonArrayElements, MissingFieldIsNoElements) {
  auto elements = JsonArrayElements(R"({"other": [1, 2]})", "evaluations");
  ASSERT_TRUE(elements.ok()) << elements.status();
  EXPECT_TRUE(elements->empty());
}

TEST(JsonArrayElements, NullIsNoElements) {
  auto elements = JsonArrayElements(R"({"evaluations": null, "x": 1})", "evaluations");
  ASSERT_TRUE(elements.ok()) << elements.status();
  EXPECT_TRUE(elements->empty());
}

TEST(JsonArrayElements, FieldGivenTwiceIsAnError) {
  EXPECT_EQ(JsonArrayElements(R"({"evaluations": [1], "evaluations": [2]})", "evaluations")
                .status()
                .message(),
            "evaluations: field given twice");
}

TEST(JsonArrayElements, FieldThatIsNotAnArrayIsAnError) {
  for (const char* json : {R"({"evaluations": {}})", R"({"evaluations": "[1]"})",
                           R"({"evaluations": 1})", R"({"evaluations": true})"}) {
    EXPECT_EQ(JsonArrayElements(json, "evaluations").status().message(),
              "evaluations: expected an array")
        << json;
  }
}

TEST(JsonArrayElements, MalformedJsonSaysWhatAndWhere) {
  auto message = [](const char* json) {
    return std::string(JsonArrayElements(json, "evaluations").status().message());
  };
  EXPECT_EQ(message("[]"), "expected a JSON object (line 1, column 1)");
  EXPECT_EQ(message(R"({"evaluations": [1,]})"), "expected a value (line 1, column 20)");
  EXPECT_EQ(message(R"({"evaluations": [1 2]})"),
            "expected ',' or ']' after an array element (line 1, column 20)");
  EXPECT_EQ(message(R"({"x": {"a" 1}, "evaluations": []})"),
            "expected ':' after the field name (line 1, column 12)");
  EXPECT_EQ(message(R"({"x": [tru]})"), "expected a value (line 1, column 8)");
  EXPECT_EQ(message(R"({"x": -})"), "invalid number (line 1, column 7)");
  EXPECT_EQ(message("{\"x\": \"abc"), "unterminated string (line 1, column 11)");
  EXPECT_EQ(message(R"({"evaluations": []} x)"),
            "unexpected text after the JSON object (line 1, column 21)");
  EXPECT_EQ(message("{\"\xff\": 1}"), "invalid UTF-8 in a string (line 1, column 3)");
  EXPECT_EQ(message("{\n  \"evaluations\": [\n    {\"a\": 1,}\n  ]\n}"),
            "expected a field name in double quotes (line 3, column 13)");
}

}  // namespace
}  // namespace jixiao
