#include "lib/portfolio.h"

#include "lib/decimal.h"

namespace jixiao {
namespace {

// A root budget figure of a form that evaluated (so it parsed), or 0 when absent.
Rational RootAmount(const std::string& text) {
  if (text.empty()) return 0;
  auto parsed = ParseDecimal(text);
  return parsed.ok() ? parsed->value : Rational(0);
}

std::string Figure(const Rational& x) { return RoundAndFormat(x, 2, Rounding::kHalfUp); }

}  // namespace

void PortfolioBuilder::Add(const v1::Evaluation* evaluation, const v1::BatchItem& item) {
  AddTo(&all_, evaluation, item);
  const std::string& authority = evaluation != nullptr ? evaluation->authority() : "";
  AddTo(&by_authority_[authority], evaluation, item);
}

void PortfolioBuilder::AddTo(Stats* s, const v1::Evaluation* evaluation,
                             const v1::BatchItem& item) {
  ++s->count;
  if (!item.has_result()) {
    ++s->failed;
    return;
  }
  const v1::EvaluationResult& result = item.result();
  ++s->scored;
  Rational normalized = RootAmount(result.normalized_total());
  s->sum_normalized += normalized;
  if (!s->min_normalized || normalized < *s->min_normalized) s->min_normalized = normalized;
  if (!s->max_normalized || normalized > *s->max_normalized) s->max_normalized = normalized;
  ++s->by_grade[result.grade()];
  for (const v1::Finding& f : result.findings()) ++s->findings_by_code[f.code()];
  if (evaluation != nullptr && evaluation->budget().has_total()) {
    const v1::BudgetLine& root = evaluation->budget().total();
    Rational planned = RootAmount(root.adjusted().empty() ? root.initial() : root.adjusted());
    s->initial += RootAmount(root.initial());
    s->planned += planned;
    s->spent += RootAmount(root.spent());
    s->planned_by_grade[result.grade()] += planned;
  }
}

void PortfolioBuilder::Fill(const Stats& s, v1::PortfolioSummary* summary) {
  summary->set_count(s.count);
  summary->set_failed(s.failed);
  for (const auto& [grade, n] : s.by_grade) (*summary->mutable_by_grade())[grade] = n;
  for (const auto& [code, n] : s.findings_by_code) (*summary->mutable_findings_by_code())[code] = n;
  if (s.scored > 0) {
    summary->set_mean_normalized_total(Figure(s.sum_normalized / s.scored));
    summary->set_min_normalized_total(Figure(*s.min_normalized));
    summary->set_max_normalized_total(Figure(*s.max_normalized));
  }
  summary->set_budget_initial(Figure(s.initial));
  summary->set_budget_planned(Figure(s.planned));
  summary->set_budget_spent(Figure(s.spent));
  if (!s.planned.IsZero()) summary->set_execution_rate(Figure(Rational(100) * s.spent / s.planned));
  for (const auto& [grade, amount] : s.planned_by_grade) {
    (*summary->mutable_planned_by_grade())[grade] = Figure(amount);
  }
}

v1::PortfolioSummary PortfolioBuilder::Build() const {
  v1::PortfolioSummary summary;
  Fill(all_, &summary);
  for (const auto& [authority, stats] : by_authority_) {
    v1::PortfolioSummary* entry = summary.add_by_authority();
    entry->set_authority(authority);
    Fill(stats, entry);
  }
  return summary;
}

}  // namespace jixiao
