#include "lib/scoring/budget_metrics.h"

#include <algorithm>
#include <array>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lib/base/decimal.h"
#include "lib/base/status_macros.h"
#include "lib/scoring/findings.h"

namespace jixiao {
namespace {

enum Stage { kInitial, kAdjusted, kInvested, kReceived, kSpent, kStages };
constexpr std::array<const char*, kStages> kStageNames = {"initial", "adjusted", "invested",
                                                          "received", "spent"};
constexpr std::array<const char*, kStages> kStageFields = {" initial", " adjusted", " invested",
                                                           " received", " spent"};

const std::string& StageText(const v1::BudgetLine& line, int stage) {
  switch (stage) {
    case kInitial:
      return line.initial();
    case kAdjusted:
      return line.adjusted();
    case kInvested:
      return line.invested();
    case kReceived:
      return line.received();
    default:
      return line.spent();
  }
}

// A line's stages, parsed; absent stages are std::nullopt.
struct Amounts {
  std::array<std::optional<Decimal>, kStages> stage;
};

absl::StatusOr<Amounts> ParseAmounts(const v1::BudgetLine& line, const std::string& path) {
  Amounts amounts;
  for (int s = 0; s < kStages; ++s) {
    const std::string& text = StageText(line, s);
    if (text.empty()) continue;
    JX_ASSIGN_OR_RETURN(amounts.stage[s], ParseField(text, "budget ", path, kStageFields[s]));
  }
  return amounts;
}

// 100·x/d rounded with the scheme, or nullopt when an input is missing or d is 0.
std::optional<Rational> Rate(const std::optional<Decimal>& x, const std::optional<Decimal>& d,
                             const SchemeView& scheme) {
  if (!x || !d || d->value.IsZero()) return std::nullopt;
  return scheme.RoundFigure(Rational(100) * x->value / d->value);
}

// The places `x` needs to be written exactly, up to kMaxDecimals (sums of decimals are exact).
int MaxPlaces(const Rational& x) {
  for (int places = 0; places < kMaxDecimals; ++places) {
    if (Round(x, places, Rounding::kTruncate) == x) return places;
  }
  return kMaxDecimals;
}

class BudgetWalker {
 public:
  BudgetWalker(const SchemeView& scheme, v1::EvaluationResult* result)
      : scheme_(scheme), result_(result) {}

  // Appends the metrics of `line` and its descendants; returns the line's parsed amounts so
  // that the parent can check its breakdown sums.
  absl::StatusOr<Amounts> Walk(const v1::BudgetLine& line, const std::string& path, int depth,
                               RootRates* root) {
    if (depth > kMaxBudgetDepth) {
      return absl::InvalidArgumentError(
          absl::StrCat("budget ", path, ": lines nest deeper than ", kMaxBudgetDepth, " levels"));
    }
    JX_ASSIGN_OR_RETURN(auto amounts, ParseAmounts(line, path));
    const int slot = result_->budget_size();  // root first: the metrics are filled in below
    result_->add_budget()->set_path(path);

    std::array<std::optional<Decimal>, kStages> children_plan;  // the first breakdown's sums
    for (int b = 0; b < line.breakdowns_size(); ++b) {
      const v1::Breakdown& breakdown = line.breakdowns(b);
      std::array<Rational, kStages> sums;
      std::array<bool, kStages> any{};
      for (int i = 0; i < breakdown.lines_size(); ++i) {
        const v1::BudgetLine& child = breakdown.lines(i);
        std::string child_path = absl::StrCat(
            path, "/", child.name().empty() ? absl::StrCat("(", i + 1, ")") : child.name());
        JX_ASSIGN_OR_RETURN(auto child_amounts, Walk(child, child_path, depth + 1, nullptr));
        for (int s = 0; s < kStages; ++s) {
          if (!child_amounts.stage[s]) continue;
          sums[s] += child_amounts.stage[s]->value;
          any[s] = true;
        }
      }
      CheckSums(path, breakdown.dimension(), amounts.stage, sums, any);
      if (b == 0) {
        for (int s : {kInitial, kAdjusted}) {
          if (any[s]) children_plan[s] = Decimal{sums[s], kMaxDecimals};
        }
      }
    }

    // A root line whose plan is empty or 0 while its lines have one takes their sum (the
    // FUNDS_SUM_MISMATCH above still names a 0 that disagrees), so that its rates exist.
    std::array<std::optional<Decimal>, kStages> a = amounts.stage;
    if (root != nullptr) {
      for (int s : {kInitial, kAdjusted}) {
        const bool empty = !a[s] || a[s]->value.IsZero();
        if (empty && children_plan[s] && !children_plan[s]->value.IsZero()) a[s] = children_plan[s];
      }
    }
    v1::BudgetMetrics* metrics = result_->mutable_budget(slot);
    if (a[kReceived] && a[kSpent]) {
      metrics->set_balance(scheme_.Format(a[kReceived]->value - a[kSpent]->value));
    }
    const auto& plan = a[kAdjusted] ? a[kAdjusted] : a[kInitial];
    auto execution = Rate(scheme_.spent_over_budget ? a[kSpent] : a[kReceived], plan, scheme_);
    auto arrival = Rate(a[kReceived], a[kInvested], scheme_);
    auto spending = Rate(a[kSpent], a[kReceived], scheme_);
    if (execution) metrics->set_execution_rate(FormatDecimal(*execution, scheme_.decimals));
    if (arrival) metrics->set_arrival_rate(FormatDecimal(*arrival, scheme_.decimals));
    if (spending) metrics->set_spending_rate(FormatDecimal(*spending, scheme_.decimals));
    if (root != nullptr) *root = RootRates{execution, arrival, spending};
    return amounts;
  }

 private:
  // §5: the children of a breakdown (missing as 0) sum to the parent, at the parent's precision.
  void CheckSums(const std::string& path, const std::string& dimension,
                 const std::array<std::optional<Decimal>, kStages>& parent,
                 const std::array<Rational, kStages>& sums, const std::array<bool, kStages>& any) {
    for (int s = 0; s < kStages; ++s) {
      if (!parent[s] || !any[s]) continue;
      if (AgreesAtReportedPrecision(*parent[s], sums[s], kMaxDecimals, scheme_.rounding)) continue;
      std::string reported = FormatDecimal(parent[s]->value, parent[s]->places);
      // The sum exactly as the lines give it (89.974, not 89.97): the gap is in the last place.
      std::string computed =
          FormatDecimal(sums[s], std::max(MaxPlaces(sums[s]), parent[s]->places));
      AddFinding(
          result_, v1::Finding::ERROR, finding::kFundsSumMismatch, "",
          absl::StrCat("budget ", path, ": the ", dimension.empty() ? "breakdown" : dimension,
                       " lines' ", kStageNames[s], " sum to ", computed, " but the line says ",
                       reported),
          reported, computed);
    }
  }

  const SchemeView& scheme_;
  v1::EvaluationResult* result_;
};

}  // namespace

const std::optional<Rational>& RootRates::For(v1::DerivedFrom derived) const {
  switch (derived) {
    case v1::ARRIVAL_RATE:
      return arrival;
    case v1::SPENDING_RATE:
      return spending;
    default:
      return execution;
  }
}

absl::Status ComputeBudget(const v1::Budget& budget, const SchemeView& scheme,
                           v1::EvaluationResult* result, RootRates* root) {
  if (!budget.has_total()) return absl::OkStatus();
  const std::string& name = budget.total().name();
  return BudgetWalker(scheme, result)
      .Walk(budget.total(), name.empty() ? "total" : name, 1, root)
      .status();
}

}  // namespace jixiao
