// jixiao schemes: the built-in schemes as JSON, to start a custom_scheme from.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"

namespace jixiao::cli {

int RunSchemes(const Args& args) {
  if (!args.empty()) {
    std::fputs("usage: jixiao schemes\n", stderr);
    return 2;
  }
  v1::SchemeList list;
  for (const v1::Scheme* scheme : BuiltinSchemes()) *list.add_schemes() = *scheme;
  auto json = SerializeMessage(list, Format::kJson, /*pretty=*/true);
  if (!json.ok()) {
    std::fprintf(stderr, "jixiao: %s\n", std::string(json.status().message()).c_str());
    return 1;
  }
  std::fwrite(json->data(), 1, json->size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace jixiao::cli
