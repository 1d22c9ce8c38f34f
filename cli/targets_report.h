// What `jixiao targets` prints for a reviewer (TARGETS.md §5): per declaration its coverage table,
// quantified share and findings; per link the declared against the evaluated targets with every
// change marked; then the findings across documents. Text (aligned for Chinese) or Markdown.
#ifndef JIXIAO_CLI_TARGETS_REPORT_H_
#define JIXIAO_CLI_TARGETS_REPORT_H_

#include <string>

#include "jixiao/v1/targets.pb.h"

namespace jixiao::cli {

// `set` is what was reviewed, `review` its TargetSetReview.
std::string TargetsReport(const v1::TargetSet& set, const v1::TargetSetReview& review,
                          bool markdown);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_TARGETS_REPORT_H_
