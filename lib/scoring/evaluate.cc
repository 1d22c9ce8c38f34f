// Evaluate: weights, scores, subtotals, totals, grade, lists and the review of every reported
// figure (SCORING.md §3–§6). Pure: the evaluation in, the result out.
#include "jixiao/evaluate.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lib/base/check_limits.h"
#include "lib/base/decimal.h"
#include "lib/base/status_macros.h"
#include "lib/scoring/budget_metrics.h"
#include "lib/scoring/completion.h"
#include "lib/scoring/evaluate_parsed.h"
#include "lib/scoring/findings.h"
#include "lib/scoring/rules.h"
#include "lib/scoring/scheme.h"
#include "lib/scoring/weights.h"

namespace jixiao {
namespace {

absl::Status Invalid(absl::string_view where, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(where, ": ", what));
}

absl::Status TooLarge(absl::string_view where) {
  return Invalid(where, "the figures are too large to compute exactly in 128 bits");
}

// One indicator on its way through the evaluation.
struct Row {
  const v1::Indicator* indicator;
  std::string where;  // "indicator i03", for errors and findings
  int category;
  TargetView target;
  Rational weight;
  bool has_weight = false;
  Rational score;
  std::optional<Rational> review_score;
};

struct GroupTotal {
  std::string name;
  Rational weight, score;
};

struct CategoryTotal {
  Rational weight, score;
  std::vector<GroupTotal> groups;  // in order of first appearance
};

// Pass 1 (§6 errors): ids, categories, explicit weights, targets.
absl::StatusOr<std::vector<Row>> ReadIndicators(const v1::Evaluation& evaluation,
                                                const SchemeView& scheme) {
  std::vector<Row> rows;
  rows.reserve(static_cast<size_t>(evaluation.indicators_size()));
  absl::flat_hash_set<absl::string_view> ids;
  for (int i = 0; i < evaluation.indicators_size(); ++i) {
    const v1::Indicator& indicator = evaluation.indicators(i);
    if (indicator.id().empty()) {
      return Invalid(absl::StrCat("indicators[", i, "] (", indicator.name(), ")"), "id is empty");
    }
    Row row;
    row.indicator = &indicator;
    row.where = absl::StrCat("indicator ", indicator.id());
    if (!ids.insert(indicator.id()).second) {
      return Invalid(absl::StrCat("indicators[", i, "]"),
                     absl::StrCat("duplicate indicator id \"", indicator.id(), "\""));
    }
    row.category = scheme.FindCategory(indicator.level1());
    if (row.category < 0) {
      std::vector<std::string> names;
      for (const CategoryView& c : scheme.categories) names.push_back(c.proto->name());
      return Invalid(absl::StrCat(row.where, " level1"),
                     absl::StrCat("\"", indicator.level1(), "\" is not a category of scheme ",
                                  scheme.proto->name(), " (", absl::StrJoin(names, ", "),
                                  ", or their aliases)"));
    }
    if (!indicator.weight().empty()) {
      JX_ASSIGN_OR_RETURN(auto weight, ParseField(indicator.weight(), row.where, " weight"));
      if (weight.value.IsNegative()) {
        return Invalid(absl::StrCat(row.where, " weight"),
                       absl::StrCat(indicator.weight(), " is negative"));
      }
      row.weight = weight.value;
      row.has_weight = true;
    }
    JX_ASSIGN_OR_RETURN(row.target, ParseTarget(indicator.target(), row.where));
    rows.push_back(std::move(row));
  }
  return rows;
}

// §3: explicit weights stay; EVEN_SPLIT categories share the rest of their points.
absl::Status AssignWeights(const SchemeView& scheme, std::vector<Row>* rows) {
  for (size_t c = 0; c < scheme.categories.size(); ++c) {
    const CategoryView& category = scheme.categories[c];
    Rational explicit_sum;
    std::vector<Row*> unweighted;
    for (Row& row : *rows) {
      if (row.category != static_cast<int>(c)) continue;
      if (row.has_weight) {
        explicit_sum += row.weight;
      } else {
        unweighted.push_back(&row);
      }
    }
    if (unweighted.empty()) continue;
    const std::string& name = category.proto->name();
    if (category.proto->allocation() != v1::Category::EVEN_SPLIT) {
      return Invalid(absl::StrCat(unweighted.front()->where, " weight"),
                     absl::StrCat("missing; category ", name, " has EXPLICIT weights"));
    }
    Rational rest = category.points - explicit_sum;
    if (rest.IsNegative()) {
      return Invalid(
          absl::StrCat("category ", name),
          absl::StrCat("explicit weights sum to ", scheme.Format(explicit_sum), ", more than its ",
                       scheme.Format(category.points), " points, leaving nothing for ",
                       unweighted.size(), " unweighted indicators"));
    }
    std::vector<Rational> shares = EvenSplitWeights(rest, static_cast<int>(unweighted.size()),
                                                    scheme.decimals, scheme.rounding);
    if (shares.back().IsNegative()) {
      return Invalid(absl::StrCat("category ", name),
                     absl::StrCat(unweighted.size(), " indicators cannot share ",
                                  scheme.Format(rest), " points at ", scheme.decimals,
                                  " decimals: the last would get ", scheme.Format(shares.back())));
    }
    for (size_t k = 0; k < unweighted.size(); ++k) unweighted[k]->weight = shares[k];
  }
  return absl::OkStatus();
}

const char* RateMismatchCode(v1::DerivedFrom derived) {
  switch (derived) {
    case v1::ARRIVAL_RATE:
      return finding::kArrivalRateMismatch;
    case v1::SPENDING_RATE:
      return finding::kSpendingRateMismatch;
    default:
      return finding::kExecutionRateMismatch;
  }
}

// Where a reported figure sits, named in pieces that are joined only for an error or a finding.
struct Place {
  absl::string_view where;         // "indicator i03", "category 产出目标", "total"
  absl::string_view field;         // in errors, after `where`: " reported_score"
  absl::string_view indicator_id;  // "" for form-level figures
  absl::string_view name;  // in findings: where (name)what: "indicator i03 (预算执行率) score"
  absl::string_view what;
  absl::string_view source = "jixiao computes";
  absl::string_view label = "";  // in findings instead of where (name)what, when given
  bool points = false;  // a score, subtotal or total: compared at one decimal at least (§2)
};

// §2 as docs/SCORING.md refines it: a reported figure is compared at its own precision, but a
// score, subtotal or total never coarser than one decimal (unless the scheme rounds to whole
// points): "9" for 8.60 disagrees. Rates and actuals keep their own precision.
bool ReportedAgrees(const Decimal& reported, const Rational& computed, const SchemeView& scheme,
                    bool points) {
  if (!points || reported.places >= 1 || scheme.decimals == 0) {
    return AgreesAtReportedPrecision(reported, computed, scheme.decimals, scheme.rounding);
  }
  Decimal one_place = reported;
  one_place.places = 1;
  return AgreesAtReportedPrecision(one_place, computed, scheme.decimals, scheme.rounding);
}

// Compares an optional reported figure with the computed one (§2); adds a finding when they
// disagree. A malformed reported figure is an error naming the field.
absl::Status CheckReported(const std::string& reported, const Rational& computed,
                           const SchemeView& scheme, const char* code, const Place& place,
                           v1::EvaluationResult* result) {
  if (reported.empty()) return absl::OkStatus();
  JX_ASSIGN_OR_RETURN(auto parsed, ParseField(reported, place.where, place.field));
  if (ReportedAgrees(parsed, computed, scheme, place.points)) return absl::OkStatus();
  std::string formatted = scheme.Format(computed);
  std::string label = !place.label.empty() ? std::string(place.label)
                      : place.name.empty()
                          ? absl::StrCat(place.where, place.what)
                          : absl::StrCat(place.where, " (", place.name, ")", place.what);
  AddFinding(result, v1::Finding::WARNING, code, place.indicator_id,
             absl::StrCat(label, ": reported ", reported, " but ", place.source, " ", formatted),
             reported, formatted);
  return absl::OkStatus();
}

class Evaluator {
 public:
  Evaluator(const v1::Evaluation& evaluation, const SchemeView& scheme,
            v1::EvaluationResult* result)
      : evaluation_(evaluation), scheme_(scheme), result_(result) {}

  absl::Status Run() {
    result_->set_id(evaluation_.id());
    result_->set_name(evaluation_.name());
    result_->set_scheme(scheme_.proto->name());
    if (evaluation_.has_budget()) {
      JX_RETURN_IF_ERROR(ComputeBudget(evaluation_.budget(), scheme_, result_, &root_));
    }
    for (const std::string& skipped : evaluation_.skipped_rows()) {
      AddFinding(result_, v1::Finding::INFO, finding::kTemplateRowSkipped, "",
                 absl::StrCat(skipped, ": a template row with no figures, skipped"), skipped, "");
    }
    JX_ASSIGN_OR_RETURN(rows_, ReadIndicators(evaluation_, scheme_));
    JX_RETURN_IF_ERROR(AssignWeights(scheme_, &rows_));
    for (Row& row : rows_) {
      JX_RETURN_IF_ERROR(ScoreIndicator(&row));
    }
    return Summarize();
  }

 private:
  // The score of one indicator (§4, §5 derived indicators, §6 review).
  absl::Status ScoreIndicator(Row* row) {
    const v1::Indicator& in = *row->indicator;
    const v1::Category& category = *scheme_.categories[static_cast<size_t>(row->category)].proto;
    const v1::Rule& rule = SelectRule(in, category, row->target);

    // §5: an indicator tied to a budget rate is checked against it, or takes it as its actual.
    v1::Actual derived_actual;
    const v1::Actual* actual = &in.actual();
    v1::DerivedFrom derived = scheme_.DerivedFor(in);
    if (derived != v1::DERIVED_NONE && root_.For(derived).has_value()) {
      const Rational& rate = *root_.For(derived);
      if (actual->has_number()) {
        JX_RETURN_IF_ERROR(CheckReported(
            actual->number(), rate, scheme_, RateMismatchCode(derived),
            {row->where, " actual.number", in.id(), "", "", "the budget gives"}, result_));
      } else if (actual->value_case() == v1::Actual::VALUE_NOT_SET) {
        derived_actual.set_number(FormatDecimal(rate, scheme_.decimals));
        derived_actual.set_text(in.actual().text());
        actual = &derived_actual;
      }
    }

    if (ScoreOnly(in)) return ScoreUnverifiable(row, rule);
    JX_ASSIGN_OR_RETURN(auto outcome, ScoreFactor(rule, row->target, *actual, scheme_, row->where));
    row->score = scheme_.RoundFigure(row->weight * outcome.factor / 100);
    if (!row->score.ok()) return TooLarge(row->where);
    if (outcome.missing_actual) {
      AddFinding(result_, v1::Finding::WARNING, finding::kMissingActual, in.id(),
                 absl::StrCat(row->where, " (", in.name(),
                              "): no actual value and no explanation; "
                              "scored 0 (无法提供具体数值，且无说明，得0分)"),
                 "", scheme_.Format(0));
    }
    if (!outcome.out_of_tier.empty()) {
      AddFinding(
          result_, v1::Finding::WARNING, finding::kFactorOutOfTier, in.id(),
          absl::StrCat(row->where, " (", in.name(), "): factor ", in.actual().factor(),
                       " lies outside the tier \"", outcome.out_of_tier, "\" its text names"),
          in.actual().factor(), outcome.out_of_tier);
    }

    v1::IndicatorScore* scored = result_->add_indicators();
    scored->set_id(in.id());
    scored->set_name(in.name());
    scored->set_level1(category.name());
    scored->set_level2(in.level2());
    scored->set_weight(scheme_.Format(row->weight));
    scored->set_factor(RoundAndFormat(outcome.factor, 2, scheme_.rounding));
    scored->set_score(scheme_.Format(row->score));
    scored->set_achieved(outcome.factor == 100);
    scored->set_rule(RuleName(rule));

    JX_RETURN_IF_ERROR(CheckReported(
        in.reported_score(), row->score, scheme_, finding::kScoreMismatch,
        {row->where, " reported_score", in.id(), in.name(), " score", "jixiao computes", "", true},
        result_));
    JX_RETURN_IF_ERROR(CheckFullMarks(*row, outcome.factor));
    return ReviewIndicator(row, rule, scored);
  }

  // A row with neither target nor actual but a reported score (a form that prints only the
  // score): nothing to recompute it from, so the reported score counts, capped at the weight.
  static bool ScoreOnly(const v1::Indicator& in) {
    const v1::Target& t = in.target();
    return !in.reported_score().empty() && t.value().empty() && t.text().empty() &&
           t.upper().empty() && in.actual().value_case() == v1::Actual::VALUE_NOT_SET &&
           in.actual().text().empty() && !in.has_rule();
  }

  absl::Status ScoreUnverifiable(Row* row, const v1::Rule& rule) {
    const v1::Indicator& in = *row->indicator;
    JX_ASSIGN_OR_RETURN(auto reported,
                        ParseField(in.reported_score(), row->where, " reported_score"));
    Rational score = scheme_.RoundFigure(reported.value);
    std::string counted = "counts as reported";
    if (score.IsNegative()) {
      return Invalid(absl::StrCat(row->where, " reported_score"),
                     absl::StrCat(in.reported_score(), " is negative"));
    }
    if (score > row->weight) {
      score = row->weight;
      counted = absl::StrCat("is above the weight and counts as ", scheme_.Format(score));
    }
    row->score = score;
    const Rational factor = row->weight.IsZero() ? Rational(0) : score * 100 / row->weight;
    AddFinding(result_, v1::Finding::WARNING, finding::kUnverifiableScore, in.id(),
               absl::StrCat(row->where, " (", in.name(),
                            "): no target and no actual to check the reported score ",
                            in.reported_score(), " against; it ", counted),
               in.reported_score(), scheme_.Format(score));
    v1::IndicatorScore* scored = result_->add_indicators();
    scored->set_id(in.id());
    scored->set_name(in.name());
    scored->set_level1(scheme_.categories[static_cast<size_t>(row->category)].proto->name());
    scored->set_level2(in.level2());
    scored->set_weight(scheme_.Format(row->weight));
    scored->set_factor(RoundAndFormat(factor, 2, scheme_.rounding));
    scored->set_score(scheme_.Format(row->score));
    scored->set_achieved(factor == 100);
    scored->set_rule(RuleName(rule));
    return ReviewIndicator(row, rule, scored);
  }

  // An indicator that did not reach its target, reported with its full weight: the form claims
  // full marks it has not earned, even where the rounding of SCORE_MISMATCH would let it pass.
  absl::Status CheckFullMarks(const Row& row, const Rational& factor) {
    const v1::Indicator& in = *row.indicator;
    if (in.reported_score().empty() || factor == 100 || row.weight.IsZero()) {
      return absl::OkStatus();
    }
    JX_ASSIGN_OR_RETURN(auto reported,
                        ParseField(in.reported_score(), row.where, " reported_score"));
    if (reported.value != row.weight) return absl::OkStatus();
    AddFinding(result_, v1::Finding::WARNING, finding::kFullMarksNotAchieved, in.id(),
               absl::StrCat(row.where, " (", in.name(), "): reported with its full weight ",
                            in.reported_score(), " but it earns ",
                            RoundAndFormat(factor, 2, scheme_.rounding), "% of it (",
                            scheme_.Format(row.score), ")"),
               in.reported_score(), scheme_.Format(row.score));
    return absl::OkStatus();
  }

  // §6 review: a reviewer's actual is scored a second time; the reviewer's score is checked.
  absl::Status ReviewIndicator(Row* row, const v1::Rule& rule, v1::IndicatorScore* scored) {
    const v1::Indicator& in = *row->indicator;
    if (!in.has_review()) return absl::OkStatus();
    const v1::Review& review = in.review();
    Rational computed = row->score;
    if (review.has_actual()) {
      std::string where = absl::StrCat(row->where, " review");
      JX_ASSIGN_OR_RETURN(auto outcome,
                          ScoreFactor(rule, row->target, review.actual(), scheme_, where));
      computed = scheme_.RoundFigure(row->weight * outcome.factor / 100);
      if (!computed.ok()) return TooLarge(where);
      row->review_score = computed;
      scored->set_review_score(scheme_.Format(computed));
      any_review_ = true;
    }
    if (!review.score().empty()) any_review_ = true;
    return CheckReported(review.score(), computed, scheme_, finding::kReviewScoreMismatch,
                         {row->where, " review.score", in.id(), in.name(), " review score",
                          "jixiao computes", "", true},
                         result_);
  }

  // §6: categories and groups, total, grade, lists, the review total and the reported figures.
  absl::Status Summarize() {
    std::vector<CategoryTotal> totals(scheme_.categories.size());
    Rational total, review_total;
    for (const Row& row : rows_) {
      CategoryTotal& category = totals[static_cast<size_t>(row.category)];
      category.weight += row.weight;
      category.score += row.score;
      const std::string& group_name = row.indicator->level2();
      auto group = std::find_if(category.groups.begin(), category.groups.end(),
                                [&](const GroupTotal& g) { return g.name == group_name; });
      if (group == category.groups.end()) {
        category.groups.push_back(GroupTotal{group_name, 0, 0});
        group = category.groups.end() - 1;
      }
      group->weight += row.weight;
      group->score += row.score;
      total += row.score;
      review_total += row.review_score.value_or(row.score);
    }
    for (const v1::IndicatorScore& scored : result_->indicators()) {
      (scored.achieved() ? result_->add_achieved() : result_->add_unachieved())
          ->assign(scored.name());
    }
    for (size_t c = 0; c < totals.size(); ++c) {
      const CategoryView& view = scheme_.categories[c];
      const CategoryTotal& t = totals[c];
      if (!t.weight.ok() || !t.score.ok())
        return TooLarge(absl::StrCat("category ", view.proto->name()));
      v1::CategoryScore* category = result_->add_categories();
      category->set_name(view.proto->name());
      category->set_points(scheme_.Format(view.points));
      category->set_weight(scheme_.Format(t.weight));
      category->set_score(scheme_.Format(t.score));
      for (const GroupTotal& g : t.groups) {
        v1::GroupScore* group = category->add_groups();
        group->set_name(g.name);
        group->set_weight(scheme_.Format(g.weight));
        group->set_score(scheme_.Format(g.score));
      }
      if (t.weight != view.points) {
        AddFinding(result_, v1::Finding::ERROR, finding::kWeightSumMismatch, "",
                   absl::StrCat("category ", view.proto->name(),
                                ": the indicators' weights sum to ", scheme_.Format(t.weight),
                                " but the category has ", scheme_.Format(view.points), " points"),
                   scheme_.Format(t.weight), scheme_.Format(view.points));
      }
    }
    if (!total.ok() || !review_total.ok()) return TooLarge("total");
    Rational normalized = scheme_.RoundFigure(total * 100 / scheme_.max_total);
    result_->set_total(scheme_.Format(total));
    result_->set_max_total(scheme_.Format(scheme_.max_total));
    result_->set_normalized_total(FormatDecimal(normalized, scheme_.decimals));
    result_->set_grade(scheme_.GradeFor(normalized));
    if (any_review_) {
      result_->set_review_total(scheme_.Format(review_total));
      result_->set_review_grade(
          scheme_.GradeFor(scheme_.RoundFigure(review_total * 100 / scheme_.max_total)));
    }
    JX_RETURN_IF_ERROR(CheckReportedCategories(totals));
    const v1::Reported& reported = evaluation_.reported();
    JX_RETURN_IF_ERROR(CheckReported(
        reported.total(), total, scheme_, finding::kTotalMismatch,
        {"reported", ".total", "", "", "", "jixiao computes", "total", true}, result_));
    JX_RETURN_IF_ERROR(
        CheckReported(reported.max_total(), scheme_.max_total, scheme_, finding::kMaxTotalMismatch,
                      {"reported", ".max_total", "", "", "", "the categories' points sum to",
                       "the form's maximum total (总分 分值)", true},
                      result_));
    if (!reported.grade().empty() && reported.grade() != result_->grade()) {
      AddFinding(result_, v1::Finding::WARNING, finding::kGradeMismatch, "",
                 absl::StrCat("grade: reported ", reported.grade(), " but the total ",
                              result_->normalized_total(), " gives ", result_->grade()),
                 reported.grade(), result_->grade());
    }
    return CheckReportedAgain(totals, total);
  }

  // reported.again: a figure the form wrote a second time for one place. Never an overwrite:
  // each is checked and is a DUPLICATE_REPORTED finding naming both figures.
  absl::Status CheckReportedAgain(const std::vector<CategoryTotal>& totals, const Rational& total) {
    const v1::Reported& reported = evaluation_.reported();
    for (int i = 0; i < reported.again_size(); ++i) {
      const v1::ReportedAgain& again = reported.again(i);
      const std::string field = absl::StrCat("reported.again[", i, "]");
      const std::string source =
          again.source().empty() ? "" : absl::StrCat(" (", again.source(), ")");
      std::string label, first, second, computed;
      bool agrees;
      if (!again.total().empty() == !again.grade().empty() ||
          (!again.category().empty() && !again.grade().empty())) {
        return Invalid(field, "needs a total, or a grade without a category");
      }
      if (!again.grade().empty()) {
        label = "grade";
        first = reported.grade();
        second = again.grade();
        computed = result_->grade();
        agrees = second == computed;
      } else {
        Rational value = 0;
        if (again.category().empty()) {
          label = "total";
          first = reported.total();
          value = total;
        } else {
          const int c = scheme_.FindCategory(again.category());
          if (c < 0) {
            return Invalid(absl::StrCat(field, ".category"),
                           absl::StrCat("\"", again.category(), "\" is not a category of scheme ",
                                        scheme_.proto->name()));
          }
          const std::string& name = scheme_.categories[static_cast<size_t>(c)].proto->name();
          label = absl::StrCat("category ", name, " subtotal");
          for (const auto& [key, subtotal] : reported.categories()) {
            if (scheme_.FindCategory(key) == c) first = subtotal;
          }
          value = totals[static_cast<size_t>(c)].score;
        }
        second = again.total();
        JX_ASSIGN_OR_RETURN(auto parsed, ParseField(second, field, ".total"));
        computed = scheme_.Format(value);
        agrees = AgreesAtReportedPrecision(parsed, value, scheme_.decimals, scheme_.rounding);
      }
      AddFinding(
          result_, v1::Finding::WARNING, finding::kDuplicateReported, "",
          absl::StrCat(
              label, " reported twice: ", first.empty() ? "—" : first, ", then ", second, source,
              agrees ? ", which agrees with the computed " : ", but jixiao computes ", computed),
          second, computed);
    }
    return absl::OkStatus();
  }

  // reported.categories, keyed by name or alias, checked in scheme order.
  absl::Status CheckReportedCategories(const std::vector<CategoryTotal>& totals) {
    std::vector<std::pair<int, std::string>> keys;
    for (const auto& [key, value] : evaluation_.reported().categories()) {
      int c = scheme_.FindCategory(key);
      if (c < 0) {
        return Invalid(absl::StrCat("reported.categories[\"", key, "\"]"),
                       absl::StrCat("not a category of scheme ", scheme_.proto->name()));
      }
      keys.emplace_back(c, key);
    }
    std::sort(keys.begin(), keys.end());  // protobuf maps have no order; findings must
    for (const auto& [c, key] : keys) {
      const std::string& name = scheme_.categories[static_cast<size_t>(c)].proto->name();
      std::string field = absl::StrCat("reported.categories[\"", key, "\"]");
      std::string label = absl::StrCat("category ", name, " subtotal");
      JX_RETURN_IF_ERROR(
          CheckReported(evaluation_.reported().categories().at(key),
                        totals[static_cast<size_t>(c)].score, scheme_, finding::kSubtotalMismatch,
                        {field, "", "", "", "", "jixiao computes", label, true}, result_));
    }
    return absl::OkStatus();
  }

  const v1::Evaluation& evaluation_;
  const SchemeView& scheme_;
  v1::EvaluationResult* result_;
  RootRates root_;
  std::vector<Row> rows_;
  bool any_review_ = false;
};

}  // namespace

absl::Status EvaluateParsedInto(const v1::Evaluation& evaluation, v1::EvaluationResult* result,
                                bool utf8_checked) {
  result->Clear();
  JX_RETURN_IF_ERROR(CheckLimits(evaluation, utf8_checked));
  std::unique_ptr<SchemeView> custom;
  JX_ASSIGN_OR_RETURN(auto scheme, ResolveScheme(evaluation, &custom));
  absl::Status status = Evaluator(evaluation, *scheme, result).Run();
  if (!status.ok()) result->Clear();  // never a partial result
  return status;
}

absl::Status EvaluateInto(const v1::Evaluation& evaluation, v1::EvaluationResult* result) {
  return EvaluateParsedInto(evaluation, result, /*utf8_checked=*/false);
}

absl::StatusOr<v1::EvaluationResult> Evaluate(const v1::Evaluation& evaluation) {
  v1::EvaluationResult result;
  JX_RETURN_IF_ERROR(EvaluateInto(evaluation, &result));
  return result;
}

}  // namespace jixiao
