#include "lib/json/protobuf_compat.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "google/protobuf/wire_format_lite.h"
#include "lib/base/status_macros.h"

namespace jixiao::protobuf_compat {
namespace {

using google::protobuf::internal::WireFormatLite;

constexpr char kTypeUrlPrefix[] = "type.googleapis.com";

// util's status as an absl::Status (they are one type from protobuf 4.22 on).
template <typename UtilStatus>
absl::Status ToAbsl(const UtilStatus& status) {
#if GOOGLE_PROTOBUF_VERSION < 4022000
  if (status.ok()) return absl::OkStatus();
  return absl::Status(static_cast<absl::StatusCode>(status.code()),
                      absl::string_view(status.message().data(), status.message().size()));
#else
  return status;
#endif
}

google::protobuf::util::TypeResolver* GeneratedTypes() {
  static auto* resolver = google::protobuf::util::NewTypeResolverForDescriptorPool(
      kTypeUrlPrefix, google::protobuf::DescriptorPool::generated_pool());
  return resolver;
}

// Map fields iterate in a per-instance random order; deterministic serialization sorts them, so
// equal messages give equal bytes.
std::string DeterministicBytes(const google::protobuf::Message& message) {
  message.ByteSizeLong();  // caches sizes for SerializeWithCachedSizes
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeWithCachedSizes(&coded);
  }
  return out;
}

}  // namespace

absl::Status UtilJsonToMessage(absl::string_view json, google::protobuf::Message* message) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
#if GOOGLE_PROTOBUF_VERSION < 4022000
  return ToAbsl(google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(json.data(), json.size()), message, options));
#else
  return ToAbsl(google::protobuf::util::JsonStringToMessage(json, message, options));
#endif
}

absl::StatusOr<std::string> UtilMessageToJson(const google::protobuf::Message& message,
                                              bool pretty) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = pretty;
#if GOOGLE_PROTOBUF_VERSION < 5026000
  options.always_print_primitive_fields = true;
#else
  options.always_print_fields_with_no_presence = true;
#endif
  options.preserve_proto_field_names = true;
  std::string out;
  JX_RETURN_IF_ERROR(ToAbsl(google::protobuf::util::BinaryToJsonString(
      GeneratedTypes(), absl::StrCat(kTypeUrlPrefix, "/", message.GetDescriptor()->full_name()),
      DeterministicBytes(message), &out, options)));
  return out;
}

int WireTagFieldNumber(uint32_t tag) {
  return static_cast<int>(WireFormatLite::GetTagFieldNumber(tag));
}

bool WireTagIsLengthDelimited(uint32_t tag) {
  return WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
}

bool SkipWireField(google::protobuf::io::CodedInputStream* in, uint32_t tag) {
  return WireFormatLite::SkipField(in, tag);
}

}  // namespace jixiao::protobuf_compat
