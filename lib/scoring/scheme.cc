#include "lib/scoring/scheme.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "jixiao/evaluate.h"
#include "lib/base/status_macros.h"

namespace jixiao {
namespace {

absl::Status Invalid(absl::string_view where, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(where, ": ", what));
}

Rounding RoundingOf(v1::Scheme::Rounding r) {
  switch (r) {
    case v1::Scheme::HALF_EVEN:
      return Rounding::kHalfEven;
    case v1::Scheme::TRUNCATE:
      return Rounding::kTruncate;
    default:
      return Rounding::kHalfUp;
  }
}

}  // namespace

absl::StatusOr<Decimal> ParseField(absl::string_view text, absl::string_view where,
                                   absl::string_view field, absl::string_view more) {
  auto parsed = ParseDecimal(text);
  if (!parsed.ok()) return Invalid(absl::StrCat(where, field, more), parsed.status().message());
  return parsed;
}

absl::StatusOr<GradeScale> BuildGradeScale(const v1::GradeRule& rule, absl::string_view where) {
  GradeScale scale;
  for (int i = 0; i < rule.levels_size(); ++i) {
    const v1::GradeLevel& level = rule.levels(i);
    std::string at = absl::StrCat(where, ".levels[", i, "]");
    JX_ASSIGN_OR_RETURN(auto factor, ParseField(level.factor(), absl::StrCat(at, ".factor")));
    if (factor.value < 0 || factor.value > 100) {
      return Invalid(at, absl::StrCat("factor ", level.factor(), " is outside [0, 100]"));
    }
    scale.levels.push_back(GradeLevelView{
        level.label(), factor.value, {level.synonyms().begin(), level.synonyms().end()}});
  }
  std::stable_sort(
      scale.levels.begin(), scale.levels.end(),
      [](const GradeLevelView& a, const GradeLevelView& b) { return a.factor > b.factor; });
  return scale;
}

absl::StatusOr<TierScale> BuildTierScale(const v1::TierRule& rule, absl::string_view where) {
  TierScale scale;
  for (int i = 0; i < rule.tiers_size(); ++i) {
    const v1::Tier& tier = rule.tiers(i);
    std::string at = absl::StrCat(where, ".tiers[", i, "]");
    JX_ASSIGN_OR_RETURN(auto min, ParseField(tier.min(), absl::StrCat(at, ".min")));
    JX_ASSIGN_OR_RETURN(auto max, ParseField(tier.max(), absl::StrCat(at, ".max")));
    if (min.value < 0 || max.value > 100 || min.value > max.value) {
      return Invalid(
          at, absl::StrCat("[", tier.min(), ", ", tier.max(), ") is not a range inside [0, 100]"));
    }
    scale.tiers.push_back(TierView{
        tier.label(), min.value, max.value, {tier.synonyms().begin(), tier.synonyms().end()}});
  }
  return scale;
}

absl::StatusOr<std::unique_ptr<SchemeView>> BuildSchemeView(const v1::Scheme& scheme) {
  auto view = std::make_unique<SchemeView>();
  view->proto = &scheme;
  const std::string where =
      scheme.name().empty() ? std::string("custom_scheme") : absl::StrCat("scheme ", scheme.name());
  if (scheme.has_decimals()) {
    if (scheme.decimals() < 0 || scheme.decimals() > kMaxDecimals) {
      return Invalid(where,
                     absl::StrCat("decimals ", scheme.decimals(), " is outside 0..", kMaxDecimals));
    }
    view->decimals = scheme.decimals();
  }
  view->rounding = RoundingOf(scheme.rounding());
  view->spent_over_budget = scheme.execution_rate_basis() == v1::Scheme::SPENT_OVER_BUDGET;
  view->derived_names.insert(scheme.derived_names().begin(), scheme.derived_names().end());
  if (scheme.categories_size() == 0) return Invalid(where, "has no categories");
  for (int i = 0; i < scheme.categories_size(); ++i) {
    const v1::Category& category = scheme.categories(i);
    std::string at = absl::StrCat(where, " categories[", i, "]");
    if (category.name().empty()) return Invalid(at, "name is empty");
    JX_ASSIGN_OR_RETURN(
        auto points,
        ParseField(category.points(), absl::StrCat(at, " (", category.name(), ").points")));
    if (points.value < 0)
      return Invalid(at, absl::StrCat("points ", category.points(), " is negative"));
    view->categories.push_back(CategoryView{&category, points.value});
    view->max_total += points.value;
    auto add_key = [&](const std::string& key) {
      return view->category_index.emplace(key, i).second
                 ? absl::OkStatus()
                 : Invalid(at, absl::StrCat("\"", key, "\" names two categories"));
    };
    JX_RETURN_IF_ERROR(add_key(category.name()));
    for (const std::string& alias : category.aliases()) {
      JX_RETURN_IF_ERROR(add_key(alias));
    }
  }
  if (view->max_total <= 0) return Invalid(where, "the categories' points sum to 0");
  JX_ASSIGN_OR_RETURN(auto grade_scale,
                      BuildGradeScale(scheme.grade_scale(), absl::StrCat(where, " grade_scale")));
  view->grade_scale = std::move(grade_scale);
  JX_ASSIGN_OR_RETURN(auto tiers, BuildTierScale(scheme.tiers(), absl::StrCat(where, " tiers")));
  view->tiers = std::move(tiers);
  // An empty scale or tier list in a custom scheme means the §7 defaults.
  const v1::Scheme* defaults = BuiltinSchemes().front();
  if (view->grade_scale.levels.empty() && defaults != &scheme) {
    view->grade_scale = *BuildGradeScale(defaults->grade_scale(), "grade_scale");
  }
  if (view->tiers.tiers.empty() && defaults != &scheme) {
    view->tiers = *BuildTierScale(defaults->tiers(), "tiers");
  }
  for (int i = 0; i < scheme.grade_bands_size(); ++i) {
    const v1::GradeBand& band = scheme.grade_bands(i);
    JX_ASSIGN_OR_RETURN(auto min,
                        ParseField(band.min(), absl::StrCat(where, " grade_bands[", i, "].min")));
    view->bands.push_back(GradeBandView{band.label(), min.value});
  }
  std::stable_sort(view->bands.begin(), view->bands.end(),
                   [](const GradeBandView& a, const GradeBandView& b) { return a.min > b.min; });
  return view;
}

namespace {

// `base` with the points a form states for its categories (Evaluation.category_points), which
// override the scheme's for this form; max_total follows them.
absl::StatusOr<const SchemeView*> WithFormPoints(const v1::Evaluation& evaluation,
                                                 const SchemeView* base,
                                                 std::unique_ptr<SchemeView>* owned) {
  if (evaluation.category_points().empty()) return base;
  auto view = std::make_unique<SchemeView>(*base);
  std::vector<std::pair<std::string, std::string>> entries(evaluation.category_points().begin(),
                                                           evaluation.category_points().end());
  std::sort(entries.begin(), entries.end());  // a map has no order; the first error must be fixed
  std::vector<bool> set(view->categories.size(), false);
  for (const auto& [key, value] : entries) {
    const std::string field = absl::StrCat("category_points[\"", key, "\"]");
    const int c = view->FindCategory(key);
    if (c < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ": not a category of scheme ", view->proto->name()));
    }
    JX_ASSIGN_OR_RETURN(auto points, ParseField(value, field));
    if (points.value.IsNegative()) {
      return absl::InvalidArgumentError(absl::StrCat(field, ": ", value, " is negative"));
    }
    if (set[static_cast<size_t>(c)]) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ": a second entry for category ",
                       view->categories[static_cast<size_t>(c)].proto->name()));
    }
    set[static_cast<size_t>(c)] = true;
    view->categories[static_cast<size_t>(c)].points = points.value;
  }
  view->max_total = 0;
  for (const CategoryView& category : view->categories) view->max_total += category.points;
  if (view->max_total <= 0) {
    return absl::InvalidArgumentError("category_points: the categories' points sum to 0");
  }
  *owned = std::move(view);
  return owned->get();
}

}  // namespace

absl::StatusOr<const SchemeView*> ResolveScheme(const v1::Evaluation& evaluation,
                                                std::unique_ptr<SchemeView>* owned) {
  JX_ASSIGN_OR_RETURN(const SchemeView* base, ResolveSchemeOnly(evaluation, owned));
  if (evaluation.category_points().empty()) return base;
  std::unique_ptr<SchemeView> custom = std::move(*owned);  // keeps `base` alive while copied
  return WithFormPoints(evaluation, base, owned);
}

absl::StatusOr<const SchemeView*> ResolveSchemeOnly(const v1::Evaluation& evaluation,
                                                    std::unique_ptr<SchemeView>* owned) {
  if (evaluation.has_custom_scheme()) {
    JX_ASSIGN_OR_RETURN(auto view, BuildSchemeView(evaluation.custom_scheme()));
    *owned = std::move(view);
    return owned->get();
  }
  // Built-in views are built once; the schemes are valid by construction (tested).
  static const auto* builtin = [] {
    auto* views = new absl::flat_hash_map<std::string, std::unique_ptr<SchemeView>>;
    for (const v1::Scheme* scheme : BuiltinSchemes()) {
      auto view = BuildSchemeView(*scheme);
      if (view.ok()) (*views)[scheme->name()] = std::move(*view);
    }
    return views;
  }();
  auto names = [] {
    std::vector<std::string> list;
    for (const v1::Scheme* scheme : BuiltinSchemes()) list.push_back(scheme->name());
    return absl::StrJoin(list, ", ");
  };
  if (evaluation.scheme().empty()) {
    return absl::InvalidArgumentError(absl::StrCat("scheme: no scheme; set \"scheme\" to one of ",
                                                   names(), " or pass a custom_scheme"));
  }
  auto it = builtin->find(evaluation.scheme());
  if (it == builtin->end()) {
    return absl::InvalidArgumentError(absl::StrCat("scheme: unknown scheme \"", evaluation.scheme(),
                                                   "\"; the built-in schemes are ", names()));
  }
  return it->second.get();
}

int SchemeView::FindCategory(absl::string_view level1) const {
  auto it = category_index.find(level1);
  return it == category_index.end() ? -1 : it->second;
}

v1::DerivedFrom SchemeView::DerivedFor(const v1::Indicator& indicator) const {
  if (indicator.derived_from() != v1::DERIVED_NONE) return indicator.derived_from();
  auto it = derived_names.find(indicator.name());
  return it == derived_names.end() ? v1::DERIVED_NONE : it->second;
}

Rational SchemeView::RoundFigure(const Rational& x) const { return Round(x, decimals, rounding); }

std::string SchemeView::Format(const Rational& x) const {
  return FormatDecimal(RoundFigure(x), decimals);
}

std::string SchemeView::GradeFor(const Rational& rounded_normalized_total) const {
  for (const GradeBandView& band : bands) {
    if (band.min <= rounded_normalized_total) return band.label;
  }
  return "";
}

}  // namespace jixiao
