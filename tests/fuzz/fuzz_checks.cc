#include "tests/fuzz/fuzz_checks.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "google/protobuf/stubs/common.h"
#include "lib/base/decimal.h"

namespace jixiao::fuzz {
namespace {

// A produced figure: a decimal as ParseDecimal reads it (never "overflow" or empty).
Rational Figure(const std::string& text, absl::string_view field) {
  auto parsed = ParseDecimal(text);
  if (!parsed.ok()) Fail(absl::StrCat(field, " is not a figure: \"", text, "\""));
  return parsed->value;
}

void OptionalFigure(const std::string& text, absl::string_view field) {
  if (!text.empty()) Figure(text, field);
}

}  // namespace

void Fail(absl::string_view what) {
  std::fprintf(stderr, "\nfuzz invariant broken: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::abort();
}

bool IsUtf8(absl::string_view text) {
  return google::protobuf::internal::IsStructurallyValidUTF8(text.data(),
                                                             static_cast<int>(text.size()));
}

void CheckCall(int32_t code, const void* output, size_t output_size, const char* message) {
  if (code == 0) {
    if (output == nullptr || message != nullptr) Fail("success without output, or with a message");
    return;
  }
  if (output != nullptr || output_size != 0) Fail(absl::StrCat("error ", code, " with output"));
  if (message == nullptr || *message == '\0')
    Fail(absl::StrCat("error ", code, " without message"));
  if (code == 13) Fail(absl::StrCat("internal error: ", message));
}

void CheckResult(const v1::Evaluation& form, const v1::EvaluationResult& result) {
  if (result.indicators_size() != form.indicators_size()) {
    Fail(
        absl::StrCat(form.indicators_size(), " indicators in, ", result.indicators_size(), " out"));
  }
  if (result.achieved_size() + result.unachieved_size() != result.indicators_size()) {
    Fail("achieved + unachieved is not every indicator");
  }
  Rational total = Figure(result.total(), "total");
  Figure(result.max_total(), "max_total");
  Figure(result.normalized_total(), "normalized_total");
  OptionalFigure(result.review_total(), "review_total");
  Rational categories, indicators;
  for (const v1::CategoryScore& c : result.categories()) {
    Figure(c.points(), "category points");
    Figure(c.weight(), "category weight");
    categories += Figure(c.score(), "category score");
    for (const v1::GroupScore& g : c.groups()) {
      Figure(g.weight(), "group weight");
      Figure(g.score(), "group score");
    }
  }
  for (const v1::IndicatorScore& i : result.indicators()) {
    Figure(i.weight(), "indicator weight");
    Rational factor = Figure(i.factor(), "indicator factor");
    if (factor < 0 || factor > 100) Fail(absl::StrCat("factor ", i.factor(), " outside [0, 100]"));
    indicators += Figure(i.score(), "indicator score");
    OptionalFigure(i.review_score(), "review_score");
  }
  for (const v1::BudgetMetrics& m : result.budget()) {
    OptionalFigure(m.balance(), "balance");
    OptionalFigure(m.execution_rate(), "execution_rate");
    OptionalFigure(m.arrival_rate(), "arrival_rate");
    OptionalFigure(m.spending_rate(), "spending_rate");
  }
  if (!categories.ok() || categories != total || indicators != total) {
    Fail(absl::StrCat("total ", result.total(),
                      " is not the sum of the category and indicator scores"));
  }
  for (const v1::Finding& f : result.findings()) {
    if (f.computed() == "overflow" || f.reported() == "overflow") Fail("a finding says overflow");
  }
}

}  // namespace jixiao::fuzz
