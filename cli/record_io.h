// Files of many forms and many results for `jixiao batch`: JSON Lines (one JSON document per
// line) and length-delimited protobuf (.pbd, protobuf's delimited message format).
#ifndef JIXIAO_CLI_RECORD_IO_H_
#define JIXIAO_CLI_RECORD_IO_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "jixiao/batch.h"
#include "lib/base/limits.h"  // kMaxRecordBytes

namespace jixiao::cli {

// A source that also says how far into its file it is, for the progress bar.
class FileRecordSource : public RecordSource {
 public:
  virtual int64_t BytesRead() const = 0;
};

// Records of `path` ("-" for standard input): .pbd is length-delimited binary, anything else one
// JSON document per non-blank line.
absl::StatusOr<std::unique_ptr<FileRecordSource>> OpenRecords(const std::string& path);
Format RecordFormatOfPath(const std::string& path);

// Writes items to `out`: .pbd length-delimited BatchItems, .jsonl one BatchItem per line, and
// otherwise (.json, stdout) a BatchResult JSON document whose summary is added by Finish().
// With a null `out` it writes nothing (only the summary is wanted).
class ItemWriter : public ItemSink {
 public:
  ItemWriter(std::FILE* out, const std::string& path);
  absl::Status Write(const v1::BatchItem& item) override;
  absl::Status Finish(const v1::PortfolioSummary& summary);

 private:
  enum class Kind { kDelimited, kLines, kDocument };
  std::FILE* out_;
  Kind kind_;
  bool first_ = true;
};

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_RECORD_IO_H_
