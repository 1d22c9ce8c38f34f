#include "jixiao/io.h"

#include <cstdint>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "lib/base/limits.h"
#include "lib/base/status_macros.h"
#include "lib/json/json_codec.h"
#include "lib/json/parse_errors.h"
#include "lib/json/protobuf_compat.h"

namespace jixiao {
absl::Status ParseMessage(absl::string_view bytes, Format format,
                          google::protobuf::Message* message) {
  const std::string& type = message->GetDescriptor()->name();
  // A batch is many forms (protobuf's own limit applies); anything else is one form or budget.
  const size_t limit = type == "EvaluationBatch" ? kMaxBatchInputBytes : kMaxInputBytes;
  if (bytes.size() > limit) {
    return absl::ResourceExhaustedError(
        absl::StrCat(type, ": input of ", bytes.size(), " bytes; the limit is ", limit));
  }
  if (format == Format::kProto) {
    // protobuf logs invalid UTF-8 to stderr besides failing; the failure is our message, so the
    // log line (process-wide, only while parsing) is noise inside a library.
    protobuf_compat::ScopedLogSilencer silence_parse_errors;
    if (!message->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      std::string why = DiagnoseWire(bytes, *message->GetDescriptor());
      return absl::InvalidArgumentError(
          absl::StrCat(type, ": the input is not a valid serialized jixiao.v1.", type, " (",
                       why.empty() ? "truncated or not protobuf" : why, ")"));
    }
    return absl::OkStatus();
  }
  if (JsonCodecSupports(message->GetDescriptor())) {
    if (absl::Status status = ParseJson(bytes, message); !status.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(type, " JSON: ", status.message()));
    }
    return absl::OkStatus();
  }
  protobuf_compat::ScopedLogSilencer silence_parse_errors;  // types the codec leaves to protobuf
  absl::Status status = protobuf_compat::UtilJsonToMessage(bytes, message);
  if (!status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(type, " JSON: ", JsonErrorLine(std::string(status.message()))));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> SerializeMessage(const google::protobuf::Message& message,
                                             Format format, bool pretty) {
  std::string out;
  StringSink sink(&out);
  JX_RETURN_IF_ERROR(SerializeMessageTo(message, format, &sink, pretty));
  return out;
}

absl::Status SerializeMessageTo(const google::protobuf::Message& message, Format format,
                                ByteSink* out, bool pretty) {
  if (format == Format::kJson && JsonCodecSupports(message.GetDescriptor())) {
    PrintJson(message, pretty, [out](absl::string_view text) {
      if (!text.empty()) std::memcpy(out->Extend(text.size()), text.data(), text.size());
    });
    return absl::OkStatus();
  }
  const size_t size = message.ByteSizeLong();  // caches sizes for SerializeWithCachedSizes
  if (format == Format::kProto) {
    if (size > static_cast<size_t>(INT32_MAX)) {
      return absl::ResourceExhaustedError(absl::StrCat(message.GetDescriptor()->name(), ": ", size,
                                                       " bytes, over protobuf's 2 GiB limit"));
    }
    // Straight into the sink: the size is known before a byte is written.
    google::protobuf::io::ArrayOutputStream array(out->Extend(size), static_cast<int>(size));
    google::protobuf::io::CodedOutputStream coded(&array);
    coded.SetSerializationDeterministic(true);
    message.SerializeWithCachedSizes(&coded);
    return absl::OkStatus();
  }
  auto json = protobuf_compat::UtilMessageToJson(message, pretty);  // types the codec leaves
  if (!json.ok()) return absl::InternalError(json.status().message());
  if (!json->empty()) std::memcpy(out->Extend(json->size()), json->data(), json->size());
  return absl::OkStatus();
}

}  // namespace jixiao
