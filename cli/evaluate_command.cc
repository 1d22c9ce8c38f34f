// jixiao evaluate FORM.json|FORM.pb|FORM.csv|FORM.xlsx|FORM.xls [--scheme NAME] [--sheet NAME]
//                 [--format text|json|markdown|csv|xlsx] [--output FILE] [--fail-on-findings]
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "cli/commands.h"
#include "cli/csv_form.h"
#include "cli/csv_report.h"
#include "cli/input_file.h"
#include "cli/markdown_report.h"
#include "cli/output_file.h"
#include "cli/text_report.h"
#include "cli/xlsx_report.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"

namespace jixiao::cli {

namespace {

constexpr char kUsage[] =
    "usage: jixiao evaluate FORM.json|FORM.pb|FORM.csv|FORM.xlsx|FORM.xls [--scheme NAME]\n"
    "                       [--sheet NAME]\n"
    "                       [--format text|json|markdown|csv|xlsx] [--output FILE]\n"
    "                       [--fail-on-findings]\n";

}  // namespace

int RunEvaluate(const Args& args) {
  std::string path, format = "text";
  // --scheme and --sheet: a table form's scheme and sheet; --output: instead of stdout
  std::string scheme, sheet, output;
  bool fail_on_findings = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--scheme" && i + 1 < args.size()) {
      scheme = args[++i];
    } else if (args[i] == "--sheet" && i + 1 < args.size()) {
      sheet = args[++i];
    } else if (args[i] == "--output" && i + 1 < args.size()) {
      output = args[++i];
    } else if (args[i] == "--fail-on-findings") {
      fail_on_findings = true;
    } else if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
    } else if (args[i].rfind("--format=", 0) == 0) {
      format = args[i].substr(9);
    } else if (path.empty() && (args[i] == "-" || args[i].rfind("--", 0) != 0)) {
      path = args[i];
    } else {
      std::fprintf(stderr, "jixiao evaluate: unexpected argument \"%s\"\n", args[i].c_str());
      return 2;
    }
  }
  if (path.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (format != "text" && format != "json" && format != "markdown" && format != "csv" &&
      format != "xlsx") {
    std::fprintf(stderr,
                 "jixiao evaluate: unknown format \"%s\" (text, json, markdown, csv, xlsx)\n",
                 format.c_str());
    return 2;
  }
  if (format == "xlsx" && output.empty()) {
    std::fputs("jixiao evaluate: --format xlsx needs --output FILE.xlsx\n", stderr);
    return 2;
  }
  // Refused before anything is opened: writing the output would destroy the form.
  if (absl::Status refused = RefuseOutputOverInput(output, {path}); !refused.ok()) {
    std::fprintf(stderr, "jixiao evaluate: %s\n", std::string(refused.message()).c_str());
    return 2;
  }
  auto bytes = ReadInputFile(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "jixiao: %s\n", std::string(bytes.status().message()).c_str());
    return 1;
  }
  v1::Evaluation evaluation;
  absl::Status status;
  if (IsTableForm(path, *bytes) || (path == "-" && !scheme.empty())) {
    auto imported = ImportTableForm(path, *bytes, scheme, sheet);
    status = imported.status();
    if (imported.ok()) evaluation = *std::move(imported);
  } else if (!scheme.empty()) {
    status = absl::InvalidArgumentError(
        "--scheme is for CSV and workbook forms; a JSON form names its scheme");
  } else if (!sheet.empty()) {
    status = absl::InvalidArgumentError("--sheet is for workbooks (.xlsx, .xls)");
  } else {
    status = ParseMessage(*bytes, FormatOfPath(path), &evaluation);
  }
  if (!status.ok()) {
    std::fprintf(stderr, "jixiao: %s: %s\n", path.c_str(), std::string(status.message()).c_str());
    return 2;
  }
  auto result = Evaluate(evaluation);
  if (!result.ok()) {
    std::fprintf(stderr, "jixiao: %s: %s\n", path.c_str(),
                 std::string(result.status().message()).c_str());
    return result.status().code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
  }
  const int evaluated = fail_on_findings && result->findings_size() > 0 ? kExitFindings : 0;
  if (format == "xlsx") {  // libxlsxwriter writes to a file name: the temporary's
    auto file = OutputFile::Create(output, {path});
    absl::Status written =
        file.ok() ? WriteXlsxReport((*file)->path(), evaluation, *result) : file.status();
    if (written.ok()) written = (*file)->Commit();
    if (!written.ok()) {
      std::fprintf(stderr, "jixiao: %s: %s\n", output.c_str(),
                   std::string(written.message()).c_str());
    }
    return written.ok() ? evaluated : 1;
  }
  std::string out;
  if (format == "json") {
    auto json = SerializeMessage(*result, Format::kJson, /*pretty=*/true);
    if (!json.ok()) {
      std::fprintf(stderr, "jixiao: %s\n", std::string(json.status().message()).c_str());
      return 1;
    }
    out = *json;
  } else if (format == "markdown") {
    out = MarkdownReport(evaluation, *result);
  } else if (format == "csv") {
    out = CsvReport(evaluation, *result);
  } else {
    out = TextReport(evaluation, *result);
  }
  if (!output.empty()) {
    if (absl::Status written = WriteOutputFile(output, {path}, out); !written.ok()) {
      std::fprintf(stderr, "jixiao: %s\n", std::string(written.message()).c_str());
      return 1;
    }
    return evaluated;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0) return 1;
  return evaluated;
}

}  // namespace jixiao::cli
