// The scored table (附表1) and the review as GitHub-flavored Markdown, for issues and wikis.
#ifndef JIXIAO_CLI_MARKDOWN_REPORT_H_
#define JIXIAO_CLI_MARKDOWN_REPORT_H_

#include <string>

#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao::cli {

// The content of TextReport as Markdown: title, the table, total and grade, the achieved and
// unachieved lists, the budget rates and the findings. `result` must come from
// Evaluate(`evaluation`).
std::string MarkdownReport(const v1::Evaluation& evaluation, const v1::EvaluationResult& result);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_MARKDOWN_REPORT_H_
