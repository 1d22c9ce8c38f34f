// What jixiao's JSON codec prints, as docs/JSON.md "Printing" states it, and that what it prints
// reads back to the same message: the spec defines the output, whichever protobuf is installed.
// (tests/json_codec_test.cc compares with protobuf 3.21's util byte for byte, where it is 3.21.)
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "bench/form_generator.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "jixiao/batch.h"
#include "jixiao/evaluate.h"
#include "jixiao/v1/batch.pb.h"
#include "jixiao/v1/budget.pb.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"
#include "lib/json/json_codec.h"
#include "tests/json_codec_test.pb.h"

namespace jixiao {
namespace {

using google::protobuf::Message;
using test::AllTypes;
using test::Child;

bool Equal(const Message& a, const Message& b) {
  return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

// parse(print(m)) == m, compact and pretty.
void ExpectRoundTrip(const Message& message) {
  for (bool pretty : {false, true}) {
    std::string json = PrintJson(message, pretty);
    std::unique_ptr<Message> back(message.New());
    absl::Status status = ParseJson(json, back.get());
    ASSERT_TRUE(status.ok()) << status << "\n" << json;
    EXPECT_TRUE(Equal(message, *back)) << json << "\n  read back: " << back->ShortDebugString();
  }
}

std::string Compact(const Message& message) { return PrintJson(message, false); }

// The compact text of `m` between the first `"key":` and the next field (or the end).
std::string Field(const Message& m, const std::string& key) {
  const std::string json = Compact(m);
  const std::string at = "\"" + key + "\":";
  size_t begin = json.find(at);
  if (begin == std::string::npos) return "(absent)";
  begin += at.size();
  int depth = 0;
  bool in_string = false;
  for (size_t i = begin; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']' || c == ',') {
      if (depth == 0) return json.substr(begin, i - begin);
      if (c != ',') --depth;
    }
  }
  return json.substr(begin);
}

// ---- round trips: every field shape, the fixtures, generated forms ----------------------------

AllTypes EveryShapeSet() {
  AllTypes m;
  m.set_d(-1.25e-300);
  m.set_f(3.5f);
  m.set_i32(-7);
  m.set_i64(INT64_MIN);
  m.set_u32(UINT32_MAX);
  m.set_u64(UINT64_MAX);
  m.set_s32(-1);
  m.set_s64(5);
  m.set_fx32(7);
  m.set_fx64(8);
  m.set_sfx32(-9);
  m.set_sfx64(-10);
  m.set_b(true);
  m.set_s("项目 <b>&'\"\\\n\xe2\x80\xa8\x01");
  m.set_by(std::string("\0\1\2\xff", 4));
  m.set_color(test::GREEN);
  m.mutable_child()->set_name("c");
  m.mutable_child()->mutable_child();
  m.mutable_child()->add_children()->set_n(2);
  for (double d : {0.0, -0.0, 1e21, 1e-7, 0.30000000000000004}) m.add_rd(d);
  for (float f : {1e21f, 1e-7f, 16777216.0f, 0.3f}) m.add_rf(f);
  m.add_ri32(1);
  m.add_ri32(-2);
  m.add_ri64(INT64_MAX);
  m.add_ru64(5);
  m.add_rb(true);
  m.add_rb(false);
  for (const char* s : {"", "x", "中"}) m.add_rs(s);
  m.add_rby("");
  m.add_rby(std::string(1, '\0'));
  m.add_rcolor(test::RED);
  m.add_rcolor(static_cast<test::Color>(9));  // open enum: an unknown number survives
  m.add_rchild();
  m.add_rchild()->set_name("r");
  (*m.mutable_m_ss())["b"] = "1";
  (*m.mutable_m_ss())[""] = "3";
  (*m.mutable_m_i32_child())[-1].set_n(1);
  (*m.mutable_m_i32_child())[10];
  (*m.mutable_m_i64_i64())[INT64_MIN] = INT64_MAX;
  (*m.mutable_m_u32_color())[UINT32_MAX] = test::RED;
  (*m.mutable_m_b_by())[true] = "\x01";
  (*m.mutable_m_b_by())[false] = "";
  (*m.mutable_m_s_d())["x"] = 2.5;
  (*m.mutable_m_s64_f())[-3] = 0.5f;
  (*m.mutable_m_fx32_b())[4] = true;
  m.set_opt_i32(0);  // set to its default: presence is kept
  m.set_opt_s("o");
  m.mutable_opt_child();
  m.set_snake_case_name("s");
  m.set_json_named(3);
  m.set_field_2_x("f");
  return m;
}

TEST(JsonRoundTrip, EveryFieldShape) {
  ExpectRoundTrip(AllTypes());
  ExpectRoundTrip(Child());
  ExpectRoundTrip(EveryShapeSet());
  AllTypes each_oneof = EveryShapeSet();
  each_oneof.set_c_s("");
  ExpectRoundTrip(each_oneof);
  each_oneof.set_c_i64(INT64_MIN);
  ExpectRoundTrip(each_oneof);
  each_oneof.mutable_c_child();
  ExpectRoundTrip(each_oneof);
  each_oneof.set_c_color(test::COLOR_UNSPECIFIED);  // the default, and still set
  ExpectRoundTrip(each_oneof);
  AllTypes unknown_enum;
  unknown_enum.set_color(static_cast<test::Color>(5));
  ExpectRoundTrip(unknown_enum);
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(JsonRoundTrip, EveryJsonFixture) {
  const v1::Evaluation evaluation;
  const v1::EvaluationResult result;
  const v1::DepartmentBudget budget;
  const v1::DepartmentBudgetResult budget_result;
  const std::string data = JIXIAO_TEST_DATA;
  const std::pair<std::string, const Message*> dirs[] = {
      {data, &evaluation},
      {data + "/expected", &result},
      {data + "/budget", &budget},
      {data + "/budget/expected", &budget_result},
      {JIXIAO_EXAMPLES, &evaluation}};
  int files = 0;
  for (const auto& [dir, type] : dirs) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".json") continue;
      SCOPED_TRACE(entry.path().string());
      std::unique_ptr<Message> message(type->New());
      if (!ParseJson(ReadFile(entry.path()), message.get()).ok()) continue;  // the bad-input ones
      ++files;
      ExpectRoundTrip(*message);
    }
  }
  EXPECT_GE(files, 9);
}

TEST(JsonRoundTrip, GeneratedFormsTheirResultsAndTheBuiltinSchemes) {
  bench::FormGenerator generator(20211231);
  v1::EvaluationBatch batch;
  for (int i = 0; i < 100; ++i) {
    v1::Evaluation form = generator.Next();
    SCOPED_TRACE(form.id());
    ExpectRoundTrip(form);
    auto result = Evaluate(form);
    if (result.ok()) ExpectRoundTrip(*result);
    if (i < 30) *batch.add_evaluations() = form;
  }
  ExpectRoundTrip(batch);
  ExpectRoundTrip(EvaluateBatch(batch).value());
  v1::SchemeList schemes;
  for (const v1::Scheme* scheme : BuiltinSchemes()) *schemes.add_schemes() = *scheme;
  ExpectRoundTrip(schemes);
}

// ---- the output rules of docs/JSON.md ---------------------------------------------------------

TEST(JsonOutput, ProtoFieldNamesNotJsonNames) {
  AllTypes m;
  m.set_snake_case_name("s");
  m.set_json_named(3);
  EXPECT_EQ(Field(m, "snake_case_name"), "\"s\"");
  EXPECT_EQ(Field(m, "json_named"), "3");
  EXPECT_EQ(Field(m, "field_2_x"), "\"\"");
  EXPECT_EQ(Compact(m).find("snakeCaseName"), std::string::npos);
  EXPECT_EQ(Compact(m).find("customJson"), std::string::npos);
}

// Declaration order; scalars with their defaults; empty repeated fields and maps as [] and {};
// unset message fields, optional scalars and oneof members left out.
TEST(JsonOutput, AnEmptyMessagePrintsEveryDefaultInDeclarationOrder) {
  EXPECT_EQ(Compact(AllTypes()),
            "{\"d\":0,\"f\":0,\"i32\":0,\"i64\":\"0\",\"u32\":0,\"u64\":\"0\",\"s32\":0,"
            "\"s64\":\"0\",\"fx32\":0,\"fx64\":\"0\",\"sfx32\":0,\"sfx64\":\"0\",\"b\":false,"
            "\"s\":\"\",\"by\":\"\",\"color\":\"COLOR_UNSPECIFIED\",\"rd\":[],\"rf\":[],"
            "\"ri32\":[],\"ri64\":[],\"ru64\":[],\"rb\":[],\"rs\":[],\"rby\":[],\"rcolor\":[],"
            "\"rchild\":[],\"m_ss\":{},\"m_i32_child\":{},\"m_i64_i64\":{},\"m_u32_color\":{},"
            "\"m_b_by\":{},\"m_s_d\":{},\"m_s64_f\":{},\"m_fx32_b\":{},\"snake_case_name\":\"\","
            "\"json_named\":0,\"field_2_x\":\"\"}");
  EXPECT_EQ(Compact(Child()), "{\"name\":\"\",\"n\":0,\"children\":[]}");
}

TEST(JsonOutput, ASetMessageFieldPrintsWithAllItsDefaults) {
  Child m;
  m.mutable_child();
  EXPECT_EQ(Compact(m),
            "{\"name\":\"\",\"n\":0,\"child\":{\"name\":\"\",\"n\":0,\"children\":[]},"
            "\"children\":[]}");
}

TEST(JsonOutput, OptionalAndOneofScalarsOnlyWhenSetAndAfterTheOtherFields) {
  AllTypes m;
  m.set_opt_i32(0);
  m.set_c_s("");
  EXPECT_TRUE(absl::EndsWith(Compact(m), "\"field_2_x\":\"\",\"opt_i32\":0,\"c_s\":\"\"}"))
      << Compact(m);
  EXPECT_EQ(Field(m, "opt_s"), "(absent)");
  EXPECT_EQ(Field(m, "opt_child"), "(absent)");
  AllTypes child;  // a oneof message member keeps its place
  child.mutable_c_child()->set_n(1);
  EXPECT_EQ(Field(child, "c_child"), "{\"name\":\"\",\"n\":1,\"children\":[]}");
  EXPECT_EQ(Field(child, "c_s"), "(absent)");
}

TEST(JsonOutput, SixtyFourBitIntegersAsStringsThirtyTwoBitAsNumbers) {
  AllTypes m;
  m.set_i64(INT64_MIN);
  m.set_u64(UINT64_MAX);
  m.set_sfx64(-10);
  m.set_i32(INT32_MIN);
  m.set_u32(UINT32_MAX);
  m.add_ri64(7);
  (*m.mutable_m_i64_i64())[-5] = 6;
  EXPECT_EQ(Field(m, "i64"), "\"-9223372036854775808\"");
  EXPECT_EQ(Field(m, "u64"), "\"18446744073709551615\"");
  EXPECT_EQ(Field(m, "sfx64"), "\"-10\"");
  EXPECT_EQ(Field(m, "i32"), "-2147483648");
  EXPECT_EQ(Field(m, "u32"), "4294967295");
  EXPECT_EQ(Field(m, "ri64"), "[\"7\"]");
  EXPECT_EQ(Field(m, "m_i64_i64"), "{\"-5\":\"6\"}");
}

TEST(JsonOutput, EnumsByNameAndAnUnknownNumberAsANumber) {
  AllTypes m;
  m.set_color(test::GREEN);
  m.add_rcolor(test::RED);
  m.add_rcolor(static_cast<test::Color>(9));
  (*m.mutable_m_u32_color())[1] = test::RED;
  EXPECT_EQ(Field(m, "color"), "\"GREEN\"");
  EXPECT_EQ(Field(m, "rcolor"), "[\"RED\",9]");
  EXPECT_EQ(Field(m, "m_u32_color"), "{\"1\":\"RED\"}");
}

TEST(JsonOutput, MapEntriesInKeyOrder) {
  AllTypes m;
  for (const char* key : {"b", "a", "", "é", "Z"}) (*m.mutable_m_ss())[key] = "1";
  for (int key : {10, -1, 2, -30, 0}) (*m.mutable_m_i32_child())[key];
  (*m.mutable_m_b_by())[true] = "";
  (*m.mutable_m_b_by())[false] = "";
  EXPECT_EQ(Field(m, "m_ss"), "{\"\":\"1\",\"Z\":\"1\",\"a\":\"1\",\"b\":\"1\",\"é\":\"1\"}");
  EXPECT_EQ(Compact(m).find("\"m_i32_child\":{\"-30\":{"), Compact(m).find("\"m_i32_child\""));
  const std::string i32 = Field(m, "m_i32_child");
  EXPECT_LT(i32.find("\"-30\""), i32.find("\"-1\""));
  EXPECT_LT(i32.find("\"-1\""), i32.find("\"0\""));
  EXPECT_LT(i32.find("\"2\""), i32.find("\"10\""));
  EXPECT_EQ(Field(m, "m_b_by"), "{\"false\":\"\",\"true\":\"\"}");
}

TEST(JsonOutput, BytesAsPaddedStandardBase64) {
  AllTypes m;
  m.set_by(std::string("\xfb\xff", 2));
  m.add_rby("a");
  EXPECT_EQ(Field(m, "by"), "\"+/8=\"");
  EXPECT_EQ(Field(m, "rby"), "[\"YQ==\"]");
}

TEST(JsonOutput, FloatingPointShortestOfFifteenOrSeventeenDigits) {
  AllTypes m;
  for (double d : {0.1, 0.30000000000000004, 1e21, -0.0, 100.0}) m.add_rd(d);
  m.add_rd(std::numeric_limits<double>::quiet_NaN());
  m.add_rd(-std::numeric_limits<double>::infinity());
  m.set_f(0.1f);
  EXPECT_EQ(Field(m, "rd"), "[0.1,0.30000000000000004,1e+21,-0,100,\"NaN\",\"-Infinity\"]");
  EXPECT_EQ(Field(m, "f"), "0.1");
}

TEST(JsonOutput, StringEscapes) {
  AllTypes m;
  m.set_s("\"\\\b\f\n\r\t");
  EXPECT_EQ(Field(m, "s"), R"("\"\\\b\f\n\r\t")");
  m.set_s(std::string("\x01\x1f<>\x7f", 5));
  EXPECT_EQ(Field(m, "s"), R"("\u0001\u001f\u003c\u003e\u007f")");
  m.set_s("\xc2\x85\xc2\xad\xe2\x80\xa8\xef\xbb\xbf");  // U+0085 (C1), U+00AD, U+2028, U+FEFF
  EXPECT_EQ(Field(m, "s"), R"("\u0085\u00ad\u2028\ufeff")");
  m.set_s("\xf0\x9d\x85\xb3");  // U+1D173, above U+FFFF: a surrogate pair
  EXPECT_EQ(Field(m, "s"), R"("\ud834\udd73")");
  m.set_s("&'/中文😀");  // everything else as it is
  EXPECT_EQ(Field(m, "s"), "\"&'/中文😀\"");
}

TEST(JsonOutput, PrettyIsOneSpaceALevelWithAFinalNewLine) {
  Child m;
  m.set_name("c");
  m.add_children()->set_n(2);
  EXPECT_EQ(PrintJson(m, true),
            "{\n"
            " \"name\": \"c\",\n"
            " \"n\": 0,\n"
            " \"children\": [\n"
            "  {\n"
            "   \"name\": \"\",\n"
            "   \"n\": 2,\n"
            "   \"children\": []\n"
            "  }\n"
            " ]\n"
            "}\n");
  EXPECT_EQ(PrintJson(v1::RatioRule(), true), "{}\n");
  EXPECT_EQ(PrintJson(v1::RatioRule(), false), "{}");
}

}  // namespace
}  // namespace jixiao
