#include "cli/input_file.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace jixiao::cli {

absl::StatusOr<std::string> ReadInputFile(const std::string& path) {
  std::ostringstream content;
  if (path == "-") {
    content << std::cin.rdbuf();
    return content.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  content << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat("cannot read ", path));
  return content.str();
}

Format FormatOfPath(const std::string& path) {
  return absl::EndsWith(path, ".pb") || absl::EndsWith(path, ".bin") ? Format::kProto
                                                                     : Format::kJson;
}

}  // namespace jixiao::cli
