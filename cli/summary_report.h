// The portfolio summary of a batch as a table a finance bureau reads.
#ifndef JIXIAO_CLI_SUMMARY_REPORT_H_
#define JIXIAO_CLI_SUMMARY_REPORT_H_

#include <string>

#include "jixiao/v1/batch.pb.h"

namespace jixiao::cli {

std::string SummaryReport(const v1::PortfolioSummary& summary);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_SUMMARY_REPORT_H_
