// Targets and completion (SCORING.md §4): how far an actual number got toward its target.
#ifndef JIXIAO_LIB_SCORING_COMPLETION_H_
#define JIXIAO_LIB_SCORING_COMPLETION_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"
#include "lib/base/rational.h"

namespace jixiao {

// A Target with its numbers parsed and its comparator made explicit.
struct TargetView {
  v1::Target::Comparator comparator = v1::Target::QUALITATIVE;  // never UNSPECIFIED
  Rational value, upper;
  absl::string_view text;  // the wording a label is compared with (points into the Target)
  bool numeric() const { return comparator != v1::Target::QUALITATIVE; }
};

// Qualitative when the comparator is QUALITATIVE, or when there is no value; a value without a
// comparator is AT_LEAST. Negative targets, BETWEEN without an upper bound or with value > upper,
// and malformed numbers are errors naming `where` (the indicator, e.g. "indicator i03") and the
// field ("target.value").
absl::StatusOr<TargetView> ParseTarget(const v1::Target& target, absl::string_view where);

// Completion c in percent of `v` against a numeric target:
//   AT_LEAST, EQUAL: 100·v/t (t = 0: 100 when v ≥ 0); negative counts as 0.
//   AT_MOST: 100 when v ≤ t, else 100·t/v.   BETWEEN [t, u]: 100 inside, 100·v/t below, 100·u/v
//   above.
Rational CompletionPercent(const TargetView& target, const Rational& v);

// How far `v` lies on the wrong side of the target, in the value's own points (deduction rule
// with absolute_points): t − v for AT_LEAST and EQUAL, v − t for AT_MOST, the distance outside
// the range for BETWEEN; never negative.
Rational ShortfallPoints(const TargetView& target, const Rational& v);

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_COMPLETION_H_
