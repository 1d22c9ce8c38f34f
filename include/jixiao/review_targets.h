// The C++ API for performance target declarations (绩效目标表): TARGETS.md.
//
// Pure: no I/O, no mutable globals; every function may be called from many threads at once.
#ifndef JIXIAO_REVIEW_TARGETS_H_
#define JIXIAO_REVIEW_TARGETS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/targets.pb.h"

namespace jixiao {

// Reviews every declaration of the set under its profile (§2), links each project declaration to
// its year-end Evaluation and names every target changed, dropped or added (§3), and checks the
// declarations against each other and against `budget` (§3).
// Errors: InvalidArgument naming the field (a malformed or negative amount, an unknown money
// unit or profile, an indicator with no target, a malformed target, a requirement with nothing
// to match).
absl::StatusOr<v1::TargetSetReview> ReviewTargets(const v1::TargetSet& set);

// §4: the year-end form of `declaration` under the built-in `scheme`, ready to fill: identity
// copied, budget.total.initial = amounts.current_year in 元, every declared indicator with its id,
// level1, level2, name and target (no weight, no actual); 预算执行率 (=100%) added, derived from
// the execution rate, when the scheme has such a category and the declaration nothing in it.
// Errors: InvalidArgument for an unknown scheme or a level1 the scheme does not know (named).
absl::StatusOr<v1::Evaluation> Skeleton(const v1::TargetDeclaration& declaration,
                                        absl::string_view scheme);

// The id a declared indicator goes by: its own, else t01, t02 … by position (§1).
std::string DeclaredIndicatorId(const v1::TargetDeclaration& declaration, int index);

// How a link pairs the indicators (§3): matched by name with spaces removed, indicators sharing a
// name in input order. `declared` or `evaluated` is -1 for a dropped or an added one. Declared
// indicators in their order (dropped ones included), then the added ones.
struct TargetPair {
  int declared = -1;
  int evaluated = -1;
};
std::vector<TargetPair> PairTargets(const v1::TargetDeclaration& declaration,
                                    const v1::Evaluation& evaluation);

// A target as a form prints it: its own `text` when it has one, else "≥95%", "≤90天", "[1, 3]个".
std::string TargetText(const v1::Target& target);

}  // namespace jixiao

#endif  // JIXIAO_REVIEW_TARGETS_H_
