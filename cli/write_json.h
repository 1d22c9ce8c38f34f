// What `jixiao schemes`, `import` and `parse-target` end with: one message as indented JSON.
#ifndef JIXIAO_CLI_WRITE_JSON_H_
#define JIXIAO_CLI_WRITE_JSON_H_

#include "google/protobuf/message.h"

namespace jixiao::cli {

// Writes `message` to stdout as indented JSON; returns the exit status (1 if it cannot).
int WriteJson(const google::protobuf::Message& message);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_WRITE_JSON_H_
