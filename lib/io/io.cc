#include "jixiao/io.h"

#include <cstdint>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/stubs/logging.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "lib/base/limits.h"
#include "lib/json/json_codec.h"
#include "lib/json/parse_errors.h"

namespace jixiao {
namespace {

constexpr char kTypeUrlPrefix[] = "type.googleapis.com";

// Map fields (summaries, budget metrics) iterate in a per-instance random order; deterministic
// serialization sorts them, so equal messages give equal bytes.
std::string DeterministicBytes(const google::protobuf::Message& message) {
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeWithCachedSizes(&coded);
  }
  return out;
}

google::protobuf::util::TypeResolver* GeneratedTypes() {
  static auto* resolver = google::protobuf::util::NewTypeResolverForDescriptorPool(
      kTypeUrlPrefix, google::protobuf::DescriptorPool::generated_pool());
  return resolver;
}

}  // namespace

absl::Status ParseMessage(absl::string_view bytes, Format format,
                          google::protobuf::Message* message) {
  const std::string& type = message->GetDescriptor()->name();
  // A batch is many forms (protobuf's own limit applies); anything else is one form or budget.
  const size_t limit = type == "EvaluationBatch" ? size_t{INT32_MAX} : kMaxInputBytes;
  if (bytes.size() > limit) {
    return absl::ResourceExhaustedError(
        absl::StrCat(type, ": input of ", bytes.size(), " bytes; the limit is ", limit));
  }
  if (format == Format::kProto) {
    // protobuf logs invalid UTF-8 to stderr besides failing; the failure is our message, so the
    // log line (process-wide, only while parsing) is noise inside a library.
    google::protobuf::LogSilencer silence_parse_errors;
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
  google::protobuf::util::JsonParseOptions options;  // types the codec leaves to protobuf
  options.ignore_unknown_fields = false;
  google::protobuf::LogSilencer silence_parse_errors;
  auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(bytes.data(), bytes.size()), message, options);
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
  if (absl::Status status = SerializeMessageTo(message, format, &sink, pretty); !status.ok()) {
    return status;
  }
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
  std::string binary = DeterministicBytes(message);
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = pretty;
  options.always_print_primitive_fields = true;
  options.preserve_proto_field_names = true;
  std::string json;
  auto status = google::protobuf::util::BinaryToJsonString(
      GeneratedTypes(), absl::StrCat(kTypeUrlPrefix, "/", message.GetDescriptor()->full_name()),
      binary, &json, options);
  if (!status.ok()) return absl::InternalError(std::string(status.message()));
  if (!json.empty()) std::memcpy(out->Extend(json.size()), json.data(), json.size());
  return absl::OkStatus();
}

}  // namespace jixiao
