// The bad-input matrix (issue 6): every error class of SCORING.md §6, broken text and numbers,
// broken and hostile messages, and every limit of lib/base/limits.h. Each is one InvalidArgument error
// whose message names the field — never a crash, a hang, a partial result or a number.
#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "google/protobuf/arena.h"
#include "gtest/gtest.h"
#include "jixiao/evaluate.h"
#include "jixiao/import_csv.h"
#include "jixiao/io.h"
#include "jixiao/parse_target.h"
#include "lib/base/decimal.h"
#include "lib/base/limits.h"
#include "lib/json/parse_errors.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluationFromJson;
using testing::Form;

// The error of evaluating `input` through the serialized path (parse, evaluate, serialize).
std::string ErrorOf(absl::string_view input, Format format = Format::kJson) {
  auto result = EvaluateSerialized(input, format, Format::kJson);
  EXPECT_FALSE(result.ok()) << *result;
  if (result.ok()) return "";
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument) << result.status();
  return std::string(result.status().message());
}

// The error of evaluating a message built in C++, and that the result is left empty.
std::string ErrorOf(const v1::Evaluation& evaluation) {
  v1::EvaluationResult result;
  result.set_total("stale");  // EvaluateInto clears it whatever happens
  absl::Status status = EvaluateInto(evaluation, &result);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  EXPECT_EQ(result.ByteSizeLong(), 0u) << result.DebugString();
  return std::string(status.message());
}

// A form with one indicator of `fields` (JSON members) under zhengzhou-2021-project.
std::string OneIndicator(const std::string& fields) {
  return absl::StrCat(
      R"({"id": "f", "scheme": "zhengzhou-2021-project", "indicators": [{"id": "i01", "level1": "产出目标", )",
      fields, "}]}");
}

constexpr char kNotPlain[] =
    "is not a decimal number: write plain digits with an optional sign and '.', like \"-12.50\"; "
    "no spaces, units, '%', thousands separators or exponents";
constexpr char kNoDigits[] =
    "is not a decimal number: write digits, an optional '.' and digits, like \"12.50\"";

// ---- SCORING.md §6: every invalid-argument error class ------------------------------------------

TEST(Section6, EveryErrorClassHasItsMessage) {
  EXPECT_EQ(ErrorOf(OneIndicator(R"("weight": "1,5")")),
            absl::StrCat("indicator i01 weight: \"1,5\" ", kNotPlain));
  EXPECT_EQ(ErrorOf(R"({"id": "f", "scheme": "beijing"})"),
            "scheme: unknown scheme \"beijing\"; the built-in schemes are zhengzhou-2021-project, "
            "suzhou-2020-project, mof-2020-project, henan-2021-department");
  EXPECT_EQ(ErrorOf(R"({"id": "f"})"),
            "scheme: no scheme; set \"scheme\" to one of zhengzhou-2021-project, "
            "suzhou-2020-project, mof-2020-project, henan-2021-department or pass a custom_scheme");
  EXPECT_EQ(
      ErrorOf(
          R"({"scheme": "zhengzhou-2021-project", "indicators": [{"id": "a", "level1": "产出指标"}]})"),
      "indicator a level1: \"产出指标\" is not a category of scheme zhengzhou-2021-project "
      "(投入和管理目标, 产出目标, 效果目标, 影响力目标, or their aliases)");
  EXPECT_EQ(
      ErrorOf(
          R"({"scheme": "zhengzhou-2021-project", "indicators": [{"id": "a", "level1": "产出"}, {"id": "a", "level1": "产出"}]})"),
      "indicators[1]: duplicate indicator id \"a\"");
  EXPECT_EQ(
      ErrorOf(OneIndicator(R"("target": {"value": "3"}, "actual": {"grade": "好"})")),
      "indicator i01: the ratio rule cannot read actual.grade \"好\"; it needs actual.number");
  EXPECT_EQ(ErrorOf(OneIndicator(R"("actual": {"factor": "100.01"})")),
            "indicator i01: actual.factor 100.01 is outside [0, 100]");
  EXPECT_EQ(ErrorOf(OneIndicator(R"("target": {"value": "-3"}, "actual": {"number": "1"})")),
            "indicator i01 target.value: -3 is negative; targets are ≥ 0");
  EXPECT_EQ(
      ErrorOf(OneIndicator(
          R"("target": {"comparator": "BETWEEN", "value": "5", "upper": "4"}, "actual": {"number": "1"})")),
      "indicator i01 target: BETWEEN 5 and 4 has value > upper");
  EXPECT_EQ(ErrorOf(OneIndicator(R"("weight": "-1")")), "indicator i01 weight: -1 is negative");
}

// ---- text that is not UTF-8 ---------------------------------------------------------------------

TEST(InvalidUtf8, InABinaryStringFieldNamesTheField) {
  v1::Evaluation form = EvaluationFromJson(OneIndicator(R"("name": "ABC")"));
  std::string bytes = form.SerializeAsString();
  bytes.replace(bytes.find("ABC"), 3, "A\xff\xfe");
  EXPECT_EQ(ErrorOf(bytes, Format::kProto),
            "Evaluation: the input is not a valid serialized jixiao.v1.Evaluation "
            "(indicators[0].name is not UTF-8)");
}

TEST(InvalidUtf8, ProtobufWritesNothingToStderr) {
  // protobuf logs "[libprotobuf ERROR …] String field … contains invalid UTF-8"; inside a library
  // the error is ours to return (docs/DECISIONS.md: LogSilencer while parsing).
  v1::Evaluation form;
  ::testing::internal::CaptureStderr();
  absl::Status status = ParseMessage(std::string("\x0a\x02\x61\xff", 4), Format::kProto, &form);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  EXPECT_EQ(
      status.message(),
      "Evaluation: the input is not a valid serialized jixiao.v1.Evaluation (id is not UTF-8)");
}

TEST(InvalidUtf8, ProtobufsJsonMessagesBecomeOneLineOfUtf8) {
  // protobuf's util (still used for types the JSON codec leaves to it) quotes the input over
  // three lines, cut at any byte: here inside 产 and at an invalid byte.
  EXPECT_EQ(JsonErrorLine("Unexpected token.\n\xba\xe7\x9b\xae\", \"weight\": NaN}]}\n"
                          "                 ^"),
            "Unexpected token. (near \"NaN}]}\")");
  EXPECT_EQ(JsonErrorLine("Encountered non UTF-8 code points.\n\xff\xfe\"}\n^"),
            "Encountered non UTF-8 code points. (near \"??\"}\")");
  EXPECT_EQ(JsonErrorLine("Unexpected end of string. Expected a value.\n\n^"),
            "Unexpected end of string. Expected a value. (at the end of the input)");
}

TEST(InvalidUtf8, InJsonIsRejected) {
  std::string error = ErrorOf(OneIndicator("\"name\": \"A\xff\xfe\""));
  EXPECT_EQ(error,
            "Evaluation JSON: indicators[0].name: invalid UTF-8 in a string (line 1, column 106)");
}

TEST(InvalidUtf8, InAMessageBuiltInCppNamesTheField) {
  v1::Evaluation form = EvaluationFromJson(OneIndicator(R"("name": "ABC")"));
  form.mutable_indicators(0)->set_name("A\xe4\xb8");  // 中 cut short
  EXPECT_EQ(ErrorOf(form), "indicator i01 name: not UTF-8 (byte 2)");
  form.mutable_indicators(0)->set_name("ok");
  form.mutable_reported()->mutable_categories()->insert({"\xc0", "1"});
  EXPECT_EQ(ErrorOf(form), "reported.categories key: not UTF-8 (byte 1)");
}

// ---- numbers as people write them ---------------------------------------------------------------

TEST(NumberText, OnlyPlainDecimalsAreFigures) {
  struct Case {
    const char* text;
    const char* why;
  };
  for (const Case& c :
       {Case{"NaN", kNoDigits}, Case{"Infinity", kNoDigits}, Case{"1e5", kNotPlain},
        Case{" 1", kNoDigits}, Case{"1 ", kNotPlain}, Case{"１２", kNoDigits}, Case{"", nullptr}}) {
    if (c.why == nullptr) continue;
    EXPECT_EQ(ErrorOf(OneIndicator(absl::StrCat(
                  R"("target": {"value": "10"}, "actual": {"number": ")", c.text, R"("})"))),
              absl::StrCat("indicator i01 actual.number: \"", c.text, "\" ", c.why));
  }
  // "-0" is zero (docs/DECISIONS.md), not an error and not a negative figure.
  auto result = EvaluateSerialized(
      OneIndicator(R"("weight": "-0", "target": {"value": "10"}, "actual": {"number": "-0"})"),
      Format::kJson, Format::kJson);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_NE(result->find(R"("weight":"0.00")"), std::string::npos) << *result;
}

TEST(NumberText, JsonNumbersAndBooleansInFiguresAreWrongTypes) {
  EXPECT_EQ(ErrorOf(OneIndicator(R"("weight": 10)")),
            "Evaluation JSON: indicators[0].weight: invalid value 10 for string");
  EXPECT_EQ(ErrorOf(OneIndicator(R"("weight": NaN)")),
            "Evaluation JSON: indicators[0].weight: expected a value (line 1, column 106)");
}

TEST(NumberText, HugeFiguresAreRefusedNotRounded) {
  std::string huge = absl::StrCat("1", std::string(40, '0'));  // 10^40
  EXPECT_EQ(ErrorOf(OneIndicator(absl::StrCat(R"("weight": ")", huge, R"(")"))),
            absl::StrCat("indicator i01 weight: \"", huge.substr(0, 40),
                         "…\" (41 bytes) is not a decimal number: more than 15 digits before the "
                         "point"));
  EXPECT_EQ(ErrorOf(R"({"id": "f", "scheme": "zhengzhou-2021-project", "year": 1e40})"),
            "Evaluation JSON: year: invalid value 1e40 for int32");
}

// ---- broken and hostile messages ----------------------------------------------------------------

TEST(BinaryInput, EmptyIsAnEmptyFormAndTruncatedNamesWhere) {
  EXPECT_EQ(ErrorOf("", Format::kProto),
            "scheme: no scheme; set \"scheme\" to one of zhengzhou-2021-project, "
            "suzhou-2020-project, mof-2020-project, henan-2021-department or pass a custom_scheme");
  std::string bytes =
      EvaluationFromJson(OneIndicator(R"("name": "预算执行率")")).SerializeAsString();
  EXPECT_EQ(ErrorOf(bytes.substr(0, bytes.size() - 2), Format::kProto),
            "Evaluation: the input is not a valid serialized jixiao.v1.Evaluation (truncated in "
            "indicators[0])");
  EXPECT_EQ(ErrorOf("\xff\xff\xff", Format::kProto),
            "Evaluation: the input is not a valid serialized jixiao.v1.Evaluation (a malformed "
            "tag in the top level)");
}

TEST(JsonInput, UnknownFieldsAndWrongTypesAreRejected) {
  EXPECT_EQ(ErrorOf(R"({"id": "f", "colour": "red"})"), "Evaluation JSON: colour: unknown field");
  EXPECT_EQ(ErrorOf(R"({"id": 7})"), "Evaluation JSON: id: invalid value 7 for string");
  EXPECT_EQ(ErrorOf(R"({"indicators": "a"})"),
            "Evaluation JSON: indicators: expected an array, got \"a\"");
  EXPECT_EQ(ErrorOf(R"({"indicators": {"id": "a"}})"),
            "Evaluation JSON: indicators: expected an array, got an object");
  EXPECT_EQ(ErrorOf(R"({"kind": "COUNTY"})"),
            "Evaluation JSON: kind: invalid value \"COUNTY\" for enum jixiao.v1.Evaluation.Kind");
  EXPECT_EQ(ErrorOf("{\"id\": \"f\""),
            "Evaluation JSON: expected ',' or '}' after a field (line 1, column 11)");
  EXPECT_EQ(ErrorOf(""),
            "Evaluation JSON: the input is empty; expected a JSON object (line 1, column 1)");
}

TEST(JsonInput, QuotedBooleansAreReadAsProtobufReadsThem) {
  // The JSON codec keeps protobuf 3.21's quoted booleans ("true", "yes", "1"); an object for a
  // list it refuses (above). docs/JSON.md.
  auto result = EvaluateSerialized(OneIndicator(R"("actual": {"achieved": "true"})"), Format::kJson,
                                   Format::kJson);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_NE(result->find(R"("achieved":true)"), std::string::npos);
}

TEST(UnknownEnum, InBinaryIsAnErrorNotADefault) {
  v1::Evaluation form =
      EvaluationFromJson(OneIndicator(R"("target": {"value": "3"}, "actual": {"number": "1"})"));
  form.mutable_indicators(0)->mutable_target()->set_comparator(
      static_cast<v1::Target::Comparator>(42));
  EXPECT_EQ(ErrorOf(form.SerializeAsString(), Format::kProto),
            "indicator i01 target.comparator: 42 is not a value of Comparator");
}

// ---- sizes: a million indicators, 10,000-deep budgets, overflowing weights ---------------------

TEST(Limits, AMillionIndicators) {
  google::protobuf::Arena arena;  // freed at once: a million messages
  auto* form = google::protobuf::Arena::CreateMessage<v1::Evaluation>(&arena);
  form->set_scheme("zhengzhou-2021-project");
  for (int i = 0; i < 1000000; ++i) form->add_indicators();
  EXPECT_EQ(ErrorOf(*form), "indicators: 1000000 entries; the limit is 2000");
  // Binary: a million empty indicators (tag 10, length 0) are 2 MB; they parse, then meet the
  // same limit. JSON: 17 MB of them meet the input limit before parsing.
  std::string bytes;
  for (int i = 0; i < 1000000; ++i) bytes.append("\x52\0", 2);
  EXPECT_EQ(ErrorOf(bytes, Format::kProto), "indicators: 1000000 entries; the limit is 2000");
  std::string json = R"({"scheme": "zhengzhou-2021-project", "indicators": [{})";
  for (int i = 1; i < 1000000; ++i) json += R"(, {"level1": "产出"})";
  json += "]}";
  auto too_big = EvaluateSerialized(json, Format::kJson, Format::kJson);
  EXPECT_EQ(too_big.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(too_big.status().message(),
            absl::StrCat("Evaluation: input of ", json.size(), " bytes; the limit is 16777216"));
}

TEST(Limits, OneIndicatorOverTheLimitAndOneAtIt) {
  v1::Evaluation form;
  form.set_scheme("zhengzhou-2021-project");
  for (int i = 0; i < kMaxIndicators; ++i) {
    v1::Indicator* indicator = form.add_indicators();
    indicator->set_id(absl::StrCat("i", i));
    indicator->set_level1("产出");
    indicator->set_weight("0.02");
    indicator->mutable_actual()->set_achieved(true);
  }
  auto result = Evaluate(form);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->total(), "40.00");
  form.add_indicators()->set_id("one-more");
  EXPECT_EQ(ErrorOf(form), "indicators: 2001 entries; the limit is 2000");
}

// A budget nested `depth` lines deep, on `arena` (so that no destructor recurses either).
v1::Evaluation* DeepBudget(google::protobuf::Arena* arena, int depth) {
  auto* form = google::protobuf::Arena::CreateMessage<v1::Evaluation>(arena);
  form->set_id("deep");
  form->set_scheme("zhengzhou-2021-project");
  v1::BudgetLine* line = form->mutable_budget()->mutable_total();
  for (int i = 1; i < depth; ++i) {
    line->set_name("l");
    line = line->add_breakdowns()->add_lines();
  }
  return form;
}

TEST(Limits, ABudgetNested10000DeepInCpp) {
  google::protobuf::Arena arena;
  std::string error = ErrorOf(*DeepBudget(&arena, 10000));
  EXPECT_EQ(
      error,
      "budget.total.breakdowns[0].lines[0].breakdowns[0].lines[0].breakdowns[0].….breakdowns["
      "0].lines[0].breakdowns[0].lines[0]: budget lines nest deeper than 32 levels, the limit");
  EXPECT_TRUE(Evaluate(*DeepBudget(&arena, kMaxBudgetDepth)).ok());
}

TEST(Limits, ABudgetNested10000DeepInJsonAndBinary) {
  std::string json = R"({"id": "deep", "scheme": "zhengzhou-2021-project", "budget": {"total": )";
  for (int i = 1; i < 10000; ++i) json += R"({"breakdowns": [{"lines": [)";
  json += "{}";
  for (int i = 1; i < 10000; ++i) json += "]}]}";
  json += "}}";
  EXPECT_EQ(ErrorOf(json), absl::StrCat(
                               "Evaluation JSON: budget.total",
                               [] {
                                 std::string path;
                                 for (int i = 0; i < 49; ++i) path += ".breakdowns[0].lines[0]";
                                 return path;
                               }(),
                               ": objects nested more than 100 deep (line 1, column 1395)"));

  // Binary, written by hand from the inside out: protobuf's serializer recurses as deep as the
  // message does.
  std::string reversed;  // the wire bytes, last byte first, so each level is a cheap append
  auto wrap = [&](char tag) {
    std::string header(1, tag);
    for (size_t n = reversed.size();; n >>= 7) {  // varint length
      header.push_back(static_cast<char>((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)));
      if (n < 0x80) break;
    }
    reversed.append(header.rbegin(), header.rend());
  };
  for (int i = 1; i < 10000; ++i) {
    wrap('\x12');  // Breakdown.lines
    wrap('\x3a');  // BudgetLine.breakdowns
  }
  wrap('\x0a');  // Budget.total
  wrap('\x4a');  // Evaluation.budget
  std::string wire(reversed.rbegin(), reversed.rend());
  EXPECT_EQ(ErrorOf(wire, Format::kProto),
            "Evaluation: the input is not a valid serialized jixiao.v1.Evaluation "
            "(budget.total.breakdowns[0].lines[0].breakdowns[0].lines[0].b…: messages nest "
            "deeper than 100 levels (protobuf's limit))");
}

TEST(Limits, StringsLongerThanTheirLimit) {
  v1::Evaluation form = EvaluationFromJson(OneIndicator(R"("name": "n")"));
  form.mutable_indicators(0)->set_name(std::string(kMaxNameBytes + 1, 'x'));
  EXPECT_EQ(ErrorOf(form), "indicator i01 name: 4097 bytes; the limit is 4096");
  form.mutable_indicators(0)->set_name("n");
  form.mutable_indicators(0)->add_evidence(std::string(kMaxTextBytes + 1, 'x'));
  EXPECT_EQ(ErrorOf(form), "indicator i01 evidence[0]: 65537 bytes; the limit is 65536");
  form.mutable_indicators(0)->clear_evidence();
  form.mutable_indicators(0)->set_id(std::string(kMaxIdBytes + 1, 'x'));
  EXPECT_EQ(ErrorOf(form), "indicators[0].id: 257 bytes; the limit is 256");
}

TEST(Limits, TargetTextLongerThanANameIsRefusedWithoutQuotingIt) {
  std::string text(10 << 20, '1');  // 10 MB of digits: once quoted whole in the error
  EXPECT_EQ(ParseTarget(text).status().message(), "target: 10485760 bytes; the limit is 4096");
  EXPECT_EQ(ParseActual(text, v1::Target()).status().message(),
            "actual: 10485760 bytes; the limit is 4096");
}

TEST(Limits, ACsvOfBadRowsListsTheFirstHundred) {
  std::string csv = "一级指标,二级指标,三级指标,权重,目标值,业绩值\n";
  for (int i = 0; i < 1000; ++i) absl::StrAppend(&csv, "产出,数量,n", i, ",两分,≥1,1\n");
  absl::Status status = ImportCsv(csv, "zhengzhou-2021-project").status();
  std::string message(status.message());
  EXPECT_EQ(message.substr(0, 37), "cannot import the form (1000 problems");
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 101);
  EXPECT_NE(message.find("line 101: 权重 \"两分\""), std::string::npos);
  EXPECT_EQ(message.find("line 102:"), std::string::npos);
  EXPECT_NE(message.find("\n… and 900 more"), std::string::npos);
}

TEST(Limits, ChecklistsAndLists) {
  v1::Evaluation form =
      EvaluationFromJson(OneIndicator(R"("actual": {"elements": {"satisfied": [1]}})"));
  auto* checklist = form.mutable_indicators(0)->mutable_rule()->mutable_checklist();
  for (int i = 0; i <= kMaxChecklistElements; ++i) checklist->add_elements()->set_share("1");
  EXPECT_EQ(ErrorOf(form), "indicator i01 rule.checklist.elements: 201 entries; the limit is 200");
  checklist->clear_elements();
  auto* levels = form.mutable_indicators(0)->mutable_rule()->mutable_grade();
  for (int i = 0; i <= kMaxListItems; ++i) levels->add_levels()->set_label("x");
  EXPECT_EQ(ErrorOf(form), "indicator i01 rule.grade.levels: 101 entries; the limit is 100");
}

TEST(Limits, BreakdownLines) {
  v1::Evaluation form = EvaluationFromJson(R"({"id": "f", "scheme": "zhengzhou-2021-project"})");
  v1::Breakdown* breakdown = form.mutable_budget()->mutable_total()->add_breakdowns();
  for (int i = 0; i <= kMaxBreakdownLines; ++i) breakdown->add_lines()->set_spent("1");
  EXPECT_EQ(ErrorOf(form), "budget.total.breakdowns[0].lines: 1001 entries; the limit is 1000");
}

TEST(Limits, WeightsThatWouldOverflowWhenSummedAddUpExactly) {
  // 2,000 weights of 15 digits and 6 places: their sum needs 22 digits, far inside 128 bits.
  v1::Evaluation form = EvaluationFromJson(R"({"id": "w", "custom_scheme": {"name": "big",
    "categories": [{"name": "产出", "points": "999999999999999", "allocation": "EXPLICIT"}],
    "grade_bands": [{"label": "优", "min": "90"}, {"label": "差", "min": "0"}]}})");
  for (int i = 0; i < kMaxIndicators; ++i) {
    v1::Indicator* indicator = form.add_indicators();
    indicator->set_id(absl::StrCat("i", i));
    indicator->set_level1("产出");
    indicator->set_weight("999999999999999.999999");
    indicator->mutable_actual()->set_achieved(true);
  }
  auto result = Evaluate(form);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->total(), "2000000000000000000.00");  // 2000 × 1000000000000000.00
  // Σ weights = 1999999999999999999.998, printed with the scheme's 2 places.
  EXPECT_EQ(result->categories(0).weight(), "2000000000000000000.00");
}

// ---- found by fuzzing -------------------------------------------------------------------------

TEST(Regression, RoundingPastTheInputRangeIsPrintedExactly) {
  // decimal_fuzzer: a 15-digit figure rounds to 16 digits, which is printed as it is (it is not
  // an input, so the 15-digit limit of inputs does not apply) and never wrapped.
  auto parsed = ParseDecimal("999999999999999.999999");  // the input it found
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(RoundAndFormat(parsed->value, 0, Rounding::kHalfUp), "1000000000000000");
  EXPECT_EQ(RoundAndFormat(-parsed->value, 2, Rounding::kHalfUp), "-1000000000000000.00");
  EXPECT_EQ(RoundAndFormat(parsed->value, 2, Rounding::kTruncate), "999999999999999.99");
  EXPECT_FALSE(ParseDecimal("1000000000000000").ok());
}

}  // namespace
}  // namespace jixiao
