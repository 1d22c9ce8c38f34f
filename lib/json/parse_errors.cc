#include "lib/json/parse_errors.h"

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/io/coded_stream.h"
#include "lib/base/utf8.h"
#include "lib/json/protobuf_compat.h"

namespace jixiao {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::io::CodedInputStream;
using protobuf_compat::SkipWireField;
using protobuf_compat::WireTagFieldNumber;
using protobuf_compat::WireTagIsLengthDelimited;

// A field path of a deep message: its first steps, enough to find it.
std::string Shorten(const std::string& path) {
  constexpr size_t kShown = 60;  // paths are ASCII field names and indices
  return path.size() <= kShown ? path : absl::StrCat(path.substr(0, kShown), "…");
}

// Reads one message's fields; `path` names it ("" for the top). Iterative per level, recursive
// per nested message, at most protobuf's recursion limit deep.
std::string Read(absl::string_view bytes, const Descriptor* type, const std::string& path,
                 int depth) {
  CodedInputStream in(reinterpret_cast<const uint8_t*>(bytes.data()),
                      static_cast<int>(bytes.size()));
  absl::flat_hash_map<int, int> seen;  // field number → entries so far, for "[i]"
  auto name_of = [&](const FieldDescriptor* field, int number) {
    std::string name =
        absl::StrCat(path, path.empty() ? "" : ".", field ? field->name() : absl::StrCat(number));
    int index = seen[number]++;
    if (field != nullptr && field->is_repeated()) absl::StrAppend(&name, "[", index, "]");
    return name;
  };
  const std::string where = path.empty() ? std::string("the top level") : path;
  while (uint32_t tag = in.ReadTag()) {
    int number = WireTagFieldNumber(tag);
    const FieldDescriptor* field = type ? type->FindFieldByNumber(number) : nullptr;
    if (!WireTagIsLengthDelimited(tag)) {
      if (!SkipWireField(&in, tag)) return absl::StrCat("truncated in ", where);
      continue;
    }
    std::string name = name_of(field, number);
    uint32_t length;
    if (!in.ReadVarint32(&length)) return absl::StrCat("truncated in ", name);
    const size_t begin = static_cast<size_t>(in.CurrentPosition());
    if (length > bytes.size() - begin || !in.Skip(static_cast<int>(length))) {
      return absl::StrCat("truncated in ", name);
    }
    absl::string_view value = bytes.substr(begin, length);  // no copy at any depth
    if (field == nullptr) continue;
    if (field->type() == FieldDescriptor::TYPE_STRING && !IsValidUtf8(value)) {
      return absl::StrCat(name, " is not UTF-8");
    }
    if (field->type() == FieldDescriptor::TYPE_MESSAGE) {
      if (depth + 1 >= CodedInputStream::GetDefaultRecursionLimit()) {
        return absl::StrCat(Shorten(name), ": messages nest deeper than ",
                            CodedInputStream::GetDefaultRecursionLimit(),
                            " levels (protobuf's limit)");
      }
      std::string inner = Read(value, field->message_type(), name, depth + 1);
      if (!inner.empty()) return inner;
    }
  }
  if (!in.ConsumedEntireMessage()) return absl::StrCat("a malformed tag in ", where);
  return "";
}

}  // namespace

std::string DiagnoseWire(absl::string_view bytes, const Descriptor& type) {
  return Read(bytes, &type, "", 0);
}

std::string JsonErrorLine(absl::string_view protobuf_message) {
  auto valid = [](absl::string_view text) { return CoerceToValidUtf8(text, '?'); };
  std::vector<absl::string_view> lines = absl::StrSplit(protobuf_message, '\n');
  std::string first = valid(lines[0]);
  if (lines.size() < 3) return first;
  size_t caret = lines[2].find('^');
  if (caret == absl::string_view::npos || caret > lines[1].size()) return first;
  absl::string_view near = lines[1].substr(caret, 20);
  if (near.empty()) return absl::StrCat(first, " (at the end of the input)");
  return absl::StrCat(first, " (near \"", valid(near), "\")");
}

}  // namespace jixiao
