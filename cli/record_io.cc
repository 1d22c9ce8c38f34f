#include "cli/record_io.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "lib/base/status_macros.h"

namespace jixiao::cli {
namespace {

constexpr absl::string_view kBom = "\xEF\xBB\xBF";

bool Blank(absl::string_view s) { return s.find_first_not_of(" \t\r") == absl::string_view::npos; }

class LineSource : public FileRecordSource {
 public:
  explicit LineSource(std::unique_ptr<ByteReader> in) : in_(std::move(in)) {}

  // One record per non-blank line; a line over kMaxRecordBytes is read past and fails its item.
  absl::StatusOr<bool> Next(std::string* record) override {
    record->clear();
    bool over = false;
    while (!ended_) {
      const int c = in_->Get();
      if (c == EOF) {
        ended_ = true;
        if (in_->Failed()) {
          CutShort(line_ + 1, absl::StrCat("cannot read: ", std::strerror(errno)), record);
          return true;
        }
        if (!over && Blank(*record)) return false;
      } else if (c != '\n') {
        if (over) continue;
        if (record->size() >= kMaxRecordBytes) {
          over = true;
          std::string().swap(*record);
          continue;
        }
        record->push_back(static_cast<char>(c));
        continue;
      }
      ++line_;
      if (over) {
        YieldFailure(line_,
                     absl::StrCat("a line over ", kMaxRecordBytes,
                                  " bytes, the limit of one record (a form is a few KiB)"),
                     record);
        return true;
      }
      if (Blank(*record)) {  // blank lines separate nothing
        record->clear();
        continue;
      }
      if (line_ == 1 && absl::StartsWith(*record, kBom)) record->erase(0, kBom.size());
      Yield(line_);
      return true;
    }
    return false;
  }

  int64_t BytesRead() const override { return in_->BytesRead(); }
  const char* PlaceName() const override { return "line"; }

 private:
  std::unique_ptr<ByteReader> in_;
  int64_t line_ = 0;
  bool ended_ = false;
};

class DelimitedSource : public FileRecordSource {
 public:
  explicit DelimitedSource(std::unique_ptr<ByteReader> in) : in_(std::move(in)) {}

  absl::StatusOr<bool> Next(std::string* record) override {
    if (ended_) return false;
    int c = in_->Get();
    if (c == EOF) {  // at a record boundary: the end of the file is a clean end
      ended_ = true;
      if (!in_->Failed()) return false;
      CutShort(number_ + 1, absl::StrCat("cannot read: ", std::strerror(errno)), record);
      return true;
    }
    ++number_;
    uint64_t length = 0;
    for (int i = 0;; ++i) {
      length |= static_cast<uint64_t>(c & 0x7f) << (7 * i);
      if ((c & 0x80) == 0) break;
      if (i == 4) return Corrupt("its length prefix runs over 5 bytes", record);
      c = in_->Get();
      if (c == EOF) return Truncated("the file ends inside its length prefix", record);
    }
    if (length > kMaxRecordBytes) {
      return Corrupt(
          absl::StrCat("its length prefix announces ", length, " bytes, over the limit of ",
                       kMaxRecordBytes, " bytes of one record"),
          record);
    }
    record->resize(length);
    const size_t got = in_->Read(record->data(), length);
    if (got < length) {
      return Truncated(
          absl::StrCat("truncated: ", length, " bytes announced, ", got, " in the file"), record);
    }
    Yield(number_);
    return true;
  }

  int64_t BytesRead() const override { return in_->BytesRead(); }
  const char* PlaceName() const override { return "record"; }

 private:
  // The last record is cut: its item fails, and that is the end of the file anyway.
  bool Truncated(const std::string& why, std::string* record) {
    ended_ = true;
    if (in_->Failed()) return Corrupt(absl::StrCat("cannot read: ", std::strerror(errno)), record);
    YieldFailure(number_, absl::StrCat(why, " (the file is cut)"), record);
    return true;
  }
  // Nothing after this can be framed: one failed item saying so, then the end.
  bool Corrupt(const std::string& why, std::string* record) {
    ended_ = true;
    CutShort(number_,
             absl::StrCat(why, "; the records after it cannot be found, the stream ends here"),
             record);
    return true;
  }

  std::unique_ptr<ByteReader> in_;
  int64_t number_ = 0;
  bool ended_ = false;
};

// A protobuf tag as protobuf writes one: a field number and wire type 0, 1, 2 or 5.
bool LooksLikeTag(absl::string_view bytes) {
  uint64_t tag = 0;
  for (size_t i = 0; i < bytes.size() && i < 5; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    tag |= static_cast<uint64_t>(c & 0x7f) << (7 * i);
    if ((c & 0x80) == 0) {
      const uint64_t wire_type = tag & 7;
      return tag >> 3 != 0 &&
             (wire_type == 0 || wire_type == 1 || wire_type == 2 || wire_type == 5);
    }
  }
  return false;
}

}  // namespace

std::optional<RecordFormat> RecordFormatNamed(absl::string_view name) {
  if (name == "json") return RecordFormat::kDocument;
  if (name == "jsonl") return RecordFormat::kLines;
  if (name == "pbd") return RecordFormat::kDelimited;
  return std::nullopt;
}

std::optional<RecordFormat> RecordFormatOfPath(const std::string& path) {
  if (absl::EndsWith(path, ".json")) return RecordFormat::kDocument;
  if (absl::EndsWith(path, ".jsonl")) return RecordFormat::kLines;
  if (absl::EndsWith(path, ".pbd")) return RecordFormat::kDelimited;
  return std::nullopt;
}

std::optional<RecordFormat> SniffRecordFormat(absl::string_view head) {
  absl::string_view text = head;
  absl::ConsumePrefix(&text, kBom);
  text = absl::StripLeadingAsciiWhitespace(text);
  if (text.empty()) return RecordFormat::kLines;  // blank or empty: no record in any format
  // What follows the bracket must be JSON too: a first .pbd record of 123 bytes starts with '{'.
  const char open = text[0];
  const absl::string_view next = absl::StripLeadingAsciiWhitespace(text.substr(1));
  if (open == '[' && (next.empty() || next[0] == '{' || next[0] == ']')) {
    return RecordFormat::kDocument;
  }
  if (open == '{' && (next.empty() || next[0] == '"' || next[0] == '}')) {
    return absl::StartsWith(next, "\"evaluations\"") ? RecordFormat::kDocument
                                                     : RecordFormat::kLines;
  }
  // A varint length of at most 5 bytes, then a tag (or, for an empty message, the next length).
  for (size_t i = 0; i < head.size() && i < 5; ++i) {
    if ((static_cast<unsigned char>(head[i]) & 0x80) == 0) {
      if (i + 1 == head.size()) return RecordFormat::kDelimited;  // a length, and the file ends
      return LooksLikeTag(head.substr(i + 1)) || head[0] == 0
                 ? std::optional(RecordFormat::kDelimited)
                 : std::nullopt;
    }
  }
  return std::nullopt;
}

ByteReader::~ByteReader() {
  if (owned_) std::fclose(file_);
}

absl::string_view ByteReader::Peek(size_t n) {
  while (head_.size() < n) {
    const int c = getc_unlocked(file_);
    if (c == EOF) break;
    head_.push_back(static_cast<char>(c));
  }
  return absl::string_view(head_).substr(pos_, n);
}

size_t ByteReader::Read(char* out, size_t n) {
  size_t done = 0;
  while (done < n && pos_ < head_.size()) out[done++] = head_[pos_++];
  done += std::fread(out + done, 1, n - done, file_);
  bytes_ += static_cast<int64_t>(done);
  return done;
}

absl::StatusOr<std::string> ByteReader::ReadAll() {
  std::string all = head_.substr(pos_);
  pos_ = head_.size();
  char buffer[1 << 16];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file_)) > 0;) all.append(buffer, n);
  if (Failed()) return absl::DataLossError(std::strerror(errno));
  bytes_ += static_cast<int64_t>(all.size());
  return all;
}

absl::StatusOr<BatchInput> OpenBatchInput(const std::string& path,
                                          std::optional<RecordFormat> format) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return absl::NotFoundError(absl::StrCat("cannot open ", path, ": ", std::strerror(errno)));
  }
  BatchInput input{RecordFormat::kLines, std::make_unique<ByteReader>(file, file != stdin)};
  struct stat status;
  if (fstat(fileno(file), &status) == 0 && S_ISDIR(status.st_mode)) {
    return absl::FailedPreconditionError(absl::StrCat("cannot read ", path, ": a directory"));
  }
  if (!format) format = RecordFormatOfPath(path);
  if (!format) format = SniffRecordFormat(input.reader->Peek(64));
  if (!format) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot tell the format of ", path,
                     ": it starts like neither JSON nor length-delimited binary (.pbd); "
                     "pass --input-format json|jsonl|pbd"));
  }
  input.format = *format;
  return input;
}

std::unique_ptr<FileRecordSource> MakeRecordSource(BatchInput input) {
  if (input.format == RecordFormat::kDelimited) {
    return std::make_unique<DelimitedSource>(std::move(input.reader));
  }
  return std::make_unique<LineSource>(std::move(input.reader));
}

RecordPlace FileRecordSource::TakePlace() {
  if (places_.empty()) return {};  // not read through this source: nothing known
  RecordPlace place = std::move(places_.front());
  places_.pop_front();
  return place;
}

void FileRecordSource::CutShort(int64_t number, std::string why, std::string* record) {
  cut_short_ = absl::StrCat(PlaceName(), " ", number, ": ", why);
  YieldFailure(number, std::move(why), record);
}

void FileRecordSource::YieldFailure(int64_t number, std::string why, std::string* record) {
  places_.push_back({number, absl::DataLossError(std::move(why))});
  *record = kUnreadable;
}

ItemWriter::ItemWriter(std::FILE* out, const std::string& path, FileRecordSource* source)
    : out_(out),
      kind_(absl::EndsWith(path, ".pbd")     ? Kind::kDelimited
            : absl::EndsWith(path, ".jsonl") ? Kind::kLines
                                             : Kind::kDocument),
      source_(source) {}

absl::Status ItemWriter::Write(const v1::BatchItem& given) {
  const v1::BatchItem* item = &given;
  v1::BatchItem placed;  // a copy only for a failed item: it gets its place
  RecordPlace place = source_ != nullptr ? source_->TakePlace() : RecordPlace{};
  if (!place.status.ok() || given.has_error()) {
    placed = given;
    v1::BatchError* error = placed.mutable_error();
    if (!place.status.ok()) {
      error->set_code(static_cast<int32_t>(place.status.code()));
      error->set_message(std::string(place.status.message()));
    }
    const std::string why = error->message();
    const std::string at = place.number > 0 ? absl::StrCat(source_->PlaceName(), " ", place.number)
                                            : absl::StrCat("form ", given.index() + 1);
    if (place.number > 0) {
      error->set_record(place.number);
      error->set_message(absl::StrCat(at, ": ", why));
    }
    item = &placed;
    if (rejected_.first.size() < RejectedItems::kListed) {
      rejected_.first.push_back(
          absl::StrCat(at, ": ", given.id().empty() ? "" : absl::StrCat("(", given.id(), ") "),
                       absl::string_view(why).substr(0, why.find('\n'))));
    }
    ++rejected_.count;
  }
  if (out_ == nullptr) return absl::OkStatus();
  JX_ASSIGN_OR_RETURN(
      auto bytes,
      SerializeMessage(*item, kind_ == Kind::kDelimited ? Format::kProto : Format::kJson));
  std::string out;
  switch (kind_) {
    case Kind::kDelimited: {
      google::protobuf::io::StringOutputStream stream(&out);
      google::protobuf::io::CodedOutputStream coded(&stream);
      coded.WriteVarint32(static_cast<uint32_t>(bytes.size()));
      coded.WriteString(bytes);
      break;
    }
    case Kind::kLines:
      out = absl::StrCat(bytes, "\n");
      break;
    case Kind::kDocument:
      out = absl::StrCat(first_ ? "{\"items\":[\n" : ",\n", bytes);
      break;
  }
  first_ = false;
  if (std::fwrite(out.data(), 1, out.size(), out_) != out.size()) {
    return absl::DataLossError("cannot write the output");
  }
  return absl::OkStatus();
}

absl::Status ItemWriter::Finish(const v1::PortfolioSummary& summary) {
  if (out_ == nullptr) return absl::OkStatus();
  if (kind_ == Kind::kDocument) {
    JX_ASSIGN_OR_RETURN(auto json, SerializeMessage(summary, Format::kJson));
    std::string tail =
        absl::StrCat(first_ ? "{\"items\":[" : "\n", "],\n\"summary\":", json, "}\n");
    std::fwrite(tail.data(), 1, tail.size(), out_);
  }
  return std::fflush(out_) == 0 ? absl::OkStatus() : absl::DataLossError("cannot write the output");
}

}  // namespace jixiao::cli
