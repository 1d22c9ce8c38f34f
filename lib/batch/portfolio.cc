#include "lib/batch/portfolio.h"

#include "lib/base/decimal.h"

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

PortfolioEntry MakePortfolioEntry(const v1::Evaluation* evaluation,
                                  const v1::EvaluationResult* result) {
  PortfolioEntry entry;
  if (evaluation != nullptr) entry.authority = evaluation->authority();
  if (result == nullptr) return entry;
  entry.scored = true;
  entry.grade = result->grade();
  entry.normalized_total = RootAmount(result->normalized_total());
  entry.finding_codes.reserve(static_cast<size_t>(result->findings_size()));
  for (const v1::Finding& f : result->findings()) entry.finding_codes.push_back(f.code());
  if (evaluation != nullptr && evaluation->budget().has_total()) {
    const v1::BudgetLine& root = evaluation->budget().total();
    entry.has_budget = true;
    entry.initial = RootAmount(root.initial());
    entry.planned = RootAmount(root.adjusted().empty() ? root.initial() : root.adjusted());
    entry.spent = RootAmount(root.spent());
  }
  return entry;
}

void PortfolioBuilder::Add(const PortfolioEntry& entry) {
  AddTo(&all_, entry);
  AddTo(&by_authority_[entry.authority], entry);
}

void PortfolioBuilder::AddTo(Stats* s, const PortfolioEntry& e) {
  ++s->count;
  if (!e.scored) {
    ++s->failed;
    return;
  }
  ++s->scored;
  s->sum_normalized += e.normalized_total;
  if (!s->min_normalized || e.normalized_total < *s->min_normalized) {
    s->min_normalized = e.normalized_total;
  }
  if (!s->max_normalized || e.normalized_total > *s->max_normalized) {
    s->max_normalized = e.normalized_total;
  }
  ++s->by_grade[e.grade];
  for (const std::string& code : e.finding_codes) ++s->findings_by_code[code];
  if (e.has_budget) {
    s->initial += e.initial;
    s->planned += e.planned;
    s->spent += e.spent;
    s->planned_by_grade[e.grade] += e.planned;
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
