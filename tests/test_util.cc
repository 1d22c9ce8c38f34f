#include "tests/test_util.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "jixiao/io.h"

namespace jixiao::testing {
namespace {

using google::protobuf::Value;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Describe(const Value& v) {
  std::string out;
  (void)google::protobuf::util::MessageToJsonString(v, &out);
  return out.substr(0, 160);
}

std::vector<std::string> FindingKeys(const Value& list) {
  std::vector<std::string> keys;
  for (const Value& f : list.list_value().values()) {
    const auto& fields = f.struct_value().fields();
    auto code = fields.find("code");
    auto id = fields.find("indicator_id");
    keys.push_back(absl::StrCat(code == fields.end() ? "" : code->second.string_value(), "@",
                                id == fields.end() ? "" : id->second.string_value()));
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

void Diff(const Value& expected, const Value& got, const std::string& path,
          std::vector<std::string>* out) {
  if (expected.has_struct_value()) {
    if (!got.has_struct_value()) {
      out->push_back(absl::StrCat(path, ": expected an object, got ", Describe(got)));
      return;
    }
    const auto& have = got.struct_value().fields();
    for (const auto& [key, value] : expected.struct_value().fields()) {
      if (key == "message") continue;
      auto it = have.find(key);
      if (it == have.end()) {
        out->push_back(absl::StrCat(path, ".", key, ": missing"));
      } else if (key == "findings") {
        if (FindingKeys(value) != FindingKeys(it->second)) {
          out->push_back(absl::StrCat(path, ".findings: expected ", Describe(value), ", got ",
                                      Describe(it->second)));
        }
      } else {
        Diff(value, it->second, absl::StrCat(path, ".", key), out);
      }
    }
  } else if (expected.has_list_value()) {
    const auto& want = expected.list_value().values();
    if (!got.has_list_value() || got.list_value().values_size() != want.size()) {
      out->push_back(absl::StrCat(path, ": expected ", want.size(), " items, got ", Describe(got)));
      return;
    }
    for (int i = 0; i < want.size(); ++i) {
      Diff(want[i], got.list_value().values(i), absl::StrCat(path, "[", i, "]"), out);
    }
  } else if (expected.SerializeAsString() != got.SerializeAsString()) {
    out->push_back(absl::StrCat(path, ": expected ", Describe(expected), ", got ", Describe(got)));
  }
}

}  // namespace

std::string ReadTestData(const std::string& name) {
  return ReadFile(absl::StrCat(JIXIAO_TEST_DATA, "/", name));
}

std::string ReadExample(const std::string& name) {
  return ReadFile(absl::StrCat(JIXIAO_TEST_DATA, "/../../examples/", name));
}

v1::Evaluation EvaluationFromJson(const std::string& json) {
  v1::Evaluation evaluation;
  absl::Status status = ParseMessage(json, Format::kJson, &evaluation);
  EXPECT_TRUE(status.ok()) << status;
  return evaluation;
}

v1::Evaluation Form(const std::string& scheme, const std::string& indicators,
                    const std::string& more) {
  return EvaluationFromJson(absl::StrCat(R"({"id": "t", "scheme": ")", scheme,
                                         R"(", "indicators": )", indicators, more, "}"));
}

v1::EvaluationResult EvaluateOk(const v1::Evaluation& evaluation) {
  auto result = Evaluate(evaluation);
  EXPECT_TRUE(result.ok()) << result.status();
  return result.ok() ? *result : v1::EvaluationResult();
}

::testing::AssertionResult MatchesExpectedJson(const v1::EvaluationResult& result,
                                               const std::string& expected_json) {
  auto got_json = SerializeMessage(result, Format::kJson);
  if (!got_json.ok()) return ::testing::AssertionFailure() << got_json.status();
  Value expected, got;
  if (!google::protobuf::util::JsonStringToMessage(expected_json, &expected).ok() ||
      !google::protobuf::util::JsonStringToMessage(*got_json, &got).ok()) {
    return ::testing::AssertionFailure() << "not JSON";
  }
  std::vector<std::string> differences;
  Diff(expected, got, "result", &differences);
  if (differences.empty()) return ::testing::AssertionSuccess();
  auto failure = ::testing::AssertionFailure();
  for (const std::string& d : differences) failure << "\n  " << d;
  return failure;
}

std::vector<std::string> FindingCodes(const v1::EvaluationResult& result) {
  std::vector<std::string> codes;
  for (const v1::Finding& f : result.findings()) {
    codes.push_back(f.indicator_id().empty() ? f.code()
                                             : absl::StrCat(f.code(), "@", f.indicator_id()));
  }
  return codes;
}

}  // namespace jixiao::testing
