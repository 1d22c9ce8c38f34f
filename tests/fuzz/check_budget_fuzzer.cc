// jixiao::CheckBudget with a JSON jixiao.v1.DepartmentBudget: errors name a field, results hold
// figures and serialize.
#include <cstddef>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "jixiao/check_budget.h"
#include "jixiao/io.h"
#include "lib/base/decimal.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view input(reinterpret_cast<const char*>(data), size);
  jixiao::v1::DepartmentBudget budget;
  if (!jixiao::ParseMessage(input, jixiao::Format::kJson, &budget).ok()) return 0;
  auto result = jixiao::CheckBudget(budget);
  if (!result.ok()) {
    if (result.status().code() != absl::StatusCode::kInvalidArgument) {
      jixiao::fuzz::Fail(absl::StrCat("not InvalidArgument: ", result.status().ToString()));
    }
    return 0;
  }
  for (const auto& [name, value] : result->metrics()) {
    if (!jixiao::ParseDecimal(value).ok()) {
      jixiao::fuzz::Fail(absl::StrCat("metric ", name, " is not a figure: ", value));
    }
  }
  for (const auto& [name, value] : result->shares()) {
    if (!jixiao::ParseDecimal(value).ok()) {
      jixiao::fuzz::Fail(absl::StrCat("share ", name, " is not a figure: ", value));
    }
  }
  if (!jixiao::SerializeMessage(*result, jixiao::Format::kJson).ok()) {
    jixiao::fuzz::Fail("the result does not serialize");
  }
  return 0;
}
