// The JSON codec (lib/json/json_codec.h) against protobuf 3.21's util, which it replaces: the same
// messages from the same text, the same bytes out, and the documented differences (docs/JSON.md).
// The comparisons run where protobuf's util is 3.21's (JIXIAO_PROTOBUF_UTIL_JSON_IS_3_21) and are
// skipped elsewhere; tests/json_output_test.cc checks the output against docs/JSON.md itself.
#include "lib/json/json_codec.h"

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "bench/form_generator.h"
#include "google/protobuf/arena.h"
#include "google/protobuf/descriptor.pb.h"
#include "google/protobuf/dynamic_message.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/field_comparator.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "jixiao/batch.h"
#include "jixiao/check_budget.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "jixiao/v1/batch.pb.h"
#include "jixiao/v1/budget.pb.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"
#include "lib/base/utf8.h"
#include "lib/json/protobuf_compat.h"
#include "tests/json_codec_test.pb.h"

namespace jixiao {
namespace {

using google::protobuf::Message;
using test::AllTypes;

// ---- protobuf's util, as io.cc used it before the codec --------------------------------------

// Each test that compares with protobuf's util starts with this: elsewhere it is skipped.
#define SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21()                                                  \
  if (!JIXIAO_PROTOBUF_UTIL_JSON_IS_3_21) {                                                  \
    GTEST_SKIP() << "protobuf's util is not 3.21's: docs/JSON.md and json_output_test rule"; \
  }

absl::Status ProtobufParse(absl::string_view json, Message* message) {
  return protobuf_compat::UtilJsonToMessage(json, message);
}

std::string ProtobufPrint(const Message& message, bool pretty) {
  auto json = protobuf_compat::UtilMessageToJson(message, pretty);
  EXPECT_TRUE(json.ok()) << json.status();
  return json.ok() ? *json : std::string();
}

bool Equal(const Message& a, const Message& b) {
  google::protobuf::util::DefaultFieldComparator comparator;
  comparator.set_treat_nan_as_equal(true);
  google::protobuf::util::MessageDifferencer differencer;
  differencer.set_field_comparator(&comparator);
  return differencer.Compare(a, b);
}

std::string Text(const Message& m) { return m.ShortDebugString(); }

// Both parse `json` into a `prototype`-typed message, or both refuse it.
void ExpectSameParse(const Message& prototype, absl::string_view json) {
  std::unique_ptr<Message> ours(prototype.New()), theirs(prototype.New());
  absl::Status a = ParseJson(json, ours.get());
  absl::Status b = ProtobufParse(json, theirs.get());
  EXPECT_EQ(a.ok(), b.ok()) << json << "\n  ours: " << a << "\n  protobuf: " << b;
  if (a.ok() && b.ok()) {
    EXPECT_TRUE(Equal(*ours, *theirs)) << json << "\n  ours: " << Text(*ours)
                                       << "\n  protobuf: " << Text(*theirs);
  }
}

// The same bytes, compact and pretty; and the text reads back to the same message.
void ExpectSamePrint(const Message& message) {
  for (bool pretty : {false, true}) {
    std::string ours = PrintJson(message, pretty);
    EXPECT_EQ(ours, ProtobufPrint(message, pretty)) << Text(message);
    std::unique_ptr<Message> back(message.New());
    ASSERT_TRUE(ProtobufParse(ours, back.get()).ok()) << ours;
    EXPECT_TRUE(Equal(message, *back)) << ours;
  }
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// ---- parsing: what both accept, what both refuse, where they differ ---------------------------

TEST(JsonParse, AcceptsWhatProtobufAccepts) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  const char* const kAccepted[] = {
      "{}", " \t\r\n{ \"i32\" : 1 , \"s\" : \"x\" }\n ",
      // Integers: numbers, integral doubles, quoted with sign and leading zeros; range ends.
      R"({"i32": 2021})", R"({"i32": 2021.0})", R"({"i32": 1e2})", R"({"i32": 1E+1})",
      R"({"i32": "2021"})", R"({"i32": "+5"})", R"({"i32": "-5"})", R"({"i32": "010"})",
      R"({"i32": -0})", R"({"i32": -0.0})", R"({"i32": -2147483648})", R"({"i32": 2147483647})",
      R"({"i32": null})", R"({"i64": 9223372036854775807})", R"({"i64": "-9223372036854775808"})",
      R"({"i64": -9223372036854775808})", R"({"i64": 1e18})", R"({"i64": 9.2e18})",
      R"({"i64": 9007199254740993})", R"({"i64": 9007199254740993.0})",
      R"({"i64": 123456789012345678.0})", R"({"u64": 18446744073709551615})",
      R"({"u64": "18446744073709551615"})", R"({"u64": 1.8e19})", R"({"u64": -0})",
      R"({"u32": 4294967295})", R"({"u32": "+1"})", R"({"u32": -0.0})", R"({"s32": -5})",
      R"({"s64": "-5"})", R"({"fx32": 5})", R"({"fx64": "18446744073709551615"})",
      R"({"sfx32": "-7"})", R"({"sfx64": -7})",
      // Floating point: numbers, quoted numbers, the three special strings, under/overflow.
      R"({"d": 1})", R"({"d": "1.5"})", R"({"d": "Infinity"})", R"({"d": "-Infinity"})",
      R"({"d": "NaN"})", R"({"d": 1e308})", R"({"d": 18446744073709551616})", R"({"d": "1e5"})",
      R"({"d": -0})", R"({"d": -0.0})", R"({"d": 1e-400})", R"({"d": 5e-324})",
      R"({"d": 123456789012345678901234567890})", R"({"d": -1.5e-7})",
      R"({"f": 3.4028234663852886e38})", R"({"f": 3.4028235e38})", R"({"f": 1e-50})",
      R"({"f": "-Infinity"})", R"({"f": 0.1})", R"({"f": 16777217})", R"({"f": 1e-46})",
      R"({"f": -3.4028235e38})",
      // Booleans, quoted as protobuf's safe_strtob reads them.
      R"({"b": true})", R"({"b": false})", R"({"b": "true"})", R"({"b": "yes"})",
      R"({"b": "1"})", R"({"b": "T"})", R"({"b": "TRUE"})", R"({"b": "y"})", R"({"b": "false"})",
      R"({"b": "no"})", R"({"b": "0"})", R"({"b": "N"})", R"({"b": "f"})",
      // Strings: every escape, surrogate pairs, NUL, UTF-8.
      R"({"s": "a\u00e9\ud83d\ude00b\uD83D\uDE00"})", R"({"s": "\u0000"})", R"({"s": "\/"})",
      R"({"s": "\"\\\b\f\n\r\t"})", R"({"s": "中文，绩效"})", R"({"s": ""})",
      R"({"s": "\u4e2d\u6587"})", "{\"s\": \"\xf0\x9f\x98\x80\xc3\xa9\xe2\x82\xac\"}",
      // Bytes: base64 either alphabet, padding optional.
      R"({"by": "aGVsbG8="})", R"({"by": "aGVsbG8"})", R"({"by": "_-8="})", R"({"by": "/+8="})",
      R"({"by": ""})", R"({"by": "AQ=="})", R"({"by": "AQ"})", R"({"by": "AAEC"})",
      // Enums: by name, by any number (open), by a known number quoted.
      R"({"color": "RED"})", R"({"color": 1})", R"({"color": 7})", R"({"color": "1"})",
      R"({"color": 1.0})", R"({"color": -1})", R"({"color": null})", R"({"color": "0"})",
      // Messages, lists, maps, null as the default.
      R"({"child": null})", R"({"child": {}})", R"({"child": {"child": {"n": 1}}})",
      R"({"rs": null})", R"({"rs": []})", R"({"rs": ["a", "b"]})",
      R"({"rcolor": ["RED", 2, "1", 9]})", R"({"rd": [1, "NaN", "2"]})",
      R"({"rb": [true, "false"]})", R"({"rby": ["AA=="]})", R"({"ri32": [1, "2", 3.0]})",
      R"({"rchild": [{}, {"n": "5"}]})", R"({"ri64": ["1", 2]})", R"({"ru64": [1e3]})",
      R"({"rf": [1.5, "Infinity"]})", R"({"m_ss": {"a": "1", "b": null}})", R"({"m_ss": null})",
      R"({"m_ss": {}})", R"({"m_ss": {"": "", "\u00e9": "x"}})",
      R"({"m_i32_child": {"1": {"name": "a"}, "-2": {}, "3": null}})",
      R"({"m_i64_i64": {"5": "6", "-9223372036854775808": 1}})",
      R"({"m_u32_color": {"1": "RED", "2": 2, "3": null, "4294967295": 0}})",
      R"({"m_b_by": {"true": "AQ==", "false": ""}})", R"({"m_b_by": {"True": ""}})",
      R"({"m_b_by": {"yes": ""}})", R"({"m_b_by": {"1": "", "0": null}})",
      R"({"m_s_d": {"a": "NaN", "b": 1.5}})", R"({"m_s64_f": {"-1": 1}})",
      R"({"m_fx32_b": {"1": true}})", R"({"m_i32_child": {"01": {}}})",
      R"({"m_i32_child": {"+7": {}}})",
      // Presence: proto3 optional and oneofs, null leaves a member unset.
      R"({"opt_i32": 0})", R"({"opt_i32": null})", R"({"opt_s": ""})", R"({"opt_child": {}})",
      R"({"c_s": "x"})", R"({"c_child": null, "c_s": "x"})", R"({"c_s": "x", "c_child": null})",
      R"({"c_color": null})", R"({"c_i64": "0"})", R"({"c_child": {}})", R"({"c_color": 0})",
      // Names: proto name, lowerCamel, the json_name option.
      R"({"customJson": 1})", R"({"json_named": 1})", R"({"snakeCaseName": "a"})",
      R"({"snake_case_name": "a"})", R"({"field2X": "a"})", R"({"field_2_x": "a"})",
      R"({"optI32": 3, "mSs": {"k": "v"}, "cI64": 4})"};
  for (const char* json : kAccepted) {
    AllTypes message;
    EXPECT_TRUE(ParseJson(json, &message).ok()) << json << ": " << ParseJson(json, &message);
    ExpectSameParse(AllTypes(), json);
  }
}

TEST(JsonParse, RefusesWhatProtobufRefuses) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  const char* const kRefused[] = {
      // Integers out of range, fractional, or badly written.
      R"({"i32": 1.5})", R"({"i32": "1e2"})", R"({"i32": " 2021"})", R"({"i32": "2021 "})",
      R"({"i32": "0x10"})", R"({"i32": 010})", R"({"i32": -01})", R"({"i32": 2147483648})",
      R"({"i32": "-2147483649"})", R"({"i32": true})", R"({"i32": 1E400})", R"({"i32": -})",
      R"({"i32": .5})", R"({"i32": Infinity})", R"({"i32": "Infinity"})", R"({"i32": NaN})",
      R"({"i32": 1e})", R"({"i32": --1})", R"({"i32": tru})", R"({"i32": {}})",
      R"({"i32": []})", R"({"i32": ""})", R"({"i64": 9223372036854775808})",
      R"({"i64": 9.3e18})", R"({"i64": "1.0"})", R"({"i64": "1e2"})",
      R"({"u64": 18446744073709551616})", R"({"u64": -1})", R"({"u64": "-1"})",
      R"({"u64": "-0"})", R"({"u32": 4294967296})", R"({"u32": -1})", R"({"u32": -1e0})",
      // Floating point.
      R"({"d": "nan"})", R"({"d": "1e400"})", R"({"d": " 1"})", R"({"d": true})",
      R"({"d": 1E400})", R"({"d": "inf"})", R"({"f": 1e39})", R"({"f": "1e39"})",
      R"({"f": 3.40282357e38})", R"({"f": -1e39})",
      // Bytes, booleans, strings.
      R"({"by": "aGVsbG8=="})", R"({"by": "a"})", R"({"by": "aGVs bG8="})", R"({"by": 5})",
      R"({"by": "Zg="})", R"({"by": "===="})", R"({"b": "off"})", R"({"b": ""})",
      R"({"b": 1})", R"({"b": "banana"})", R"({"b": nul})", R"({"b": truex})", R"({"s": 5})",
      R"({"s": true})", R"({"s": {}})", R"({"s": "\ud83d"})", R"({"s": "\ud83dx"})",
      R"({"s": "\ude00"})", R"({"s": "\u00e"})", R"({"s": "\ud83d\u0041"})", "{\"s\": \"a",
      // Enums.
      R"({"color": "7"})", R"({"color": "red"})", R"({"color": "BOGUS"})",
      R"({"color": 2147483648})", R"({"color": true})", R"({"color": 1.5})",
      // Structure.
      "[]", "5", "\"x\"", "null", "", "   ", "{", "{\"i32\"", "{\"i32\":", "{\"i32\": 1",
      R"({"child": 5})", R"({"child": []})", R"({"child": "x"})", R"({"rs": [{}]})",
      R"({"rchild": [5]})", R"({"rs": [1]})", R"({"m_ss": {"a": "1", "a": "2"}})",
      R"({"m_ss": {"a": 1}})", R"({"m_ss": []})", R"({"m_ss": "x"})",
      R"({"m_i32_child": {"x": {}}})", R"({"m_i32_child": {"1.0": {}}})",
      R"({"m_i32_child": {" 1": {}}})", R"({"m_i32_child": {"1": 5}})",
      R"({"m_b_by": {"maybe": ""}})", R"({"m_u32_color": {"-1": 1}})",
      R"({"c_s": "x", "c_i64": 5})", R"({"c_child": {}, "c_s": ""})",
      R"({"c_color": 0, "c_s": "x"})", R"({"jsonNamed": 1})", R"({"field2x": "a"})",
      R"({"unknown": 1})", R"({"child": {"bogus": 1}})", "{\"i32\": 1} x", "{\"i32\": 1} {}",
      R"({"s" "a"})", R"({"s": "a" "i32": 1})", R"({"rs": ["a" "b"]})", "{\"s\": \"a\"}]",
      // Not UTF-8, raw or escaped-looking; a byte order mark.
      "{\"s\": \"a\xff\x62\"}", "{\"s\": \"a\xc0\x80\x62\"}", "{\"s\": \"a\xed\xa0\x80\x62\"}",
      "{\"s\": \"a\xe4\xb8\x62\"}", "{\"s\xff\": \"a\"}", "{\"s\": \"\xf4\x90\x80\x80\"}",
      "{\"s\": \"\xe4\xb8\"}", "\xef\xbb\xbf{\"s\": \"a\"}"};
  for (const char* json : kRefused) {
    AllTypes message;
    EXPECT_FALSE(ParseJson(json, &message).ok()) << json;
    ExpectSameParse(AllTypes(), json);
  }
  // NUL after the object.
  AllTypes message;
  EXPECT_FALSE(ParseJson(absl::string_view("{\"i32\": 1}\0", 11), &message).ok());
  ExpectSameParse(AllTypes(), absl::string_view("{\"i32\": 1}\0", 11));
}

// protobuf 3.21's parser also reads a few things that are not JSON, or not proto3 JSON; the
// codec is strict. Each of these protobuf accepts and the codec refuses (docs/JSON.md).
TEST(JsonParse, StricterThanProtobufWhereProtobufIsLoose) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  const char* const kStricter[] = {
      R"({i32: 5})",                              // unquoted key
      R"({'i32': 5})", R"({"s": 'x'})",           // single quotes
      R"({"s": "x",})", R"({"rs": ["a",]})",      // trailing commas
      R"({"i32": 1.})", R"({"i32": 1.e1})",       // "1." is not a JSON number
      R"({"s": "\x"})", R"({"s": "\U00e9"})",     // unknown escapes
      "{\"s\": \"a\tb\"}",                        // a raw control character in a string
      R"({"rs": "a"})",                           // a scalar for a repeated field
      R"({"rchild": {}})",                        // an object for a repeated field
      R"({"rs": [null, "a"]})",                   // null in an array
      R"({"rs": [[]]})", R"({"rs": [["a"]]})",    // nested arrays
      R"({"s": "x", "s": "y"})",                  // a field given twice
      R"({"s": "x", "s": null})",                 //   even as null
      R"({"snake_case_name": "a", "snakeCaseName": "b"})",  // twice under both names
      R"({"child": {"n": 1}, "child": {"name": "x"}})",
      R"({"rs": ["a"], "rs": ["b"]})",
      R"({"i64": -9223372036854775809})",         // below int64; protobuf rounds it in
      R"({"d": "0x10"})", R"({"d": ".5"})", R"({"d": "5."})",  // quoted non-JSON numbers
      R"({"m_i32_child": {"01": {}, "1": {}}})",  // one int key written twice
  };
  for (const char* json : kStricter) {
    AllTypes ours, theirs;
    EXPECT_FALSE(ParseJson(json, &ours).ok()) << json;
    EXPECT_TRUE(ProtobufParse(json, &theirs).ok()) << json;
  }
  const absl::string_view nul("{\"s\": \"a\0\"}", 11);  // raw NUL, a control character
  AllTypes ours, theirs;
  EXPECT_FALSE(ParseJson(nul, &ours).ok());
  EXPECT_TRUE(ProtobufParse(nul, &theirs).ok());
}

// ---- errors: InvalidArgument, naming the JSON path ----------------------------------------------

std::string ErrorOf(const Message& prototype, absl::string_view json) {
  std::unique_ptr<Message> message(prototype.New());
  absl::Status status = ParseJson(json, message.get());
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << json;
  return std::string(status.message());
}

TEST(JsonErrors, NameTheFieldAndItsPath) {
  v1::Evaluation form;
  EXPECT_EQ(ErrorOf(form, R"({"indicators": [{}, {}, {}, {"actual": {"numbr": "1"}}]})"),
            "indicators[3].actual.numbr: unknown field");
  EXPECT_EQ(ErrorOf(form, R"({"id": "x", "id": "y"})"), "id: field given twice");
  EXPECT_EQ(ErrorOf(form, R"({"reported": {"total": "1", "total": "2"}})"),
            "reported.total: field given twice");
  EXPECT_EQ(ErrorOf(form, R"({"indicators": [{"reportedScore": "1", "reported_score": "2"}]})"),
            "indicators[0].reported_score: field given twice");
  EXPECT_EQ(ErrorOf(form, R"({"year": "二〇二一"})"), R"(year: invalid value "二〇二一" for int32)");
  EXPECT_EQ(ErrorOf(form, R"({"year": 20.5})"), "year: invalid value 20.5 for int32");
  EXPECT_EQ(ErrorOf(form, R"({"kind": "BOGUS"})"),
            R"(kind: invalid value "BOGUS" for enum jixiao.v1.Evaluation.Kind)");
  EXPECT_EQ(ErrorOf(form, R"({"budget": "x"})"),
            R"(budget: invalid value "x" for message jixiao.v1.Budget)");
  EXPECT_EQ(ErrorOf(form, R"({"budget": []})"),
            "budget: expected message jixiao.v1.Budget, got an array");
  EXPECT_EQ(ErrorOf(form, R"({"indicators": {}})"), "indicators: expected an array, got an object");
  EXPECT_EQ(ErrorOf(form, R"({"indicators": [null]})"),
            "indicators[0]: null is not allowed in an array");
  EXPECT_EQ(ErrorOf(form, R"({"indicators": [{"evidence": ["a", 5]}]})"),
            "indicators[0].evidence[1]: invalid value 5 for string");
  EXPECT_EQ(ErrorOf(form, R"({"indicators": [{"actual": {"number": "1", "grade": "好"}}]})"),
            "indicators[0].actual.grade: oneof 'value' already has 'number' set");
  EXPECT_EQ(ErrorOf(form, R"({"reported": {"categories": {"a": "1", "a": "2"}}})"),
            R"(reported.categories["a"]: map key given twice)");
  EXPECT_EQ(ErrorOf(form, R"({"reported": {"categories": {"产出": 1}}})"),
            R"(reported.categories["产出"]: invalid value 1 for string)");
  AllTypes all;
  EXPECT_EQ(ErrorOf(all, R"({"m_i32_child": {"x": {}}})"),
            R"(m_i32_child["x"]: invalid map key "x" for int32)");
  EXPECT_EQ(ErrorOf(all, R"({"i64": "9223372036854775808"})"),
            R"(i64: invalid value "9223372036854775808" for int64)");
  EXPECT_EQ(ErrorOf(all, R"({"by": "*"})"), R"(by: invalid value "*" for bytes (base64))");
  // A long value is cut, at a character boundary.
  EXPECT_EQ(ErrorOf(form, absl::StrCat(R"({"year": ")", std::string(31, 'x'),
                                       "年年年年年年年年年年年年", R"("})")),
            absl::StrCat(R"(year: invalid value ")", std::string(31, 'x'),
                         "年年年年年年年年年\"… for int32"));
}

TEST(JsonErrors, SyntaxErrorsSayWhere) {
  v1::Evaluation form;
  EXPECT_EQ(ErrorOf(form, ""), "the input is empty; expected a JSON object (line 1, column 1)");
  EXPECT_EQ(ErrorOf(form, "[]"), "expected a JSON object (line 1, column 1)");
  EXPECT_EQ(ErrorOf(form, "{\"id\": \"x\"} x"),
            "unexpected text after the JSON object (line 1, column 13)");
  EXPECT_EQ(ErrorOf(form, "{\n \"id\": \"x\"\n \"name\": \"y\"}"),
            "expected ',' or '}' after a field (line 3, column 2)");
  EXPECT_EQ(ErrorOf(form, "{\"name\": \"项目\xff\"}"),
            "name: invalid UTF-8 in a string (line 1, column 13)");
  EXPECT_EQ(ErrorOf(form, "{\"name\": \"a\nb\"}"),
            "name: control character in a string (it must be escaped) (line 1, column 12)");
  EXPECT_EQ(ErrorOf(form, R"({"name": "\ud800"})"),
            "name: a high surrogate \\u escape without a low one after it (line 1, column 11)");
  EXPECT_EQ(ErrorOf(form, R"({"name": "\q"})"),
            "name: invalid escape in a string (line 1, column 11)");
  EXPECT_EQ(ErrorOf(form, R"({"indicators": [{"id": "a",}]})"),
            "indicators[0]: expected a field name in double quotes (line 1, column 28)");
  EXPECT_EQ(ErrorOf(form, R"({"year": 01})"), "expected ',' or '}' after a field (line 1, column 11)");
  EXPECT_EQ(ErrorOf(form, R"({"year": -})"), "year: invalid number (line 1, column 10)");
}

TEST(JsonErrors, IoPrefixesTheType) {
  v1::Evaluation form;
  absl::Status status =
      ParseMessage(R"({"indicators": [{"actual": {"numbr": "1"}}]})", Format::kJson, &form);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "Evaluation JSON: indicators[0].actual.numbr: unknown field");
}

TEST(JsonErrors, TheMessageIsLeftClearedOnError) {
  v1::Evaluation form;
  form.set_id("before");
  EXPECT_FALSE(ParseJson(R"({"id": "x", "year": "y"})", &form).ok());
  EXPECT_EQ(form.ByteSizeLong(), 0u);
  ASSERT_TRUE(ParseJson(R"({"name": "n"})", &form).ok());
  EXPECT_EQ(form.id(), "");  // replaced, not merged
  EXPECT_EQ(form.name(), "n");
}

// ---- depth: like protobuf, 100 nested objects and no more; never the stack's limit -----------

std::string Nested(int depth) {
  std::string json;
  for (int i = 1; i < depth; ++i) json += "{\"child\": ";
  json += "{}";
  json += std::string(depth - 1, '}');
  return json;
}

TEST(JsonDepth, HundredObjectsDeepIsTheLimit) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  test::Child child;
  EXPECT_TRUE(ParseJson(Nested(100), &child).ok());
  ExpectSameParse(child, Nested(100));
  ExpectSameParse(child, Nested(101));
  std::string error = ErrorOf(child, Nested(101));
  EXPECT_NE(error.find("objects nested more than 100 deep"), std::string::npos) << error;
  std::string lists;  // objects in lists count; the lists between them do not
  for (int i = 1; i < 100; ++i) lists += "{\"children\": [";
  lists += "{}";
  for (int i = 1; i < 100; ++i) lists += "]}";
  EXPECT_TRUE(ParseJson(lists, &child).ok());
}

TEST(JsonDepth, AMillionLevelsIsAnErrorNotACrash) {
  test::Child child;
  const int n = 1000000;
  std::string objects;
  for (int i = 0; i < n; ++i) objects += "{\"child\":";
  EXPECT_FALSE(ParseJson(objects, &child).ok());
  std::string lists = "{\"children\":" + std::string(n, '[');
  EXPECT_FALSE(ParseJson(lists, &child).ok());
  EXPECT_FALSE(JsonArrayElements(lists, "children").ok());
  EXPECT_FALSE(JsonArrayElements("{\"x\":" + std::string(n, '['), "y").ok());
  std::string deep = "{\"x\":" + std::string(n, '[') + std::string(n, ']') + ",\"y\":[1]}";
  auto elements = JsonArrayElements(deep, "y");
  ASSERT_TRUE(elements.ok()) << elements.status();
  EXPECT_EQ(elements->size(), 1u);
}

// ---- printing: protobuf's bytes ---------------------------------------------------------------

AllTypes Populated() {
  AllTypes m;
  AllTypes parsed;
  EXPECT_TRUE(ParseJson(R"({
    "d": -1.25e-300, "f": 3.5, "i32": -7, "i64": "-9223372036854775808", "u32": 4294967295,
    "u64": "18446744073709551615", "s32": -1, "s64": "5", "fx32": 7, "fx64": "8", "sfx32": -9,
    "sfx64": "-10", "b": true, "s": "项目 <b>&'\"\\\n\u2028\u00ad", "by": "AAECAwQF/w==",
    "color": "GREEN", "child": {"name": "c", "n": 1, "child": {}, "children": [{}, {"n": 2}]},
    "rd": [0, -0.0, 1e21, 1e-7, 0.30000000000000004, "NaN", "-Infinity"],
    "rf": [1e21, 1e-7, 16777217, 0.3, 1.17549435e-38, 1e-45], "ri32": [1, -2],
    "ri64": ["3", "-4"], "ru64": ["5"], "rb": [true, false], "rs": ["", "x", "中"],
    "rby": ["", "AA=="], "rcolor": ["RED", 9, 0], "rchild": [{}, {"name": "r"}],
    "m_ss": {"b": "1", "a": "2", "": "3", "é": "4", "Z": "5", "<": ">"},
    "m_i32_child": {"10": {}, "-1": {"n": 1}, "2": {"children": [{}]}},
    "m_i64_i64": {"5": "6", "-9223372036854775808": "1", "9223372036854775807": "-1"},
    "m_u32_color": {"4294967295": 1, "0": 0, "7": 9}, "m_b_by": {"true": "AQ==", "false": ""},
    "m_s_d": {"x": 2.5, "y": "Infinity"}, "m_s64_f": {"-3": 0.1, "3": -0.1},
    "m_fx32_b": {"4": true, "3": false}, "opt_i32": 0, "opt_s": "o", "opt_child": {},
    "c_i64": "0", "snake_case_name": "s", "json_named": 3, "field_2_x": "f"})",
                        &parsed).ok());
  m = parsed;
  return m;
}

TEST(JsonPrint, BytesAsProtobufPrintsThem) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  ExpectSamePrint(AllTypes());
  ExpectSamePrint(Populated());
  ExpectSamePrint(test::Child());
  AllTypes m;
  for (const char* set : {R"({"c_s": ""})", R"({"c_color": "RED"})", R"({"c_child": {}})",
                          R"({"opt_i32": 5, "c_s": "x"})", R"({"color": 5})",
                          R"({"m_u32_color": {"1": 99}})"}) {
    ASSERT_TRUE(ParseJson(set, &m).ok()) << set;
    ExpectSamePrint(m);
  }
  ExpectSamePrint(v1::Evaluation());
  ExpectSamePrint(v1::EvaluationResult());
  ExpectSamePrint(v1::BatchResult());
  ExpectSamePrint(v1::RatioRule());  // no fields: "{}" and "{}\n"
  EXPECT_EQ(PrintJson(v1::RatioRule(), false), "{}");
  EXPECT_EQ(PrintJson(v1::RatioRule(), true), "{}\n");
}

TEST(JsonPrint, EveryParsedFormPrintsTheSame) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  // Whatever both parse, both print alike: the accepted table above, re-run for printing.
  for (const char* json :
       {R"({"d": 5e-324, "f": 1e-46, "rd": [1e308, -2.2250738585072014e-308, 4.9e-324]})",
        R"({"rf": [3.4028234663852886e38, 1.4e-45, 1.17549421e-38, 0.1, 100, 1e-5]})",
        R"({"i64": 9007199254740993, "u64": 1.8e19, "sfx64": -1})",
        R"({"m_b_by": {"true": "_-8="}, "by": "_-8"})"}) {
    AllTypes m;
    ASSERT_TRUE(ParseJson(json, &m).ok()) << json;
    ExpectSamePrint(m);
  }
}

TEST(JsonPrint, EveryCodePointIsEscapedAsProtobufDoes) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  for (uint32_t start = 0; start < 0x110000; start += 0x1000) {
    std::string s;
    for (uint32_t cp = start; cp < start + 0x1000; ++cp) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      AppendUtf8(cp, &s);
    }
    AllTypes m;
    m.set_s(s);
    (*m.mutable_m_ss())[s] = s;
    ASSERT_EQ(PrintJson(m, false), ProtobufPrint(m, false)) << "from U+" << std::hex << start;
    AllTypes back;  // and the text reads back, with either parser
    ASSERT_TRUE(ParseJson(PrintJson(m, false), &back).ok());
    EXPECT_EQ(back.s(), s);
  }
}

TEST(JsonPrint, BadUtf8InAStringIsDroppedAsProtobufDrops) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  // Only a message built in code can hold it: parsers refuse it. protobuf logs each one.
  protobuf_compat::ScopedLogSilencer quiet;
  std::mt19937 rng(7);
  const std::string pieces[] = {"a", "中", "\xff", "\x80", "\xc0\x80", "\xc1\xbf", "\xc0\xa2",
                                "\xe4\xb8", "\xe4", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                "\xf0\x9f\x98", "\xf8\x88\x80\x80\x80", "<", "\"", "\xe2\x80\xa8"};
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    int n = std::uniform_int_distribution<int>(0, 8)(rng);
    for (int k = 0; k < n; ++k) s += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    AllTypes m;
    m.set_s(s);
    ASSERT_EQ(PrintJson(m, false), ProtobufPrint(m, false)) << absl::CEscape(s);
  }
}

TEST(JsonPrint, FloatingPointAsProtobufPrintsIt) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  std::mt19937_64 rng(11);
  AllTypes m;
  for (int i = 0; i < 3000; ++i) {
    uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof(d));
    uint32_t fbits = static_cast<uint32_t>(rng());
    float f;
    std::memcpy(&f, &fbits, sizeof(f));
    m.add_rd(d);
    m.add_rf(f);
    m.add_rd(static_cast<double>(static_cast<int64_t>(rng() % 2000000) - 1000000) / 1000.0);
    m.add_rf(static_cast<float>(rng() % 100000) / 100.0f);
  }
  for (float f : {std::numeric_limits<float>::denorm_min(), std::numeric_limits<float>::min(),
                  std::numeric_limits<float>::max(), -0.0f, 1e-40f}) {
    m.add_rf(f);
  }
  for (double d : {std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::min(),
                   std::numeric_limits<double>::max(), -0.0, 1e-310}) {
    m.add_rd(d);
  }
  EXPECT_EQ(PrintJson(m, false), ProtobufPrint(m, false));
}

TEST(JsonPrint, MapEntriesComeInKeyOrderWhateverTheInsertionOrder) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  v1::DepartmentBudgetResult a, b;
  for (int i = 0; i < 50; ++i) (*a.mutable_metrics())["k" + std::to_string(i)] = "1";
  for (int i = 49; i >= 0; --i) (*b.mutable_metrics())["k" + std::to_string(i)] = "1";
  EXPECT_EQ(PrintJson(a, false), PrintJson(b, false));
  ExpectSamePrint(a);
  AllTypes m;  // integer keys in numeric order, negative first
  for (int k : {10, -1, 2, -30, 0}) (*m.mutable_m_i32_child())[k].set_n(k);
  ExpectSamePrint(m);
}

// ---- the real messages: fixtures, examples, generated forms, results ---------------------------

TEST(JsonFiles, EveryJsonFixtureParsesAndPrintsAsProtobufDoes) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  struct Dir {
    std::string path;
    const Message* type;
  };
  const v1::Evaluation evaluation;
  const v1::EvaluationResult result;
  const v1::DepartmentBudget budget;
  const v1::DepartmentBudgetResult budget_result;
  const std::string data = JIXIAO_TEST_DATA;
  const Dir dirs[] = {{data, &evaluation},
                      {data + "/expected", &result},
                      {data + "/budget", &budget},
                      {data + "/budget/expected", &budget_result},
                      {JIXIAO_EXAMPLES, &evaluation}};
  int files = 0;
  for (const Dir& dir : dirs) {
    for (const auto& entry : std::filesystem::directory_iterator(dir.path)) {
      if (entry.path().extension() != ".json") continue;
      SCOPED_TRACE(entry.path().string());
      ++files;
      std::string json = ReadFile(entry.path());
      ExpectSameParse(*dir.type, json);
      std::unique_ptr<Message> message(dir.type->New());
      if (ProtobufParse(json, message.get()).ok()) ExpectSamePrint(*message);
    }
  }
  EXPECT_GE(files, 9);
}

TEST(JsonFiles, GeneratedFormsAndTheirResults) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  bench::FormGenerator generator(20211231);
  v1::EvaluationBatch batch;
  for (int i = 0; i < 300; ++i) {
    v1::Evaluation form = generator.Next();
    SCOPED_TRACE(form.id());
    ExpectSamePrint(form);
    ExpectSameParse(form, PrintJson(form, false));
    ExpectSameParse(form, PrintJson(form, true));
    v1::Evaluation back;
    ASSERT_TRUE(ParseJson(PrintJson(form, i % 2 == 1), &back).ok());
    EXPECT_TRUE(Equal(form, back));
    auto result = Evaluate(form);
    if (result.ok()) ExpectSamePrint(*result);
    if (i < 60) *batch.add_evaluations() = form;
  }
  ExpectSamePrint(batch);
  ExpectSamePrint(EvaluateBatch(batch).value());
  v1::SchemeList schemes;  // optional decimals, enums, maps of enums
  for (const v1::Scheme* scheme : BuiltinSchemes()) *schemes.add_schemes() = *scheme;
  ExpectSamePrint(schemes);
  ExpectSameParse(schemes, PrintJson(schemes, true));
}

TEST(JsonFiles, IoSerializesAsBeforeTheCodec) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  v1::Evaluation form = bench::FormGenerator(3).Next();
  for (bool pretty : {false, true}) {
    EXPECT_EQ(*SerializeMessage(form, Format::kJson, pretty), ProtobufPrint(form, pretty));
  }
}

// ---- arenas ----------------------------------------------------------------------------------

TEST(JsonArena, ParsesIntoArenaMessages) {
  v1::Evaluation form = bench::FormGenerator(5).Next();
  const std::string json = PrintJson(form, false);
  const std::string all = PrintJson(Populated(), false);
  for (int i = 0; i < 3; ++i) {
    google::protobuf::Arena arena;
    auto* on_arena = google::protobuf::Arena::CreateMessage<v1::Evaluation>(&arena);
    ASSERT_TRUE(ParseJson(json, on_arena).ok());
    EXPECT_TRUE(Equal(form, *on_arena));
    EXPECT_EQ(PrintJson(*on_arena, false), json);
    auto* types = google::protobuf::Arena::CreateMessage<AllTypes>(&arena);
    ASSERT_TRUE(ParseJson(all, types).ok());
    EXPECT_TRUE(Equal(Populated(), *types));
    EXPECT_FALSE(ParseJson(R"({"rchild": [{}, {"bogus": 1}]})", types).ok());  // then cleared
    EXPECT_EQ(types->ByteSizeLong(), 0u);
  }
}

// ---- types the codec leaves to protobuf, and types from other pools ----------------------------

TEST(JsonTypes, WellKnownTypesAreLeftToProtobuf) {
  EXPECT_TRUE(JsonCodecSupports(v1::Evaluation::descriptor()));
  EXPECT_TRUE(JsonCodecSupports(AllTypes::descriptor()));
  EXPECT_FALSE(JsonCodecSupports(google::protobuf::Struct::descriptor()));
  google::protobuf::Struct value;
  EXPECT_EQ(ParseJson(R"({"a": 1})", &value).code(), absl::StatusCode::kUnimplemented);
  ASSERT_TRUE(ParseMessage(R"({"a": [1, "x", null]})", Format::kJson, &value).ok());
  EXPECT_EQ(*SerializeMessage(value, Format::kJson), R"({"a":[1,"x",null]})");
}

TEST(JsonTypes, DynamicMessagesOfAnotherPool) {
  google::protobuf::FileDescriptorProto file;
  AllTypes::descriptor()->file()->CopyTo(&file);
  google::protobuf::DescriptorPool pool;
  const google::protobuf::FileDescriptor* built = pool.BuildFile(file);
  ASSERT_NE(built, nullptr);
  google::protobuf::DynamicMessageFactory factory(&pool);
  const std::string json = PrintJson(Populated(), false);
  AllTypes generated;
  ASSERT_TRUE(ParseJson(json, &generated).ok());
  for (int i = 0; i < 2; ++i) {  // the tables of a foreign pool are built per call
    std::unique_ptr<Message> dynamic(
        factory.GetPrototype(pool.FindMessageTypeByName("jixiao.test.AllTypes"))->New());
    ASSERT_TRUE(ParseJson(json, dynamic.get()).ok());
    EXPECT_EQ(PrintJson(*dynamic, false), PrintJson(generated, false));
    EXPECT_EQ(PrintJson(*dynamic, true), PrintJson(generated, true));
  }
}

// ---- JsonArrayElements --------------------------------------------------------------------------

TEST(JsonArrayElements, ViewsOfEachElement) {
  auto elements = JsonArrayElements(
      R"({"x": {"evaluations": [9]}, "evaluations": [ {"id": "a"} , {"id": "]}\"["}, [1, {}], "s", -1.5e3, true, null ], "y": "evaluations"})",
      "evaluations");
  ASSERT_TRUE(elements.ok()) << elements.status();
  EXPECT_EQ(*elements, (std::vector<absl::string_view>{R"({"id": "a"})", R"({"id": "]}\"["})",
                                                       "[1, {}]", "\"s\"", "-1.5e3", "true",
                                                       "null"}));
  EXPECT_TRUE(JsonArrayElements("{}", "evaluations")->empty());
  EXPECT_TRUE(JsonArrayElements(R"({"evaluations": null})", "evaluations")->empty());
  EXPECT_TRUE(JsonArrayElements(R"({"evaluations": []})", "evaluations")->empty());
  EXPECT_EQ(JsonArrayElements(R"({"\u0065valuations": [1]})", "evaluations")->size(), 1u);
}

TEST(JsonArrayElements, RefusesMalformedText) {
  for (const char* json :
       {"", "[]", "{", R"({"evaluations": [)", R"({"evaluations": [1,]})",
        R"({"evaluations": [1 2]})", R"({"evaluations": {}})", R"({"evaluations": "x"})",
        R"({"evaluations": [], "evaluations": []})", R"({"evaluations": [{"a" 1}]})",
        R"({"evaluations": [{"a": 1,}]})", R"({"evaluations": [{]}]})", R"({"evaluations": [[}]})",
        R"({"evaluations": [tru]})", R"({"evaluations": [01]})", R"({"evaluations": []} x)",
        R"({"x": [1,], "evaluations": []})", R"({"evaluations": ["\"]})",
        R"({"x": "unterminated)", R"({x: 1})", "{\"\xff\": 1, \"evaluations\": []}"}) {
    EXPECT_FALSE(JsonArrayElements(json, "evaluations").ok()) << json;
  }
  EXPECT_EQ(JsonArrayElements(R"({"evaluations": 5})", "evaluations").status().message(),
            "evaluations: expected an array");
}

// The scan only finds where each form ends; the form's own parse checks its strings, so that a
// bad string fails one item and not the batch (EvaluateBatchSerialized's tests).
TEST(JsonArrayElements, LeavesTheStringsInsideAnElementToItsParser) {
  for (const char* json : {"{\"evaluations\": [\"\xff\"]}", "{\"evaluations\": [\"a\tb\"]}",
                           R"({"evaluations": ["\ud800"]})", R"({"evaluations": ["\x"]})"}) {
    auto elements = JsonArrayElements(json, "evaluations");
    ASSERT_TRUE(elements.ok()) << json << ": " << elements.status();
    EXPECT_EQ(elements->size(), 1u) << json;
  }
}

TEST(JsonArrayElements, ElementsParseToTheBatchsEvaluations) {
  bench::FormGenerator generator(9);
  v1::EvaluationBatch batch;
  for (int i = 0; i < 20; ++i) *batch.add_evaluations() = generator.Next();
  for (bool pretty : {false, true}) {
    const std::string json = PrintJson(batch, pretty);
    auto elements = JsonArrayElements(json, "evaluations");
    ASSERT_TRUE(elements.ok()) << elements.status();
    ASSERT_EQ(elements->size(), 20u);
    for (int i = 0; i < 20; ++i) {
      v1::Evaluation form;
      ASSERT_TRUE(ParseJson((*elements)[i], &form).ok());
      EXPECT_TRUE(Equal(form, batch.evaluations(i)));
    }
  }
}

// ---- robustness: mangled forms never crash, and what the codec accepts protobuf accepts too ----

TEST(JsonFuzz, MangledFormsAreRefusedOrReadAsProtobufReadsThem) {
  SKIP_UNLESS_PROTOBUF_UTIL_IS_3_21();
  bench::FormGenerator generator(17);
  std::mt19937 rng(23);
  const std::string alphabet = "{}[]\":,\\ 0123456789-+.eEtrufalsn\x80\xe4\xb8\xad\xff\t\nu";
  int accepted = 0;
  for (int i = 0; i < 4000; ++i) {
    v1::EvaluationBatch batch;
    *batch.add_evaluations() = generator.Next();
    std::string json = PrintJson(batch, i % 3 == 0);
    int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && !json.empty(); ++e) {
      size_t at = rng() % json.size();
      switch (rng() % 5) {
        case 0: json[at] = alphabet[rng() % alphabet.size()]; break;
        case 1: json.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        case 2: json.erase(at, 1 + rng() % 8); break;
        case 3: json.resize(at); break;
        default: json.insert(at, json.substr(at, rng() % 40)); break;
      }
    }
    v1::EvaluationBatch ours, theirs;
    absl::Status status = ParseJson(json, &ours);
    auto elements = JsonArrayElements(json, "evaluations");
    if (!status.ok()) continue;
    ++accepted;
    ASSERT_TRUE(ProtobufParse(json, &theirs).ok()) << json;
    EXPECT_TRUE(Equal(ours, theirs)) << json;
    ASSERT_TRUE(elements.ok()) << json;
    ASSERT_EQ(static_cast<int>(elements->size()), ours.evaluations_size());
    for (int k = 0; k < ours.evaluations_size(); ++k) {
      v1::Evaluation form;
      ASSERT_TRUE(ParseJson((*elements)[k], &form).ok());
      EXPECT_TRUE(Equal(form, ours.evaluations(k)));
    }
  }
  EXPECT_GT(accepted, 40);  // the edits leave some valid forms, so both branches run
}

}  // namespace
}  // namespace jixiao
