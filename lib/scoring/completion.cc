#include "lib/scoring/completion.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lib/base/status_macros.h"
#include "lib/scoring/scheme.h"

namespace jixiao {

absl::StatusOr<TargetView> ParseTarget(const v1::Target& target, absl::string_view where) {
  TargetView view;
  view.text = target.text();
  v1::Target::Comparator comparator = target.comparator();
  if (comparator == v1::Target::COMPARATOR_UNSPECIFIED) {
    comparator = target.value().empty() ? v1::Target::QUALITATIVE : v1::Target::AT_LEAST;
  }
  view.comparator = comparator;
  if (comparator == v1::Target::QUALITATIVE) return view;
  if (target.value().empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        where, " target.value: missing; comparator ", v1::Target::Comparator_Name(comparator),
        " needs a number (or use QUALITATIVE with text)"));
  }
  JX_ASSIGN_OR_RETURN(auto value, ParseField(target.value(), where, " target.value"));
  if (value.value.IsNegative()) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, " target.value: ", target.value(), " is negative; targets are ≥ 0"));
  }
  view.value = value.value;
  if (comparator == v1::Target::BETWEEN) {
    if (target.upper().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, " target.upper: missing; a BETWEEN target needs value and upper"));
    }
    JX_ASSIGN_OR_RETURN(auto upper, ParseField(target.upper(), where, " target.upper"));
    if (upper.value < view.value) {
      return absl::InvalidArgumentError(absl::StrCat(where, " target: BETWEEN ", target.value(),
                                                     " and ", target.upper(),
                                                     " has value > upper"));
    }
    view.upper = upper.value;
  }
  return view;
}

Rational CompletionPercent(const TargetView& target, const Rational& v) {
  const Rational& t = target.value;
  switch (target.comparator) {
    case v1::Target::AT_MOST:
      return v <= t ? Rational(100) : Rational(100) * t / v;
    case v1::Target::BETWEEN:
      if (v > target.upper) return Rational(100) * target.upper / v;
      if (v >= t) return 100;
      break;  // below the range: as AT_LEAST
    default:
      break;
  }
  if (t.IsZero()) return v.IsNegative() ? Rational(0) : Rational(100);
  Rational c = Rational(100) * v / t;
  return c.IsNegative() ? Rational(0) : c;
}

Rational ShortfallPoints(const TargetView& target, const Rational& v) {
  Rational shortfall;
  switch (target.comparator) {
    case v1::Target::AT_MOST:
      shortfall = v - target.value;
      break;
    case v1::Target::BETWEEN:
      shortfall = v > target.upper ? v - target.upper : target.value - v;
      break;
    default:
      shortfall = target.value - v;
  }
  return Max(shortfall, 0);
}

}  // namespace jixiao
