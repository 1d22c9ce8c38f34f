#include "cli/record_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "lib/base/status_macros.h"

namespace jixiao::cli {
namespace {

class DelimitedSource : public FileRecordSource {
 public:
  explicit DelimitedSource(int fd) : fd_(fd), stream_(fd) {}
  ~DelimitedSource() override {
    if (fd_ != STDIN_FILENO) close(fd_);
  }

  absl::StatusOr<bool> Next(std::string* record) override {
    const void* data;
    int size = 0;
    while (size == 0) {  // at a record boundary: the end of the file is a clean end
      if (!stream_.Next(&data, &size)) {
        if (stream_.GetErrno() != 0) return absl::DataLossError(std::strerror(stream_.GetErrno()));
        return false;
      }
    }
    stream_.BackUp(size);
    google::protobuf::io::CodedInputStream coded(&stream_);
    uint32_t length;
    ++records_;
    if (!coded.ReadVarint32(&length)) {
      return absl::DataLossError(absl::StrCat("record ", records_, ": truncated length prefix"));
    }
    if (length > kMaxRecordBytes) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "record ", records_, ": ", length, " bytes, over the limit of ", kMaxRecordBytes));
    }
    if (!coded.ReadString(record, static_cast<int>(length))) {
      return absl::DataLossError(
          absl::StrCat("record ", records_, ": truncated (", length, " bytes announced)"));
    }
    return true;
  }

  int64_t BytesRead() const override { return stream_.ByteCount(); }

 private:
  int fd_;
  google::protobuf::io::FileInputStream stream_;
  int64_t records_ = 0;
};

class LineSource : public FileRecordSource {
 public:
  explicit LineSource(std::FILE* file) : file_(file) {}
  ~LineSource() override {
    if (file_ != stdin) std::fclose(file_);
  }

  absl::StatusOr<bool> Next(std::string* record) override {
    record->clear();
    for (int c; (c = std::getc(file_)) != EOF;) {
      ++bytes_;
      if (c == '\n') {
        if (record->find_first_not_of(" \t\r") == std::string::npos) {
          record->clear();  // blank lines separate nothing
          continue;
        }
        return true;
      }
      if (record->size() >= kMaxRecordBytes) {
        return absl::ResourceExhaustedError(
            absl::StrCat("a line over ", kMaxRecordBytes, " bytes at byte ", bytes_));
      }
      record->push_back(static_cast<char>(c));
    }
    if (std::ferror(file_)) return absl::DataLossError(std::strerror(errno));
    return record->find_first_not_of(" \t\r") != std::string::npos;
  }

  int64_t BytesRead() const override { return bytes_; }

 private:
  std::FILE* file_;
  int64_t bytes_ = 0;
};

}  // namespace

Format RecordFormatOfPath(const std::string& path) {
  return absl::EndsWith(path, ".pbd") ? Format::kProto : Format::kJson;
}

absl::StatusOr<std::unique_ptr<FileRecordSource>> OpenRecords(const std::string& path) {
  if (RecordFormatOfPath(path) == Format::kProto) {
    int fd = path == "-" ? STDIN_FILENO : open(path.c_str(), O_RDONLY);
    if (fd < 0) return absl::NotFoundError(absl::StrCat("cannot open ", path));
    return std::make_unique<DelimitedSource>(fd);
  }
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  return std::make_unique<LineSource>(file);
}

ItemWriter::ItemWriter(std::FILE* out, const std::string& path)
    : out_(out),
      kind_(absl::EndsWith(path, ".pbd")     ? Kind::kDelimited
            : absl::EndsWith(path, ".jsonl") ? Kind::kLines
                                             : Kind::kDocument) {}

absl::Status ItemWriter::Write(const v1::BatchItem& item) {
  if (out_ == nullptr) return absl::OkStatus();
  JX_ASSIGN_OR_RETURN(
      auto bytes,
      SerializeMessage(item, kind_ == Kind::kDelimited ? Format::kProto : Format::kJson));
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
