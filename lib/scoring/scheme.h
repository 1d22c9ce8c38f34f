// A scheme checked and parsed once (SCORING.md §7): category lookup by name or alias, points,
// grade scale, tiers and bands as exact numbers. Built-in schemes are resolved once per process.
#ifndef JIXIAO_LIB_SCORING_SCHEME_H_
#define JIXIAO_LIB_SCORING_SCHEME_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/rule.pb.h"
#include "lib/base/decimal.h"
#include "lib/base/rational.h"

namespace jixiao {

struct GradeLevelView {
  std::string label;
  Rational factor;
  std::vector<std::string> synonyms;
};

// Levels sorted from the highest factor down (the "top" and "second" levels of §4).
struct GradeScale {
  std::vector<GradeLevelView> levels;
};

struct TierView {
  std::string label;
  Rational min, max;
  std::vector<std::string> synonyms;
};

struct TierScale {
  std::vector<TierView> tiers;  // in the order given; the first is the target's own wording
};

struct CategoryView {
  const v1::Category* proto;
  Rational points;
};

struct GradeBandView {
  std::string label;
  Rational min;
};

struct SchemeView {
  const v1::Scheme* proto = nullptr;
  int decimals = 2;
  Rounding rounding = Rounding::kHalfUp;
  bool spent_over_budget = false;
  std::vector<CategoryView> categories;                  // scheme order
  absl::flat_hash_map<std::string, int> category_index;  // name and aliases → categories[i]
  absl::flat_hash_map<std::string, v1::DerivedFrom> derived_names;
  GradeScale grade_scale;
  TierScale tiers;
  std::vector<GradeBandView> bands;  // highest min first
  Rational max_total;

  // The category that `level1` names, or -1.
  int FindCategory(absl::string_view level1) const;
  v1::DerivedFrom DerivedFor(const v1::Indicator& indicator) const;
  std::string Format(const Rational& x) const;  // round with the scheme, `decimals` places
  Rational RoundFigure(const Rational& x) const;
  // The first band whose min ≤ the rounded normalized total, or "".
  std::string GradeFor(const Rational& rounded_normalized_total) const;
};

// The scheme an evaluation names (`scheme`) or carries (`custom_scheme`). A returned pointer
// to a built-in lives forever; `owned` keeps a custom scheme's view alive. The form's
// category_points (by name or alias) override the scheme's points and so its max_total; a key
// that names no category, a malformed or negative figure, or two keys for one category are
// InvalidArgument errors naming the entry.
absl::StatusOr<const SchemeView*> ResolveScheme(const v1::Evaluation& evaluation,
                                                std::unique_ptr<SchemeView>* owned);

// As ResolveScheme, without the form's own category_points.
absl::StatusOr<const SchemeView*> ResolveSchemeOnly(const v1::Evaluation& evaluation,
                                                    std::unique_ptr<SchemeView>* owned);

// Checks and parses `scheme` (used for custom schemes and, once, for the built-ins).
absl::StatusOr<std::unique_ptr<SchemeView>> BuildSchemeView(const v1::Scheme& scheme);

// Parses a GradeRule / TierRule (an indicator's own levels, or a scheme's); `where` names it in
// errors.
absl::StatusOr<GradeScale> BuildGradeScale(const v1::GradeRule& rule, absl::string_view where);
absl::StatusOr<TierScale> BuildTierScale(const v1::TierRule& rule, absl::string_view where);

// A decimal field; errors read "<where><field>: \"x\" is not a decimal number: …". The name is
// passed in pieces and joined only for an error, so the hot path allocates nothing.
absl::StatusOr<Decimal> ParseField(absl::string_view text, absl::string_view where,
                                   absl::string_view field = "", absl::string_view more = "");

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_SCHEME_H_
