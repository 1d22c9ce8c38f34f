// jixiao: scores and reviews budget performance self-evaluation forms (预算绩效评价).
#include <cstdio>
#include <cstring>
#include <exception>

#include "cli/commands.h"
#include "jixiao/version.h"

namespace {

constexpr char kUsage[] =
    "usage:\n"
    "  jixiao evaluate FORM.json|FORM.pb [--format FORMAT] [--fail-on-findings]\n"
    "                      score and review one form; FORMAT is text (the default), json\n"
    "                      (the EvaluationResult), markdown or csv (UTF-8 with BOM, for Excel)\n"
    "  jixiao evaluate FORM.csv|FORM.xlsx|FORM.xls --scheme NAME [--sheet NAME] [--format FORMAT]\n"
    "                      the same for a form kept in a spreadsheet (a workbook, or CSV in\n"
    "                      UTF-8 or GB18030)\n"
    "  jixiao evaluate FORM --format xlsx --output FILE.xlsx\n"
    "                      the scored form and its findings as an Excel workbook\n"
    "                      (--output FILE works with every format)\n"
    "  jixiao import FORM.csv|FORM.xlsx|FORM.xls --scheme NAME [--sheet NAME] [--id ID]\n"
    "                [--name NAME] [--output FORM.json]\n"
    "                      a form kept in a spreadsheet, as Evaluation JSON\n"
    "  jixiao parse-target TEXT\n"
    "                      how a target as written (\"≥300项\", \"15%及其以下\") reads, as JSON\n"
    "  jixiao schemes      the built-in schemes as JSON\n"
    "  jixiao batch FORMS.json|.jsonl|.pbd|- [--input-format json|jsonl|pbd] [--threads N]\n"
    "                      [--summary] [--output FILE] [--progress]\n"
    "                      score many forms, with the portfolio\n"
    "  jixiao check-budget BUDGET.json [--format text|json]\n"
    "                      check a department budget\n"
    "  jixiao targets FILE... [--budget BUDGET.json] [--profile NAME] [--format text|json|markdown]\n"
    "                      review performance target declarations (绩效目标表) and what their\n"
    "                      year-end forms changed\n"
    "  jixiao skeleton DECLARATION.json --scheme NAME\n"
    "                      the year-end form of a declaration, ready to fill, as JSON\n"
    "  jixiao help | --help | --version\n"
    "\n"
    "exit status: 0 evaluated (findings or not), 2 invalid input, 1 anything else,\n"
    "             3 with --fail-on-findings when there are findings\n";

struct Command {
  const char* name;
  int (*run)(const jixiao::cli::Args&);
};

constexpr Command kCommands[] = {
    {"evaluate", jixiao::cli::RunEvaluate},
    {"schemes", jixiao::cli::RunSchemes},
    {"batch", jixiao::cli::RunBatch},
    {"check-budget", jixiao::cli::RunCheckBudget},
    {"import", jixiao::cli::RunImport},
    {"parse-target", jixiao::cli::RunParseTarget},
    {"targets", jixiao::cli::RunTargets},
    {"skeleton", jixiao::cli::RunSkeleton},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("jixiao %s\n", JIXIAO_VERSION_STRING);
    return 0;
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
