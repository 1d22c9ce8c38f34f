// Every call into protobuf that is not its stable public API (LogSilencer and stubs/, util's JSON
// options and status type, internal::WireFormatLite), in one place, so that moving to a newer
// protobuf is a change to this header and protobuf_compat.cc alone.
//
// Written for protobuf 3.21 (Debian 12). The branches for 4.22+ and 5.26+ follow protobuf's
// release notes (logging through absl::log, util::Status = absl::Status, absl::string_view
// instead of StringPiece, always_print_primitive_fields renamed); they are not built here.
//
// The UTF-8 checks are jixiao's own (lib/base/utf8.h); only tests compare them with protobuf's.
#ifndef JIXIAO_LIB_JSON_PROTOBUF_COMPAT_H_
#define JIXIAO_LIB_JSON_PROTOBUF_COMPAT_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/message.h"
#include "google/protobuf/stubs/common.h"  // GOOGLE_PROTOBUF_VERSION

#if GOOGLE_PROTOBUF_VERSION < 4022000
#include "google/protobuf/stubs/logging.h"  // LogSilencer
#else
#include "absl/log/globals.h"  // ScopedStderrThreshold
#endif

// True when google::protobuf::util's JSON is protobuf 3.21's, byte for byte the output that
// tests/json_codec_test.cc compares jixiao's codec with. Other versions print differently in
// places (float digits, escaping, field presence), and docs/JSON.md, not protobuf, defines ours.
#define JIXIAO_PROTOBUF_UTIL_JSON_IS_3_21 \
  (GOOGLE_PROTOBUF_VERSION >= 3021000 && GOOGLE_PROTOBUF_VERSION < 3022000)

namespace jixiao::protobuf_compat {

// Keeps protobuf's log lines off stderr while alive (process-wide). protobuf logs invalid UTF-8
// besides failing to parse it; the failure is jixiao's error to return, the log line is noise.
class ScopedLogSilencer {
 public:
  ScopedLogSilencer() = default;
  ScopedLogSilencer(const ScopedLogSilencer&) = delete;
  ScopedLogSilencer& operator=(const ScopedLogSilencer&) = delete;

 private:
#if GOOGLE_PROTOBUF_VERSION < 4022000
  google::protobuf::LogSilencer silencer_;
#else
  absl::ScopedStderrThreshold silencer_{absl::LogSeverityAtLeast::kInfinity};
#endif
};

// protobuf's JSON parser (util::JsonStringToMessage), strict: unknown fields are an error. For
// the types jixiao's codec leaves to protobuf (well-known types). The error keeps util's code and
// message.
absl::Status UtilJsonToMessage(absl::string_view json, google::protobuf::Message* message);

// protobuf's JSON printer (util::BinaryToJsonString of the deterministic serialization) with the
// options jixiao uses: proto field names, fields without presence printed at their defaults;
// `pretty` adds whitespace.
absl::StatusOr<std::string> UtilMessageToJson(const google::protobuf::Message& message,
                                              bool pretty);

// The wire format (internal::WireFormatLite): a tag's field number, whether it is
// length-delimited, and skipping one field (false when the input is truncated).
int WireTagFieldNumber(uint32_t tag);
bool WireTagIsLengthDelimited(uint32_t tag);
bool SkipWireField(google::protobuf::io::CodedInputStream* in, uint32_t tag);

// The tag of a length-delimited field (the wire format's (field << 3) | 2; inline, for the batch
// splitter's loop).
constexpr uint32_t LengthDelimitedTag(int field) { return (static_cast<uint32_t>(field) << 3) | 2; }

}  // namespace jixiao::protobuf_compat

#endif  // JIXIAO_LIB_JSON_PROTOBUF_COMPAT_H_
