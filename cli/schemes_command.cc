// jixiao schemes: the built-in schemes as JSON, to start a custom_scheme from.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/write_json.h"
#include "jixiao/evaluate.h"

namespace jixiao::cli {

int RunSchemes(const Args& args) {
  if (!args.empty()) {
    std::fputs("usage: jixiao schemes\n", stderr);
    return 2;
  }
  v1::SchemeList list;
  for (const v1::Scheme* scheme : BuiltinSchemes()) *list.add_schemes() = *scheme;
  return WriteJson(list);
}

}  // namespace jixiao::cli
