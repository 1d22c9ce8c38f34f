// One way to fill a finding (SCORING.md §6 finding shape): evaluations, department budgets and
// every later review share it, so a finding reads the same whoever made it.
#ifndef JIXIAO_LIB_BASE_FINDING_H_
#define JIXIAO_LIB_BASE_FINDING_H_

#include <string>
#include <utility>

#include "absl/strings/string_view.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao {

inline void SetFinding(v1::Finding* f, v1::Finding::Severity severity, absl::string_view code,
                       absl::string_view indicator_id, std::string message,
                       absl::string_view reported, absl::string_view computed) {
  f->set_severity(severity);
  f->set_code(std::string(code));
  f->set_indicator_id(std::string(indicator_id));
  f->set_message(std::move(message));
  f->set_reported(std::string(reported));
  f->set_computed(std::string(computed));
}

}  // namespace jixiao

#endif  // JIXIAO_LIB_BASE_FINDING_H_
