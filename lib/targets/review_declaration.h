// The review of one declaration under a target profile (TARGETS.md §2): counts, coverage of the
// printed groups, and the findings of the §2 table.
#ifndef JIXIAO_LIB_TARGETS_REVIEW_DECLARATION_H_
#define JIXIAO_LIB_TARGETS_REVIEW_DECLARATION_H_

#include "absl/status/statusor.h"
#include "jixiao/v1/targets.pb.h"
#include "lib/targets/declaration.h"

namespace jixiao {

absl::StatusOr<v1::TargetReview> ReviewDeclaration(const DeclarationView& declaration,
                                                   const v1::TargetProfile& profile);

}  // namespace jixiao

#endif  // JIXIAO_LIB_TARGETS_REVIEW_DECLARATION_H_
