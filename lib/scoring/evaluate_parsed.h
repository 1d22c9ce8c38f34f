// EvaluateInto for a form that came out of ParseMessage: protobuf's parser and the JSON codec
// already rejected invalid UTF-8, so the byte paths skip that one check (a sixth of their time).
#ifndef JIXIAO_LIB_SCORING_EVALUATE_PARSED_H_
#define JIXIAO_LIB_SCORING_EVALUATE_PARSED_H_

#include "absl/status/status.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao {

absl::Status EvaluateParsedInto(const v1::Evaluation& evaluation, v1::EvaluationResult* result,
                                bool utf8_checked = true);

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_EVALUATE_PARSED_H_
