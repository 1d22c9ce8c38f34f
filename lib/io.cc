#include "jixiao/io.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"

namespace jixiao {

absl::Status ParseMessage(absl::string_view bytes, Format format,
                          google::protobuf::Message* message) {
  const std::string& type = message->GetDescriptor()->name();
  if (format == Format::kProto) {
    if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
      return absl::InvalidArgumentError(absl::StrCat(type, ": input of ", bytes.size(),
                                                     " bytes is over the 2 GiB protobuf limit"));
    }
    if (!message->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      return absl::InvalidArgumentError(
          absl::StrCat(type, ": the input is not a valid serialized jixiao.v1.", type,
                       " (truncated or not protobuf)"));
    }
    return absl::OkStatus();
  }
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(bytes.data(), bytes.size()), message, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(type, " JSON: ", std::string(status.message())));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> SerializeMessage(const google::protobuf::Message& message,
                                             Format format, bool pretty) {
  std::string out;
  if (format == Format::kProto) {
    if (!message.SerializeToString(&out)) {
      return absl::InternalError("could not serialize the result");
    }
    return out;
  }
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = pretty;
  options.always_print_primitive_fields = true;
  options.preserve_proto_field_names = true;
  auto status = google::protobuf::util::MessageToJsonString(message, &out, options);
  if (!status.ok()) return absl::InternalError(std::string(status.message()));
  return out;
}

}  // namespace jixiao
