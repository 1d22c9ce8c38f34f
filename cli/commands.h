// The subcommands of the `jixiao` command line. Each takes the arguments after its name, writes
// to stdout/stderr, and returns the exit status: 0 done, 2 invalid input, 1 anything else, and
// 3 (kExitFindings) when asked to fail on findings and there are some.
#ifndef JIXIAO_CLI_COMMANDS_H_
#define JIXIAO_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace jixiao::cli {

using Args = std::vector<std::string>;

// `jixiao evaluate --fail-on-findings` found something: for scripted pipelines.
inline constexpr int kExitFindings = 3;

int RunEvaluate(const Args& args);     // jixiao evaluate FORM.json|FORM.pb [--format ...] [...]
int RunSchemes(const Args& args);      // jixiao schemes
int RunBatch(const Args& args);        // jixiao batch FORMS.json|.jsonl|.pbd [options]
int RunCheckBudget(const Args& args);  // jixiao check-budget BUDGET.json [--format text|json]
int RunImport(const Args& args);       // jixiao import FORM.csv --scheme NAME
int RunParseTarget(const Args& args);  // jixiao parse-target TEXT
int RunTargets(const Args& args);      // jixiao targets FILE... [--budget B] [--profile P] [...]
int RunSkeleton(const Args& args);     // jixiao skeleton DECLARATION.json --scheme NAME

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_COMMANDS_H_
