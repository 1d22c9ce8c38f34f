#include "lib/base/status_macros.h"

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest/gtest.h"

namespace jixiao {
namespace {

absl::Status Fails(int* calls) {
  ++*calls;
  return absl::InvalidArgumentError("indicators[2]: bad");
}

absl::Status Succeeds(int* calls) {
  ++*calls;
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<std::string>> Text(bool ok, int* calls) {
  ++*calls;
  if (!ok) return absl::NotFoundError("no text");
  return std::make_unique<std::string>("好");
}

absl::Status ReturnIfError(bool fail, int* calls, bool* reached_end) {
  JX_RETURN_IF_ERROR(fail ? Fails(calls) : Succeeds(calls));
  *reached_end = true;
  return absl::OkStatus();
}

TEST(ReturnIfError, ReturnsTheErrorUnchangedAndStops) {
  int calls = 0;
  bool reached_end = false;
  absl::Status s = ReturnIfError(true, &calls, &reached_end);
  EXPECT_EQ(s, absl::InvalidArgumentError("indicators[2]: bad"));
  EXPECT_EQ(calls, 1);
  EXPECT_FALSE(reached_end);
}

TEST(ReturnIfError, ContinuesOnOkAndEvaluatesOnce) {
  int calls = 0;
  bool reached_end = false;
  EXPECT_TRUE(ReturnIfError(false, &calls, &reached_end).ok());
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(reached_end);
}

absl::StatusOr<int> ReturnIfErrorInStatusOr(bool fail) {
  int calls = 0;
  JX_RETURN_IF_ERROR(fail ? Fails(&calls) : Succeeds(&calls));
  return 7;
}

TEST(ReturnIfError, WorksInAFunctionReturningStatusOr) {
  EXPECT_EQ(ReturnIfErrorInStatusOr(true).status(),
            absl::InvalidArgumentError("indicators[2]: bad"));
  EXPECT_EQ(*ReturnIfErrorInStatusOr(false), 7);
}

TEST(ReturnIfError, IsOneStatementInAnUnbracedIf) {
  auto f = [](bool check, bool fail) -> absl::Status {
    int calls = 0;
    if (check)
      JX_RETURN_IF_ERROR(fail ? Fails(&calls) : Succeeds(&calls));
    else
      return absl::CancelledError("not checked");
    return absl::OkStatus();
  };
  EXPECT_EQ(f(true, true).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(f(true, false).ok());
  EXPECT_EQ(f(false, false).code(), absl::StatusCode::kCancelled);
}

// Two in one function (distinct temporaries), a declaration with auto, a move-only value.
absl::StatusOr<std::string> AssignDeclared(bool first_ok, bool second_ok, int* calls) {
  JX_ASSIGN_OR_RETURN(auto first, Text(first_ok, calls));
  JX_ASSIGN_OR_RETURN(std::unique_ptr<std::string> second, Text(second_ok, calls));
  return *first + *second;
}

TEST(AssignOrReturn, DeclaresTheMovedValue) {
  int calls = 0;
  EXPECT_EQ(*AssignDeclared(true, true, &calls), "好好");
  EXPECT_EQ(calls, 2);
}

TEST(AssignOrReturn, ReturnsTheErrorAndStops) {
  int calls = 0;
  EXPECT_EQ(AssignDeclared(false, true, &calls).status(), absl::NotFoundError("no text"));
  EXPECT_EQ(calls, 1);
  calls = 0;
  EXPECT_EQ(AssignDeclared(true, false, &calls).status(), absl::NotFoundError("no text"));
  EXPECT_EQ(calls, 2);
}

absl::Status AssignExisting(bool ok, std::unique_ptr<std::string>* out) {
  int calls = 0;
  JX_ASSIGN_OR_RETURN(*out, Text(ok, &calls));
  return absl::OkStatus();
}

TEST(AssignOrReturn, AssignsAnExistingLvalue) {
  auto out = std::make_unique<std::string>("before");
  EXPECT_TRUE(AssignExisting(true, &out).ok());
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(*out, "好");
}

TEST(AssignOrReturn, LeavesTheLvalueAloneOnError) {
  auto out = std::make_unique<std::string>("before");
  EXPECT_EQ(AssignExisting(false, &out).code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(*out, "before");
}

}  // namespace
}  // namespace jixiao
