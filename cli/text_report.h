// The scored self-evaluation table (附表1) as a person reads it in a terminal.
#ifndef JIXIAO_CLI_TEXT_REPORT_H_
#define JIXIAO_CLI_TEXT_REPORT_H_

#include <string>

#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao::cli {

// `result` must come from Evaluate(`evaluation`): indicators are matched by position.
std::string TextReport(const v1::Evaluation& evaluation, const v1::EvaluationResult& result);

// How a target and an actual read on the form: "≥300项", "=100%", "合理"; "99.48%", "基本健全",
// "要素 2/3" (checklist elements satisfied, of the indicator's own checklist).
std::string DescribeTarget(const v1::Target& target);
std::string DescribeActual(const v1::Actual& actual, const v1::Target& target,
                           const v1::Rule& rule);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_TEXT_REPORT_H_
