// jixiao parse-target TEXT: how a target as written ("≥300项", "15%及其以下") reads as a Target.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/write_json.h"
#include "jixiao/parse_target.h"

namespace jixiao::cli {

int RunParseTarget(const Args& args) {
  if (args.size() != 1) {
    std::fputs("usage: jixiao parse-target TEXT     e.g. jixiao parse-target '≥300项'\n", stderr);
    return 2;
  }
  auto target = ParseTarget(args[0]);
  if (!target.ok()) {
    std::fprintf(stderr, "jixiao: %s\n", std::string(target.status().message()).c_str());
    return 2;
  }
  return WriteJson(*target);
}

}  // namespace jixiao::cli
