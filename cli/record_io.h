// Files of many forms and many results for `jixiao batch`: an EvaluationBatch document (.json),
// JSON Lines (.jsonl, one JSON document per line) and length-delimited protobuf (.pbd, protobuf's
// delimited message format).
#ifndef JIXIAO_CLI_RECORD_IO_H_
#define JIXIAO_CLI_RECORD_IO_H_

#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "cli/summary_report.h"  // RejectedItems
#include "jixiao/batch.h"
#include "lib/base/limits.h"  // kMaxRecordBytes

namespace jixiao::cli {

enum class RecordFormat {
  kDocument,   // .json: one EvaluationBatch (or BatchResult) document
  kLines,      // .jsonl: one JSON document per line
  kDelimited,  // .pbd: each message after its length as a varint
};

// "json", "jsonl", "pbd" (--input-format), else nullopt.
std::optional<RecordFormat> RecordFormatNamed(absl::string_view name);
// By the file name's extension (.json, .jsonl, .pbd), else nullopt: the name says nothing.
std::optional<RecordFormat> RecordFormatOfPath(const std::string& path);
// By the first bytes of the content: JSON is an optional UTF-8 BOM and white space, then '{'
// (a document when its first key is "evaluations", else JSON Lines) or '['; .pbd is a varint
// length, then a protobuf tag (a field number and a wire type protobuf writes). Blank or empty
// content is JSON Lines (it holds no record either way); anything else nullopt.
std::optional<RecordFormat> SniffRecordFormat(absl::string_view head);

// A file read a byte at a time, whose first bytes can be looked at before it is read (standard
// input cannot seek back).
class ByteReader {
 public:
  ByteReader(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  ~ByteReader();
  ByteReader(const ByteReader&) = delete;
  ByteReader& operator=(const ByteReader&) = delete;

  absl::string_view Peek(size_t n);  // up to n bytes, not consumed; only before reading
  int Get() {                        // the next byte, or EOF
    if (pos_ < head_.size()) return ++bytes_, static_cast<unsigned char>(head_[pos_++]);
    const int c = getc_unlocked(file_);
    if (c != EOF) ++bytes_;
    return c;
  }
  size_t Read(char* out, size_t n);       // up to n bytes; fewer at the end or on an error
  absl::StatusOr<std::string> ReadAll();  // the rest of the file
  bool Failed() const { return std::ferror(file_) != 0; }
  int64_t BytesRead() const { return bytes_; }

 private:
  std::FILE* file_;
  bool owned_;
  std::string head_;  // peeked bytes, given out first
  size_t pos_ = 0;
  int64_t bytes_ = 0;
};

// The input of `jixiao batch`: `path` ("-" is standard input) opened, its format from `format`
// (--input-format), else its extension, else its content. Errors name the path.
struct BatchInput {
  RecordFormat format;
  std::unique_ptr<ByteReader> reader;
};
absl::StatusOr<BatchInput> OpenBatchInput(const std::string& path,
                                          std::optional<RecordFormat> format);

// Where a record was in its stream, and whether it could be read.
struct RecordPlace {
  int64_t number = 0;   // 1-based: its line (JSON Lines) or its record number (.pbd)
  absl::Status status;  // not OK: the record could not be read and its item fails with this
};

// A stream of records (JSON Lines or .pbd) that never ends on one bad record: a line over the
// limit, or a truncated last .pbd record, is yielded as a record that does not parse, and its
// place carries the reason, which ItemWriter puts on the item. A corrupt .pbd length prefix or a
// read error ends the stream the same way, after that one item (cut_short()).
class FileRecordSource : public RecordSource {
 public:
  // A record that never parses, as JSON or as binary (field number 0): the stand-in for a
  // record that could not be read, whose item ItemWriter replaces.
  static constexpr char kUnreadable[] = "\x07";

  virtual int64_t BytesRead() const = 0;
  virtual const char* PlaceName() const = 0;  // "line" or "record"
  // The place of the oldest record whose item has not been written (items come in order).
  RecordPlace TakePlace();
  // The stream ended before the end of the file (corrupt framing or a read error): say why.
  const std::string& cut_short() const { return cut_short_; }

 protected:
  void Yield(int64_t number) { places_.push_back({number, absl::OkStatus()}); }
  // Replaces `record` with kUnreadable, keeping `why` for its item.
  void YieldFailure(int64_t number, std::string why, std::string* record);
  // The same, and the stream ends here: cut_short() says why.
  void CutShort(int64_t number, std::string why, std::string* record);

 private:
  std::string cut_short_;           // "record 4: why"
  std::deque<RecordPlace> places_;  // about one chunk of records: read ahead, not yet written
};

// The records of `input` (format kLines or kDelimited).
std::unique_ptr<FileRecordSource> MakeRecordSource(BatchInput input);

// Writes items to `out`: .pbd length-delimited BatchItems, .jsonl one BatchItem per line, and
// otherwise (.json, stdout) a BatchResult JSON document whose summary is added by Finish().
// With a null `out` it writes nothing (only the summary is wanted). With a `source`, each item
// gets its place in the stream: an item whose record could not be read fails with the reason,
// and every failed item's error names its line or record (BatchError.record and the message).
class ItemWriter : public ItemSink {
 public:
  ItemWriter(std::FILE* out, const std::string& path, FileRecordSource* source = nullptr);
  absl::Status Write(const v1::BatchItem& item) override;
  absl::Status Finish(const v1::PortfolioSummary& summary);
  const RejectedItems& rejected() const { return rejected_; }

 private:
  enum class Kind { kDelimited, kLines, kDocument };
  std::FILE* out_;
  Kind kind_;
  FileRecordSource* source_;
  bool first_ = true;
  RejectedItems rejected_;
};

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_RECORD_IO_H_
