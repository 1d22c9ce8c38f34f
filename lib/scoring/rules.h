// The rules of SCORING.md §4: from a target and an actual to the factor, the percent of the
// indicator's weight it earns.
#ifndef JIXIAO_LIB_SCORING_RULES_H_
#define JIXIAO_LIB_SCORING_RULES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/rule.pb.h"
#include "lib/base/rational.h"
#include "lib/scoring/completion.h"
#include "lib/scoring/scheme.h"

namespace jixiao {

struct FactorOutcome {
  Rational factor;              // in [0, 100]
  bool missing_actual = false;  // no actual at all: factor 0, finding MISSING_ACTUAL
  std::string out_of_tier;      // the tier `actual.text` names when the factor lies outside it
};

// The rule that applies: the indicator's own, else the category's default for the target kind
// (quantitative_rule for a numeric target, qualitative_rule otherwise; ratio and grade when the
// category names none).
const v1::Rule& SelectRule(const v1::Indicator& indicator, const v1::Category& category,
                           const TargetView& target);

// "ratio", "deduction", "grade", "tier", "checklist", "binary", "manual".
const char* RuleName(const v1::Rule& rule);

// The factor `actual` earns under `rule`. `where` names the indicator in errors
// ("indicator i03"); a rule that cannot read the actual it is given is an InvalidArgument error.
absl::StatusOr<FactorOutcome> ScoreFactor(const v1::Rule& rule, const TargetView& target,
                                          const v1::Actual& actual, const SchemeView& scheme,
                                          absl::string_view where);

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_RULES_H_
