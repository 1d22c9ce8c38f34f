// Messages in and out: protobuf's JSON mapping (SCORING.md §8) and binary wire format.
#ifndef JIXIAO_IO_H_
#define JIXIAO_IO_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace jixiao {

enum class Format { kProto, kJson };

// Parses `bytes` into `message`. JSON is strict: unknown fields, fields given twice and wrong
// types are InvalidArgument errors that name the field and its path (docs/JSON.md).
absl::Status ParseMessage(absl::string_view bytes, Format format,
                          google::protobuf::Message* message);

// JSON output uses the proto field names and prints fields with default values.
absl::StatusOr<std::string> SerializeMessage(const google::protobuf::Message& message,
                                             Format format, bool pretty = false);

// Serialized Evaluation in, serialized EvaluationResult out, in the given formats: the work of
// the C ABI and the batch engine for one form. The parsed form and the result live on one
// Arena that is freed at once.
absl::StatusOr<std::string> EvaluateSerialized(absl::string_view input, Format input_format,
                                               Format output_format);

}  // namespace jixiao

#endif  // JIXIAO_IO_H_
