// jixiao check-budget BUDGET.json [--format text|json]   (BUDGETS.md "Result")
#include <cstdio>
#include <string>

#include "cli/budget_report.h"
#include "cli/commands.h"
#include "cli/input_file.h"
#include "jixiao/check_budget.h"
#include "jixiao/io.h"

namespace jixiao::cli {
namespace {

constexpr char kUsage[] = "usage: jixiao check-budget BUDGET.json [--format text|json]\n";

// Exit status 2 for input the checker rejects, 1 for anything else (commands.h).
int Fail(const std::string& path, const absl::Status& status) {
  std::fprintf(stderr, "jixiao: %s: %s\n", path.c_str(), std::string(status.message()).c_str());
  return status.code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
}

}  // namespace

int RunCheckBudget(const Args& args) {
  std::string path, format = "text";
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
    } else if (args[i].rfind("--format=", 0) == 0) {
      format = args[i].substr(9);
    } else if (path.empty() && (args[i] == "-" || args[i].rfind("--", 0) != 0)) {
      path = args[i];
    } else {
      std::fprintf(stderr, "jixiao check-budget: unexpected argument \"%s\"\n%s", args[i].c_str(),
                   kUsage);
      return 2;
    }
  }
  if (path.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (format != "text" && format != "json") {
    std::fprintf(stderr, "jixiao check-budget: unknown format \"%s\" (text, json)\n",
                 format.c_str());
    return 2;
  }
  auto bytes = ReadInputFile(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "jixiao: %s\n", std::string(bytes.status().message()).c_str());
    return 1;
  }
  v1::DepartmentBudget budget;
  if (absl::Status status = ParseMessage(*bytes, FormatOfPath(path), &budget); !status.ok()) {
    return Fail(path, status);
  }
  auto result = CheckBudget(budget);
  if (!result.ok()) return Fail(path, result.status());
  std::string out;
  if (format == "json") {
    auto json = SerializeMessage(*result, Format::kJson, /*pretty=*/true);
    if (!json.ok()) return Fail(path, json.status());
    out = *json + "\n";
  } else {
    out = BudgetReport(budget, *result);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace jixiao::cli
