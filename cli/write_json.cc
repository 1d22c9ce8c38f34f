#include "cli/write_json.h"

#include <cstdio>
#include <string>

#include "jixiao/io.h"

namespace jixiao::cli {

int WriteJson(const google::protobuf::Message& message) {
  auto json = SerializeMessage(message, Format::kJson, /*pretty=*/true);
  if (!json.ok()) {
    std::fprintf(stderr, "jixiao: %s\n", std::string(json.status().message()).c_str());
    return 1;
  }
  std::fwrite(json->data(), 1, json->size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace jixiao::cli
