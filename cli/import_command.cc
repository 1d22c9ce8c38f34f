// jixiao import FORM.csv|FORM.xlsx|FORM.xls --scheme NAME [--sheet NAME] [--id ID] [--name NAME]
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/csv_form.h"
#include "cli/input_file.h"
#include "cli/write_json.h"

namespace jixiao::cli {

int RunImport(const Args& args) {
  constexpr char kUsage[] =
      "usage: jixiao import FORM.csv|FORM.xlsx|FORM.xls --scheme NAME [--sheet NAME] [--id ID]\n"
      "                     [--name NAME]\n";
  std::string path, scheme, sheet, id, name;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--scheme" && i + 1 < args.size()) {
      scheme = args[++i];
    } else if (args[i] == "--sheet" && i + 1 < args.size()) {
      sheet = args[++i];
    } else if (args[i] == "--id" && i + 1 < args.size()) {
      id = args[++i];
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
  return WriteJson(*evaluation);
}

}  // namespace jixiao::cli
