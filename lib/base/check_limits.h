// The one check of lib/base/limits.h: every string, list, nesting and enum of a form or a department
// budget, before any work is done on it.
#ifndef JIXIAO_LIB_BASE_CHECK_LIMITS_H_
#define JIXIAO_LIB_BASE_CHECK_LIMITS_H_

#include "absl/status/status.h"
#include "jixiao/v1/budget.pb.h"
#include "jixiao/v1/evaluation.pb.h"

namespace jixiao {

// InvalidArgument naming the field ("indicator i03 name: 5000 bytes; the limit is 4096") when a
// string is longer than its limit (ids kMaxIdBytes; text, note, evidence kMaxTextBytes; any other
// kMaxNameBytes) or not UTF-8, a repeated field or map has more entries than its limit, budget
// lines nest deeper than kMaxBudgetDepth (checked without recursing further), or an enum field
// holds a number its enum does not define. Written field by field with the generated accessors
// (reflection cost more than the evaluation); tests/check_limits_test.cc walks the descriptors so
// that a field added to the .proto without a check here fails.
//
// `utf8_checked`: the strings came from protobuf's parser or the JSON codec, which both reject
// invalid UTF-8, so only sizes, counts, depth and enums are left to check (the byte paths).
absl::Status CheckLimits(const v1::Evaluation& evaluation, bool utf8_checked = false);
absl::Status CheckLimits(const v1::DepartmentBudget& budget);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BASE_CHECK_LIMITS_H_
