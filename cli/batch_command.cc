// jixiao batch FILE|- [--input-format json|jsonl|pbd] [--threads N] [--summary] [--output FILE]
//              [--progress]
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/record_io.h"
#include "cli/summary_report.h"
#include "jixiao/batch.h"

namespace jixiao::cli {
namespace {

constexpr char kUsage[] =
    "usage: jixiao batch FORMS.json|FORMS.jsonl|FORMS.pbd|- [--input-format json|jsonl|pbd]\n"
    "                    [--threads N] [--summary] [--output RESULTS.json|.jsonl|.pbd]\n"
    "                    [--progress]\n"
    "  FORMS.json   an EvaluationBatch {\"evaluations\": [...]}\n"
    "  FORMS.jsonl  one Evaluation JSON per line (streamed)\n"
    "  FORMS.pbd    length-delimited binary Evaluations (streamed)\n"
    "  the format is --input-format, else the extension, else what the content starts with\n";

struct Options {
  std::string input, output, input_format;
  int threads = 0;
  bool summary = false, progress = false;
};

// "\r[#######.......]  42%  41000 forms  9800/s" on stderr.
class ProgressBar {
 public:
  ProgressBar(int64_t total_bytes, const FileRecordSource* source)
      : total_(total_bytes), source_(source), start_(absl::Now()) {}

  void Update(int64_t done) {
    double seconds = absl::ToDoubleSeconds(absl::Now() - start_);  // display only
    int percent = total_ > 0 ? static_cast<int>(100 * source_->BytesRead() / total_) : 0;
    if (percent > 100) percent = 100;
    std::string bar(30, '.');
    for (int i = 0; i < percent * 30 / 100; ++i) bar[static_cast<size_t>(i)] = '#';
    std::fprintf(stderr, "\r[%s] %3d%%  %lld forms  %.0f/s", bar.c_str(), percent,
                 static_cast<long long>(done),
                 seconds > 0 ? static_cast<double>(done) / seconds : 0.0);
    std::fflush(stderr);
  }
  void Done() { std::fputs("\n", stderr); }

 private:
  int64_t total_;
  const FileRecordSource* source_;
  absl::Time start_;
};

int64_t FileSize(const std::string& path) {
  std::FILE* f = path == "-" ? nullptr : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return 0;
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fclose(f);
  return size < 0 ? 0 : size;
}

int Report(const absl::Status& status, const std::string& path) {
  std::fprintf(stderr, "jixiao: %s: %s\n", path.c_str(), std::string(status.message()).c_str());
  return status.code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
}

}  // namespace

int RunBatch(const Args& args) {
  Options o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--threads" && i + 1 < args.size()) {
      if (!absl::SimpleAtoi(args[++i], &o.threads) || o.threads < 0 || o.threads > 1024) {
        std::fprintf(stderr, "jixiao batch: --threads takes a number from 0 (all cores) to 1024\n");
        return 2;
      }
    } else if (a == "--output" && i + 1 < args.size()) {
      o.output = args[++i];
    } else if (a == "--input-format" && i + 1 < args.size()) {
      o.input_format = args[++i];
      if (!RecordFormatNamed(o.input_format)) {
        std::fprintf(stderr, "jixiao batch: --input-format takes json, jsonl or pbd, not \"%s\"\n",
                     o.input_format.c_str());
        return 2;
      }
    } else if (a == "--summary") {
      o.summary = true;
    } else if (a == "--progress") {
      o.progress = true;
    } else if (o.input.empty() && (a == "-" || !absl::StartsWith(a, "--"))) {
      o.input = a;
    } else {
      std::fprintf(stderr, "jixiao batch: unexpected argument \"%s\"\n%s", a.c_str(), kUsage);
      return 2;
    }
  }
  if (o.input.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }

  // Refused before anything is opened: writing the output would destroy the input.
  if (absl::Status refused = RefuseOutputOverInput(o.output, {o.input});
      !o.output.empty() && !refused.ok()) {
    return Report(refused, o.output);
  }
  auto input = OpenBatchInput(o.input, RecordFormatNamed(o.input_format));
  if (!input.ok()) return Report(input.status(), o.input);
  std::unique_ptr<OutputFile> file;  // renamed over --output only when the run succeeds
  std::FILE* out = stdout;
  if (!o.output.empty()) {
    auto created = OutputFile::Create(o.output, {o.input});
    if (!created.ok()) return Report(created.status(), o.output);
    file = *std::move(created);
    out = file->file();
  }
  // With --summary and no --output the table is all that is printed.
  if (o.summary && o.output.empty()) out = nullptr;

  BatchOptions options;
  options.threads = o.threads;
  v1::PortfolioSummary summary;
  std::string cut_short;  // the stream ended at corrupt framing: records after it are lost
  RejectedItems rejected;
  if (input->format == RecordFormat::kDocument) {  // one EvaluationBatch document, in memory
    auto bytes = input->reader->ReadAll();
    if (!bytes.ok()) return Report(bytes.status(), o.input);
    v1::EvaluationBatch batch;
    if (absl::Status status = ParseMessage(*bytes, Format::kJson, &batch); !status.ok()) {
      return Report(status, o.input);
    }
    ItemWriter writer(out, o.output.empty() ? ".json" : o.output);
    absl::StatusOr<v1::BatchResult> result = EvaluateBatch(batch, options);
    if (!result.ok()) return Report(result.status(), o.input);
    for (const v1::BatchItem& item : result->items()) {
      if (absl::Status status = writer.Write(item); !status.ok()) return Report(status, o.output);
    }
    summary = result->summary();
    if (absl::Status status = writer.Finish(summary); !status.ok()) return Report(status, o.output);
    rejected = writer.rejected();
  } else {
    const Format record_format =
        input->format == RecordFormat::kDelimited ? Format::kProto : Format::kJson;
    std::unique_ptr<FileRecordSource> source = MakeRecordSource(*std::move(input));
    ItemWriter writer(out, o.output.empty() ? ".json" : o.output, source.get());
    std::unique_ptr<ProgressBar> bar;
    if (o.progress || isatty(STDERR_FILENO)) {
      bar = std::make_unique<ProgressBar>(FileSize(o.input), source.get());
      options.progress = [&bar](int64_t done) { bar->Update(done); };
    }
    auto streamed = EvaluateStream(*source, record_format, writer, options);
    if (bar) bar->Done();
    if (!streamed.ok()) return Report(streamed.status(), o.input);
    summary = *streamed;
    if (absl::Status status = writer.Finish(summary); !status.ok()) return Report(status, o.output);
    rejected = writer.rejected();
    cut_short = source->cut_short();
  }
  if (file != nullptr) {
    if (absl::Status status = file->Commit(); !status.ok()) return Report(status, o.output);
  }
  if (o.summary) {
    std::string table = SummaryReport(summary, rejected);
    std::fwrite(table.data(), 1, table.size(), stdout);
  }
  if (std::fflush(stdout) != 0) return 1;
  if (!cut_short.empty()) {  // every result before it is written; the forms after it are lost
    std::fprintf(stderr, "jixiao: %s: %s\n", o.input.c_str(), cut_short.c_str());
    return 1;
  }
  return 0;
}

}  // namespace jixiao::cli
