// The portfolio summary of a batch as a table a finance bureau reads.
#ifndef JIXIAO_CLI_SUMMARY_REPORT_H_
#define JIXIAO_CLI_SUMMARY_REPORT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "jixiao/v1/batch.pb.h"

namespace jixiao::cli {

// The rejected items of a run: the first kListed, and how many.
struct RejectedItems {
  static constexpr size_t kListed = 20;
  int64_t count = 0;
  std::vector<std::string> first;  // "line 7: (id) message", one line each
};

// The portfolio, with the rejected items listed below its first line.
std::string SummaryReport(const v1::PortfolioSummary& summary, const RejectedItems& rejected = {});

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_SUMMARY_REPORT_H_
