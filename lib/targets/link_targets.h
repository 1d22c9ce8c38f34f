// A declaration against its year-end Evaluation (TARGETS.md §3 "Declared against evaluated"):
// each declared target changed, dropped or added, and the amount.
#ifndef JIXIAO_LIB_TARGETS_LINK_TARGETS_H_
#define JIXIAO_LIB_TARGETS_LINK_TARGETS_H_

#include <string>

#include "absl/status/statusor.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/targets.pb.h"
#include "lib/targets/declaration.h"

namespace jixiao {

// `where` names the evaluation in errors ("evaluations[1] (zz-2021-geodata)").
absl::StatusOr<v1::TargetLink> LinkDeclaration(const DeclarationView& declaration,
                                               const v1::Evaluation& evaluation,
                                               const std::string& where);

}  // namespace jixiao

#endif  // JIXIAO_LIB_TARGETS_LINK_TARGETS_H_
