// The one check of lib/limits.h: every string, list, nesting and enum of a message, before any
// work is done on it.
#ifndef JIXIAO_LIB_CHECK_LIMITS_H_
#define JIXIAO_LIB_CHECK_LIMITS_H_

#include "absl/status/status.h"
#include "google/protobuf/message.h"

namespace jixiao {

// InvalidArgument naming the field ("indicator i03 name: 5000 bytes; the limit is 4096") when a
// string is longer than its limit or not UTF-8, a repeated field or map has more entries than its
// limit, a message type nests inside itself deeper than kMaxBudgetDepth, or an enum field holds a
// number its enum does not define. Iterates over `message` by reflection, so fields added later
// are checked too; never recurses deeper than the nesting limit.
absl::Status CheckLimits(const google::protobuf::Message& message);

}  // namespace jixiao

#endif  // JIXIAO_LIB_CHECK_LIMITS_H_
