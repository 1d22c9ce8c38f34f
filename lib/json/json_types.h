// What the JSON codec needs to know of a message type, computed once per Descriptor: its fields
// by both JSON names, their printing order, and the tables of the types they lead to.
#ifndef JIXIAO_LIB_JSON_JSON_TYPES_H_
#define JIXIAO_LIB_JSON_JSON_TYPES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"

namespace jixiao::json_internal {

struct JsonEnum {
  absl::flat_hash_map<absl::string_view, int> by_name;
};

struct JsonMessage;

struct JsonField {
  const google::protobuf::FieldDescriptor* field = nullptr;
  const google::protobuf::FieldDescriptor* map_key = nullptr;    // maps only
  const google::protobuf::FieldDescriptor* map_value = nullptr;  // maps only
  const google::protobuf::FieldDescriptor* value = nullptr;  // the field, or a map's value
  const JsonMessage* message = nullptr;  // the value's type, when a message
  const JsonEnum* enumeration = nullptr;  // the value's type, when an enum
  // The value's type (the field's, or a map's value's), kept: FieldDescriptor::type() is slow.
  google::protobuf::FieldDescriptor::Type type = google::protobuf::FieldDescriptor::TYPE_STRING;
  google::protobuf::FieldDescriptor::CppType cpp_type =
      google::protobuf::FieldDescriptor::CPPTYPE_STRING;
  int index = 0;  // field->index()
  bool is_map = false;
  bool is_repeated = false;  // and not a map
  bool plain_string = false;  // a singular string outside any real oneof: the common case
  absl::string_view name;       // the proto field name
  absl::string_view json_name;  // lowerCamelCase, or the json_name option
  std::string quoted_name;      // "\"name\":", as printed
  std::string pretty_name;      // "\"name\": ", as printed with whitespace
};

struct JsonMessage {
  const google::protobuf::Descriptor* descriptor = nullptr;
  std::vector<JsonField> fields;  // declaration order, which is how JSON usually lists them
  // protobuf prints the fields in declaration order, except that a oneof or proto3-optional
  // scalar comes after all the others (in field number order), and only when set.
  std::vector<const JsonField*> print_order;
  std::vector<const JsonField*> print_trailing;
  absl::flat_hash_map<absl::string_view, const JsonField*> by_name;  // name and json_name
  bool supported = false;  // see JsonCodecSupports
};

// The tables of `descriptor` and every type it leads to; built once per type of the generated
// pool and kept, or built for this use alone for other pools (whose descriptors may die).
class JsonTypes {
 public:
  explicit JsonTypes(const google::protobuf::Descriptor* descriptor);
  const JsonMessage& root() const { return *root_; }

 private:
  const JsonMessage* root_;
  std::shared_ptr<const void> owned_;  // the tables of a non-generated pool
};

}  // namespace jixiao::json_internal

#endif  // JIXIAO_LIB_JSON_JSON_TYPES_H_
