// Messages in and out: protobuf's JSON mapping (SCORING.md §8) and binary wire format.
#ifndef JIXIAO_IO_H_
#define JIXIAO_IO_H_

#include <cstddef>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace jixiao {

enum class Format { kProto, kJson };

// Where serialized output is written, after what is already there. The C ABI's sink is the
// malloc'd buffer it hands to its caller, so the bytes are written once, where they end up.
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  // Room for `n` more bytes at the end, to be written at the returned pointer. Throws
  // std::bad_alloc when there is no memory for them.
  virtual char* Extend(size_t n) = 0;
  // A hint: about `n` bytes in all are coming.
  virtual void Reserve(size_t n) { (void)n; }
};

// Appends to a std::string.
class StringSink final : public ByteSink {
 public:
  explicit StringSink(std::string* out) : out_(out) {}
  char* Extend(size_t n) override {
    size_t size = out_->size();
    out_->resize(size + n);
    return out_->data() + size;
  }
  void Reserve(size_t n) override { out_->reserve(n); }

 private:
  std::string* out_;
};

// Parses `bytes` into `message`. JSON is strict: unknown fields, fields given twice and wrong
// types are InvalidArgument errors that name the field and its path (docs/JSON.md).
absl::Status ParseMessage(absl::string_view bytes, Format format,
                          google::protobuf::Message* message);

// JSON output uses the proto field names and prints fields with default values.
absl::StatusOr<std::string> SerializeMessage(const google::protobuf::Message& message,
                                             Format format, bool pretty = false);
// The same bytes, appended to `out`.
absl::Status SerializeMessageTo(const google::protobuf::Message& message, Format format,
                                ByteSink* out, bool pretty = false);

// Serialized Evaluation in, serialized EvaluationResult out, in the given formats: the work of
// the C ABI and the batch engine for one form. The parsed form and the result live on one
// Arena that is freed at once.
absl::StatusOr<std::string> EvaluateSerialized(absl::string_view input, Format input_format,
                                               Format output_format);
// The same bytes, appended to `out`.
absl::Status EvaluateSerialized(absl::string_view input, Format input_format, Format output_format,
                                ByteSink* out);

}  // namespace jixiao

#endif  // JIXIAO_IO_H_
