#include "lib/scoring/rules.h"

#include <utility>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lib/base/status_macros.h"

namespace jixiao {
namespace {

using v1::Actual;
using v1::Rule;

absl::Status Invalid(absl::string_view where, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(where, ": ", what));
}

// What the actual holds, for error messages.
std::string DescribeActual(const Actual& actual) {
  switch (actual.value_case()) {
    case Actual::kNumber:
      return absl::StrCat("actual.number \"", actual.number(), "\"");
    case Actual::kGrade:
      return absl::StrCat("actual.grade \"", actual.grade(), "\"");
    case Actual::kFactor:
      return absl::StrCat("actual.factor \"", actual.factor(), "\"");
    case Actual::kElements:
      return "actual.elements";
    case Actual::kAchieved:
      return "actual.achieved";
    case Actual::VALUE_NOT_SET:
      break;
  }
  return "no actual";
}

absl::Status CannotRead(const Rule& rule, const Actual& actual, absl::string_view needs,
                        absl::string_view where, const TargetView& target) {
  // A number under a label rule usually means the target's value is missing.
  absl::string_view hint =
      actual.has_number() && !target.numeric() && (rule.has_grade() || rule.has_tier())
          ? " (the target has no value, so the qualitative rule applies)"
          : "";
  return Invalid(where, absl::StrCat("the ", RuleName(rule), " rule cannot read ",
                                     DescribeActual(actual), "; it needs ", needs, hint));
}

bool SameLabel(absl::string_view a, absl::string_view b) {
  return absl::StripAsciiWhitespace(a) == absl::StripAsciiWhitespace(b);
}

bool Names(absl::string_view label, const std::string& name,
           const std::vector<std::string>& synonyms) {
  if (SameLabel(label, name)) return true;
  for (const std::string& synonym : synonyms) {
    if (SameLabel(label, synonym)) return true;
  }
  return false;
}

// An optional non-negative rule parameter; empty means `fallback`. `name` ("indicator i03
// rule.deduction.below_per_point") is only built for an error.
absl::StatusOr<Rational> RuleParameter(const std::string& text, Rational fallback,
                                       absl::FunctionRef<std::string()> name) {
  if (text.empty()) return fallback;
  auto parsed = ParseDecimal(text);
  if (!parsed.ok()) return Invalid(name(), parsed.status().message());
  if (parsed->value.IsNegative()) return Invalid(name(), absl::StrCat(text, " is negative"));
  return parsed->value;
}

absl::Status NeedsNumericTarget(const Rule& rule, absl::string_view where) {
  return Invalid(where, absl::StrCat("the ", RuleName(rule),
                                     " rule needs a numeric target (comparator and value)"));
}

absl::StatusOr<Rational> Deduction(const v1::DeductionRule& rule, const TargetView& target,
                                   const Rational& v, absl::string_view where) {
  JX_ASSIGN_OR_RETURN(auto below, RuleParameter(rule.below_per_point(), 0, [&] {
                        return absl::StrCat(where, " rule.deduction.below_per_point");
                      }));
  JX_ASSIGN_OR_RETURN(auto above, RuleParameter(rule.above_per_point(), 0, [&] {
                        return absl::StrCat(where, " rule.deduction.above_per_point");
                      }));
  if (rule.absolute_points()) {
    return Max(0, Rational(100) - ShortfallPoints(target, v) * below);
  }
  Rational c = CompletionPercent(target, v);
  Rational shortfall = Max(0, Rational(100) - c);
  Rational over;
  bool upward = target.comparator == v1::Target::AT_LEAST || target.comparator == v1::Target::EQUAL;
  if (!rule.band_upper().empty() && upward) {
    JX_ASSIGN_OR_RETURN(auto band, RuleParameter(rule.band_upper(), 0, [&] {
                          return absl::StrCat(where, " rule.deduction.band_upper");
                        }));
    over = Max(0, c - band);
  }
  return Max(0, Rational(100) - shortfall * below - over * above);
}

// §4 grade: the level a label names; the target's own wording is the top level and "基本" + it
// the second ("健全" → 100, "基本健全" → 80).
absl::StatusOr<Rational> GradeFactor(const GradeScale& scale, const std::string& label,
                                     const TargetView& target, absl::string_view where) {
  if (scale.levels.empty()) return Invalid(where, "the grade rule has no levels");
  if (!target.text.empty()) {
    if (SameLabel(label, target.text)) return scale.levels.front().factor;
    absl::string_view rest = absl::StripAsciiWhitespace(label);
    if (scale.levels.size() > 1 && absl::ConsumePrefix(&rest, "基本") &&
        rest == absl::StripAsciiWhitespace(target.text)) {
      return scale.levels[1].factor;
    }
  }
  for (const GradeLevelView& level : scale.levels) {
    if (Names(label, level.label, level.synonyms)) return level.factor;
  }
  return Invalid(where, absl::StrCat("actual.grade \"", label,
                                     "\" is not a level of the grade rule, nor the target text \"",
                                     target.text, "\""));
}

// The tier a label names (the target's own wording is the first tier), or nullptr.
const TierView* FindTier(const TierScale& scale, const std::string& label,
                         const TargetView& target) {
  if (scale.tiers.empty()) return nullptr;
  if (!target.text.empty() && SameLabel(label, target.text)) return &scale.tiers.front();
  for (const TierView& tier : scale.tiers) {
    if (Names(label, tier.label, tier.synonyms)) return &tier;
  }
  return nullptr;
}

// The rule's own tiers, or the scheme's when it lists none (parsed into `own`).
absl::StatusOr<const TierScale*> TiersFor(const v1::TierRule& rule, const SchemeView& scheme,
                                          TierScale* own, absl::string_view where) {
  if (rule.tiers_size() == 0) return &scheme.tiers;
  JX_ASSIGN_OR_RETURN(*own, BuildTierScale(rule, absl::StrCat(where, " rule.tier")));
  return own;
}

bool InTier(const TierView& tier, const Rational& factor) {
  return factor >= tier.min && (factor < tier.max || (tier.max == 100 && factor == 100));
}

absl::StatusOr<Rational> ChecklistFactor(const v1::ChecklistRule& rule,
                                         const v1::Elements& elements, absl::string_view where) {
  int n = rule.elements_size();
  if (n == 0) return Invalid(where, "the checklist rule has no elements");
  std::vector<bool> satisfied(static_cast<size_t>(n), false);
  for (int number : elements.satisfied()) {
    if (number < 1 || number > n) {
      return Invalid(where, absl::StrCat("actual.elements: element ", number,
                                         " does not exist; the checklist has elements 1..", n));
    }
    if (satisfied[static_cast<size_t>(number - 1)]) {
      return Invalid(where, absl::StrCat("actual.elements: element ", number, " is listed twice"));
    }
    satisfied[static_cast<size_t>(number - 1)] = true;
  }
  Rational sum;
  bool all = true, vetoed = false;
  for (int i = 0; i < n; ++i) {
    const v1::Element& element = rule.elements(i);
    JX_ASSIGN_OR_RETURN(auto share, RuleParameter(element.share(), 0, [&] {
                          return absl::StrCat(where, " rule.checklist.elements[", i, "].share");
                        }));
    if (satisfied[static_cast<size_t>(i)]) {
      sum += share;
    } else {
      all = false;
      vetoed = vetoed || element.veto();
    }
  }
  if (vetoed) return Rational(0);
  if (all && rule.full_when_all()) return Rational(100);
  return Min(sum, 100);
}

const Rule& DefaultRule(bool numeric) {
  static const Rule* ratio = [] {
    auto* rule = new Rule;
    rule->mutable_ratio();
    return rule;
  }();
  static const Rule* grade = [] {
    auto* rule = new Rule;
    rule->mutable_grade();
    return rule;
  }();
  return numeric ? *ratio : *grade;
}

}  // namespace

const v1::Rule& SelectRule(const v1::Indicator& indicator, const v1::Category& category,
                           const TargetView& target) {
  if (indicator.rule().kind_case() != Rule::KIND_NOT_SET) return indicator.rule();
  const Rule& fallback =
      target.numeric() ? category.quantitative_rule() : category.qualitative_rule();
  if (fallback.kind_case() != Rule::KIND_NOT_SET) return fallback;
  return DefaultRule(target.numeric());
}

const char* RuleName(const v1::Rule& rule) {
  switch (rule.kind_case()) {
    case Rule::kRatio:
      return "ratio";
    case Rule::kDeduction:
      return "deduction";
    case Rule::kGrade:
      return "grade";
    case Rule::kTier:
      return "tier";
    case Rule::kChecklist:
      return "checklist";
    case Rule::kBinary:
      return "binary";
    case Rule::kManual:
      return "manual";
    case Rule::KIND_NOT_SET:
      break;
  }
  return "ratio";
}

absl::StatusOr<FactorOutcome> ScoreFactor(const v1::Rule& rule, const TargetView& target,
                                          const v1::Actual& actual, const SchemeView& scheme,
                                          absl::string_view where) {
  FactorOutcome out;
  // Outcomes every rule reads the same way.
  switch (actual.value_case()) {
    case Actual::VALUE_NOT_SET:
      out.missing_actual = true;  // "无法提供具体数值，且无说明，得0分"
      return out;
    case Actual::kAchieved:
      out.factor = actual.achieved() ? 100 : 0;
      return out;
    case Actual::kFactor: {
      JX_ASSIGN_OR_RETURN(auto factor, ParseField(actual.factor(), where, " actual.factor"));
      if (factor.value.IsNegative() || factor.value > 100) {
        return Invalid(where,
                       absl::StrCat("actual.factor ", actual.factor(), " is outside [0, 100]"));
      }
      out.factor = factor.value;
      if (rule.has_tier() && !actual.text().empty()) {
        TierScale own;
        JX_ASSIGN_OR_RETURN(auto scale, TiersFor(rule.tier(), scheme, &own, where));
        const TierView* tier = FindTier(*scale, actual.text(), target);
        if (tier != nullptr && !InTier(*tier, out.factor)) out.out_of_tier = tier->label;
      }
      return out;
    }
    default:
      break;
  }

  switch (rule.kind_case()) {
    case Rule::kRatio:
    case Rule::kDeduction:
    case Rule::kBinary: {
      if (rule.has_binary() && actual.has_grade()) {
        out.factor = SameLabel(actual.grade(), target.text) ? 100 : 0;
        return out;
      }
      if (!actual.has_number()) return CannotRead(rule, actual, "actual.number", where, target);
      if (!target.numeric()) return NeedsNumericTarget(rule, where);
      JX_ASSIGN_OR_RETURN(auto v, ParseField(actual.number(), where, " actual.number"));
      if (rule.has_deduction()) {
        JX_ASSIGN_OR_RETURN(auto factor, Deduction(rule.deduction(), target, v.value, where));
        out.factor = factor;
      } else {
        Rational c = CompletionPercent(target, v.value);
        out.factor = rule.has_binary() ? Rational(c >= 100 ? 100 : 0) : Min(c, 100);
      }
      return out;
    }
    case Rule::kGrade: {
      if (!actual.has_grade())
        return CannotRead(rule, actual, "actual.grade (a label)", where, target);
      GradeScale own;
      if (rule.grade().levels_size() > 0) {
        JX_ASSIGN_OR_RETURN(auto scale,
                            BuildGradeScale(rule.grade(), absl::StrCat(where, " rule.grade")));
        own = std::move(scale);
      }
      const GradeScale& scale = own.levels.empty() ? scheme.grade_scale : own;
      JX_ASSIGN_OR_RETURN(auto factor, GradeFactor(scale, actual.grade(), target, where));
      out.factor = factor;
      return out;
    }
    case Rule::kTier: {
      if (!actual.has_grade())
        return CannotRead(rule, actual, "actual.grade (a tier label)", where, target);
      TierScale own;
      JX_ASSIGN_OR_RETURN(auto scale, TiersFor(rule.tier(), scheme, &own, where));
      const TierView* tier = FindTier(*scale, actual.grade(), target);
      if (tier == nullptr) {
        return Invalid(where,
                       absl::StrCat("actual.grade \"", actual.grade(),
                                    "\" is not a tier of the tier rule, nor the target text \"",
                                    target.text, "\""));
      }
      out.factor = tier->max;
      return out;
    }
    case Rule::kChecklist: {
      if (!actual.has_elements()) return CannotRead(rule, actual, "actual.elements", where, target);
      JX_ASSIGN_OR_RETURN(auto factor, ChecklistFactor(rule.checklist(), actual.elements(), where));
      out.factor = factor;
      return out;
    }
    case Rule::kManual:
      return CannotRead(rule, actual, "actual.factor (the assessor's percent)", where, target);
    case Rule::KIND_NOT_SET:
      break;
  }
  return Invalid(where, "no rule");
}

}  // namespace jixiao
