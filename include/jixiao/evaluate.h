// The C++ API of jixiao: score and review one self-evaluation form (SCORING.md).
//
// Evaluate is pure: no I/O, no mutable globals. Multiple threads may call every function here
// concurrently without synchronization.
#ifndef JIXIAO_EVALUATE_H_
#define JIXIAO_EVALUATE_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"
#include "jixiao/v1/rule.pb.h"

namespace jixiao {

// Recomputes every weight, score, subtotal, total, grade and budget rate of `evaluation` under its
// scheme and reports every disagreement with the form's own figures as a finding.
// Errors: InvalidArgument naming the indicator id and field (SCORING.md §6).
absl::StatusOr<v1::EvaluationResult> Evaluate(const v1::Evaluation& evaluation);

// The same, writing into *result (cleared first; left empty on error). *result may live on a
// protobuf Arena, which is how the byte-level paths avoid per-field allocations.
absl::Status EvaluateInto(const v1::Evaluation& evaluation, v1::EvaluationResult* result);

// The built-in schemes of SCORING.md §7, in a fixed order. Immutable, compiled in.
const std::vector<const v1::Scheme*>& BuiltinSchemes();

// The built-in scheme called `name`, or nullptr.
const v1::Scheme* FindBuiltinScheme(absl::string_view name);

}  // namespace jixiao

#endif  // JIXIAO_EVALUATE_H_
