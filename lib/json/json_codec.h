// A fast, strict JSON codec for proto3 messages, by reflection: protobuf's JSON mapping with the
// options jixiao uses (proto field names out, defaults printed), 10–30× faster than
// google::protobuf::util. What it accepts and prints, and where it differs: docs/JSON.md.
#ifndef JIXIAO_LIB_JSON_JSON_CODEC_H_
#define JIXIAO_LIB_JSON_JSON_CODEC_H_

#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "lib/base/limits.h"  // kJsonMaxDepth

namespace jixiao {

// True when every message reachable from `descriptor` is proto3 and none is a well-known type
// (google.protobuf.*, whose JSON forms are special); for the others, use protobuf's util.
bool JsonCodecSupports(const google::protobuf::Descriptor* descriptor);

// Replaces `message` with the JSON object `json`. Errors are InvalidArgument and name the JSON
// path ("indicators[3].actual.numbr: unknown field"); on error `message` is left cleared.
// Unimplemented when !JsonCodecSupports(message->GetDescriptor()).
absl::Status ParseJson(absl::string_view json, google::protobuf::Message* message);

// The message as protobuf's BinaryToJsonString prints its deterministic serialization with
// preserve_proto_field_names and always_print_primitive_fields; `pretty` is add_whitespace.
std::string PrintJson(const google::protobuf::Message& message, bool pretty);
// The same text, handed to `take` from the printer's per-thread buffer (valid during the call).
void PrintJson(const google::protobuf::Message& message, bool pretty,
               absl::FunctionRef<void(absl::string_view)> take);

// The raw text of each element of the top-level object's array `field` ("evaluations"), found
// without building messages, so that they can be parsed apart. A missing field or null is no
// elements; malformed JSON anywhere in `json`, a duplicate `field` or a non-array is an error.
absl::StatusOr<std::vector<absl::string_view>> JsonArrayElements(absl::string_view json,
                                                                  absl::string_view field);

}  // namespace jixiao

#endif  // JIXIAO_LIB_JSON_JSON_CODEC_H_
