// Reading the file a command was given, and telling JSON from binary protobuf by its name.
#ifndef JIXIAO_CLI_INPUT_FILE_H_
#define JIXIAO_CLI_INPUT_FILE_H_

#include <string>

#include "absl/status/statusor.h"
#include "jixiao/io.h"

namespace jixiao::cli {

// The whole file ("-" reads standard input). Errors name the path.
absl::StatusOr<std::string> ReadInputFile(const std::string& path);

// .pb and .bin are binary protobuf; everything else is JSON.
Format FormatOfPath(const std::string& path);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_INPUT_FILE_H_
