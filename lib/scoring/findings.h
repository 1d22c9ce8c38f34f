// AddFinding for an EvaluationResult; the codes are in jixiao/finding_codes.h (SCORING.md §3–§6).
#ifndef JIXIAO_LIB_SCORING_FINDINGS_H_
#define JIXIAO_LIB_SCORING_FINDINGS_H_

#include <string>
#include <utility>

#include "absl/strings/string_view.h"
#include "jixiao/finding_codes.h"
#include "jixiao/v1/result.pb.h"
#include "lib/base/finding.h"

namespace jixiao {

// Appends a finding to `result`.
inline void AddFinding(v1::EvaluationResult* result, v1::Finding::Severity severity,
                       absl::string_view code, absl::string_view indicator_id, std::string message,
                       absl::string_view reported, absl::string_view computed) {
  SetFinding(result->add_findings(), severity, code, indicator_id, std::move(message), reported,
             computed);
}

}  // namespace jixiao

#endif  // JIXIAO_LIB_SCORING_FINDINGS_H_
