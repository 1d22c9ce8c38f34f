// jixiao: scores and reviews budget performance self-evaluation forms (预算绩效评价).
#include <cstdio>
#include <cstring>
#include <exception>

#include "cli/commands.h"

namespace {

constexpr char kUsage[] =
    "usage:\n"
    "  jixiao evaluate FORM.json|FORM.pb [--format text|json]   score and review one form\n"
    "  jixiao evaluate FORM.csv --scheme NAME [--format ...]     … a form exported as CSV\n"
    "  jixiao evaluate FORM --format xlsx --output FILE.xlsx      … as an Excel workbook\n"
    "  jixiao import FORM.csv --scheme NAME                     a CSV form as Evaluation JSON\n"
    "  jixiao parse-target TEXT                                 a target (\"≥300项\") as JSON\n"
    "  jixiao schemes                                          the built-in schemes as JSON\n"
    "  jixiao check-budget BUDGET.json [--format text|json]    check a department budget\n";

struct Command {
  const char* name;
  int (*run)(const jixiao::cli::Args&);
};

constexpr Command kCommands[] = {
    {"evaluate", jixiao::cli::RunEvaluate},
    {"schemes", jixiao::cli::RunSchemes},
    {"check-budget", jixiao::cli::RunCheckBudget},
    {"import", jixiao::cli::RunImport},
    {"parse-target", jixiao::cli::RunParseTarget},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  for (const Command& command : kCommands) {
    if (std::strcmp(argv[1], command.name) != 0) continue;
    try {
      return command.run(jixiao::cli::Args(argv + 2, argv + argc));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "jixiao: internal error: %s\n", e.what());
      return 1;
    }
  }
  std::fprintf(stderr, "jixiao: unknown command \"%s\"\n%s", argv[1], kUsage);
  return 2;
}
