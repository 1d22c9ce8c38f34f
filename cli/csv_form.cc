#include "cli/csv_form.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "jixiao/import_csv.h"

namespace jixiao::cli {

bool IsCsvPath(const std::string& path) { return absl::EndsWithIgnoreCase(path, ".csv"); }

absl::StatusOr<v1::Evaluation> ImportCsvForm(const std::string& path, absl::string_view bytes,
                                             const std::string& scheme) {
  if (scheme.empty()) {
    return absl::InvalidArgumentError(
        "a CSV form does not name its scheme: pass --scheme NAME (see jixiao schemes)");
  }
  ImportCsvOptions options;
  if (path != "-") {
    absl::string_view name = path;
    if (size_t slash = name.rfind('/'); slash != absl::string_view::npos) {
      name.remove_prefix(slash + 1);
    }
    options.id = std::string(name.substr(0, name.find('.')));  // "zz-2021-geodata.gb18030.csv"
  }
  return ImportCsv(bytes, scheme, options);
}

}  // namespace jixiao::cli
