// Helpers shared by the tests: forms from JSON text or files, and comparing a result with an
// expected JSON the way ../shared/tools/check_fixtures.py does.
#ifndef JIXIAO_TESTS_TEST_UTIL_H_
#define JIXIAO_TESTS_TEST_UTIL_H_

#include <string>

#include "gtest/gtest.h"
#include "jixiao/evaluate.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao::testing {

// The contents of tests/data/<name> (or examples/<name> with ReadExample).
std::string ReadTestData(const std::string& name);
std::string ReadExample(const std::string& name);

// Parses JSON into an Evaluation; fails the test on a parse error.
v1::Evaluation EvaluationFromJson(const std::string& json);

// A form under `scheme` with the given indicators (a JSON array) and optional further top-level
// JSON members (", \"reported\": {...}").
v1::Evaluation Form(const std::string& scheme, const std::string& indicators,
                    const std::string& more = "");

// Evaluates and fails the test (returning an empty result) when the evaluation is rejected.
v1::EvaluationResult EvaluateOk(const v1::Evaluation& evaluation);

// Every field present in `expected_json` equals the result's; findings compare as a multiset of
// (code, indicator_id); "message" keys are not compared.
::testing::AssertionResult MatchesExpectedJson(const v1::EvaluationResult& result,
                                               const std::string& expected_json);

// The finding codes of a result, in order, as "CODE@indicator_id" ("CODE" for form-level ones).
std::vector<std::string> FindingCodes(const v1::EvaluationResult& result);

}  // namespace jixiao::testing

#endif  // JIXIAO_TESTS_TEST_UTIL_H_
