// jixiao import FORM.csv|FORM.xlsx|FORM.xls --scheme NAME [--sheet NAME] [--id ID] [--name NAME]
//               [--output FORM.json]
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/csv_form.h"
#include "cli/input_file.h"
#include "cli/output_file.h"
#include "cli/write_json.h"
#include "jixiao/io.h"

namespace jixiao::cli {

int RunImport(const Args& args) {
  constexpr char kUsage[] =
      "usage: jixiao import FORM.csv|FORM.xlsx|FORM.xls --scheme NAME [--sheet NAME] [--id ID]\n"
      "                     [--name NAME] [--output FORM.json]\n";
  std::string path, scheme, sheet, id, name, output;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--scheme" && i + 1 < args.size()) {
      scheme = args[++i];
    } else if (args[i] == "--sheet" && i + 1 < args.size()) {
      sheet = args[++i];
    } else if (args[i] == "--id" && i + 1 < args.size()) {
      id = args[++i];
    } else if (args[i] == "--output" && i + 1 < args.size()) {
      output = args[++i];
    } else if (args[i] == "--name" && i + 1 < args.size()) {
      name = args[++i];
    } else if (path.empty() && (args[i] == "-" || args[i].rfind("--", 0) != 0)) {
      path = args[i];
    } else {
      std::fprintf(stderr, "jixiao import: unexpected argument \"%s\"\n%s", args[i].c_str(),
                   kUsage);
      return 2;
    }
  }
  if (path.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (absl::Status refused = RefuseOutputOverInput(output, {path}); !refused.ok()) {
    std::fprintf(stderr, "jixiao import: %s\n", std::string(refused.message()).c_str());
    return 2;
  }
  auto bytes = ReadInputFile(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "jixiao: %s\n", std::string(bytes.status().message()).c_str());
    return 1;
  }
  auto evaluation = ImportTableForm(path, *bytes, scheme, sheet);
  if (!evaluation.ok()) {
    std::fprintf(stderr, "jixiao: %s: %s\n", path.c_str(),
                 std::string(evaluation.status().message()).c_str());
    return evaluation.status().code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
  }
  if (!id.empty()) evaluation->set_id(id);
  if (!name.empty()) evaluation->set_name(name);
  if (output.empty()) return WriteJson(*evaluation);
  auto json = SerializeMessage(*evaluation, Format::kJson, /*pretty=*/true);
  absl::Status written = json.ok() ? WriteOutputFile(output, {path}, *json) : json.status();
  if (!written.ok()) std::fprintf(stderr, "jixiao: %s\n", std::string(written.message()).c_str());
  return written.ok() ? 0 : 1;
}

}  // namespace jixiao::cli
