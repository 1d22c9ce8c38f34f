// Message → JSON text by reflection, byte for byte as protobuf 3.21's util prints it with
// jixiao's options (proto field names, defaults printed): docs/JSON.md.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/charconv.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "lib/json_codec.h"
#include "lib/json_types.h"

namespace jixiao {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;
using json_internal::JsonField;
using json_internal::JsonMessage;

constexpr char kHex[] = "0123456789abcdef";

void AppendU16Escape(uint32_t unit, std::string* out) {
  char buffer[6] = {'\\', 'u', kHex[(unit >> 12) & 0xf], kHex[(unit >> 8) & 0xf],
                    kHex[(unit >> 4) & 0xf], kHex[unit & 0xf]};
  out->append(buffer, sizeof(buffer));
}

// Code points protobuf escapes beyond JSON's needs, against HTML and JavaScript mix-ups:
// C1 controls, < > and DEL, and invisible formatting characters.
bool NeedsEscape(uint32_t cp) {
  if (cp < 0x20 || cp == '"' || cp == '\\' || cp == '<' || cp == '>') return true;
  if (cp >= 0x7f && cp <= 0x9f) return true;
  if (cp < 0xa0) return false;
  return cp == 0xad || (cp >= 0x600 && cp <= 0x603) || cp == 0x6dd || cp == 0x70f ||
         cp == 0x17b4 || cp == 0x17b5 || (cp >= 0x200b && cp <= 0x200f) ||
         (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
         (cp >= 0x206a && cp <= 0x206f) || cp == 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb) ||
         (cp >= 0x1d173 && cp <= 0x1d17a) || cp == 0xe0001 || (cp >= 0xe0020 && cp <= 0xe007f);
}

void AppendEscape(uint32_t cp, std::string* out) {
  switch (cp) {
    case '"': out->append("\\\""); return;
    case '\\': out->append("\\\\"); return;
    case '\b': out->append("\\b"); return;
    case '\t': out->append("\\t"); return;
    case '\n': out->append("\\n"); return;
    case '\f': out->append("\\f"); return;
    case '\r': out->append("\\r"); return;
    default: break;
  }
  if (cp < 0x10000) {
    AppendU16Escape(cp, out);
  } else {
    cp -= 0x10000;
    AppendU16Escape(0xd800 + (cp >> 10), out);
    AppendU16Escape(0xdc00 + (cp & 0x3ff), out);
  }
}

// Decodes the code point at s[i] (a byte >= 0x80) as protobuf's escaper does, which accepts
// overlong forms; *length is the bytes it takes, or drops when it returns false (bad UTF-8).
bool DecodeLikeProtobuf(absl::string_view s, size_t i, uint32_t* cp, size_t* length) {
  const auto lead = static_cast<uint8_t>(s[i]);
  int more;
  if (lead <= 0xbf || lead >= 0xf8) {
    *length = 1;
    return false;
  } else if (lead <= 0xdf) {
    *cp = lead & 0x1fu;
    more = 1;
  } else if (lead <= 0xef) {
    *cp = lead & 0x0fu;
    more = 2;
  } else {
    *cp = lead & 0x07u;
    more = 3;
  }
  size_t n = 1;
  while (more > 0 && i + n < s.size()) {
    const auto c = static_cast<uint8_t>(s[i + n]);
    ++n;
    --more;
    *cp = (*cp << 6) | (c & 0x3fu);
    if (c < 0x80 || c > 0xbf) {  // the bad byte goes with the sequence
      *length = n;
      return false;
    }
  }
  *length = n;
  return more == 0 && !(*cp >= 0xd800 && *cp <= 0xdfff) && *cp <= 0x10ffff;
}

// `s` as a JSON string. Runs of characters that need no escape are copied at once; bad UTF-8
// (only possible in messages built in code) is dropped, as protobuf does.
void AppendQuoted(absl::string_view s, std::string* out) {
  out->push_back('"');
  size_t run = 0, i = 0;
  while (i < s.size()) {
    const auto c = static_cast<uint8_t>(s[i]);
    if (c < 0x80) {
      if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != 0x7f) {
        ++i;
        continue;
      }
      out->append(s.data() + run, i - run);
      AppendEscape(c, out);
      run = ++i;
      continue;
    }
    uint32_t cp = 0;
    size_t length;
    bool ok = DecodeLikeProtobuf(s, i, &cp, &length);
    if (ok && !NeedsEscape(cp)) {
      i += length;
      continue;
    }
    out->append(s.data() + run, i - run);
    if (ok) AppendEscape(cp, out);
    i += length;
    run = i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

// protobuf's SimpleDtoa/SimpleFtoa: the shortest of 15 (6) or 17 (9) significant digits that
// reads back the same; non-finite values are the strings JSON uses for them.
template <typename T>
void AppendFloating(T value, std::string* out) {
  if (std::isnan(value)) {
    out->append("\"NaN\"");
    return;
  }
  if (std::isinf(value)) {
    out->append(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    return;
  }
  constexpr bool kFloat = sizeof(T) == sizeof(float);
  constexpr int kDigits = kFloat ? FLT_DIG : DBL_DIG;
  char buffer[40];
  int n = std::snprintf(buffer, sizeof(buffer), "%.*g", kDigits, static_cast<double>(value));
  std::replace(buffer, buffer + n, ',', '.');  // whatever the C locale's radix
  T back;
  auto [ptr, ec] = absl::from_chars(buffer, buffer + n, back);
  // protobuf's strtof check fails on subnormal floats too (ERANGE), so they get 9 digits.
  bool subnormal = kFloat && value != 0 && std::fabs(value) < FLT_MIN;
  if (ec != std::errc() || back != value || subnormal) {
    n = std::snprintf(buffer, sizeof(buffer), "%.*g", kDigits + 2, static_cast<double>(value));
    std::replace(buffer, buffer + n, ',', '.');
  }
  out->append(buffer, n);
}

class Printer {
 public:
  Printer(bool pretty, std::string* out) : pretty_(pretty), out_(out) {}

  void PrintMessage(const JsonMessage& type, const Message& message) {
    const Reflection* r = message.GetReflection();
    out_->push_back('{');
    ++level_;
    bool first = true;
    for (const JsonField* field : type.print_order) {
      const FieldDescriptor* fd = field->field;
      // Message fields only when set; repeated and map fields always; scalars always.
      if (field->message != nullptr && !field->is_map && !field->is_repeated &&
          !r->HasField(message, fd)) {
        continue;
      }
      Next(&first);
      Key(*field);
      if (field->is_map) {
        PrintMap(*field, r, message);
      } else if (field->is_repeated) {
        PrintList(*field, r, message);
      } else if (field->message != nullptr) {
        PrintMessage(*field->message, r->GetMessage(message, fd));
      } else {
        PrintScalar(fd, r, message, -1);
      }
    }
    for (const JsonField* field : type.print_trailing) {  // set oneof/optional scalars
      if (!r->HasField(message, field->field)) continue;
      Next(&first);
      Key(*field);
      PrintScalar(field->field, r, message, -1);
    }
    Close('}', first);
  }

 private:
  // Before each member of an object or array: a comma after the first, and in pretty mode a
  // new line indented one space per level (protobuf's add_whitespace).
  void Next(bool* first) {
    if (!*first) out_->push_back(',');
    *first = false;
    if (pretty_) {
      out_->push_back('\n');
      out_->append(level_, ' ');
    }
  }
  void Close(char c, bool empty) {
    --level_;
    if (pretty_ && !empty) {
      out_->push_back('\n');
      out_->append(level_, ' ');
    }
    out_->push_back(c);
  }
  void Key(const JsonField& field) {
    out_->append(field.quoted_name);
    out_->append(pretty_ ? ": " : ":");
  }

  void PrintList(const JsonField& field, const Reflection* r, const Message& message) {
    const FieldDescriptor* fd = field.field;
    const int n = r->FieldSize(message, fd);
    out_->push_back('[');
    ++level_;
    bool first = true;
    for (int i = 0; i < n; ++i) {
      Next(&first);
      if (field.message != nullptr) {
        PrintMessage(*field.message, r->GetRepeatedMessage(message, fd, i));
      } else {
        PrintScalar(fd, r, message, i);
      }
    }
    Close(']', n == 0);
  }

  // Entries in key order, as deterministic serialization writes them; for a key repeated in
  // the repeated view of the map (possible only when built by reflection), the last wins.
  void PrintMap(const JsonField& field, const Reflection* r, const Message& message) {
    struct Entry {
      int64_t i = 0;
      uint64_t u = 0;
      const std::string* s = nullptr;
      const Message* m = nullptr;
    };
    const FieldDescriptor* fd = field.field;
    const FieldDescriptor* key = field.map_key;
    const int n = r->FieldSize(message, fd);
    std::vector<Entry> entries(n);
    std::vector<std::string> scratch(key->cpp_type() == FieldDescriptor::CPPTYPE_STRING ? n : 0);
    for (int i = 0; i < n; ++i) {
      Entry& e = entries[i];
      e.m = &r->GetRepeatedMessage(message, fd, i);
      const Reflection* er = e.m->GetReflection();
      switch (key->cpp_type()) {
        case FieldDescriptor::CPPTYPE_STRING: e.s = &er->GetStringReference(*e.m, key, &scratch[i]); break;
        case FieldDescriptor::CPPTYPE_INT32: e.i = er->GetInt32(*e.m, key); break;
        case FieldDescriptor::CPPTYPE_INT64: e.i = er->GetInt64(*e.m, key); break;
        case FieldDescriptor::CPPTYPE_UINT32: e.u = er->GetUInt32(*e.m, key); break;
        case FieldDescriptor::CPPTYPE_UINT64: e.u = er->GetUInt64(*e.m, key); break;
        case FieldDescriptor::CPPTYPE_BOOL: e.u = er->GetBool(*e.m, key) ? 1 : 0; break;
        default: break;
      }
    }
    const bool by_string = key->cpp_type() == FieldDescriptor::CPPTYPE_STRING;
    const bool by_signed = key->cpp_type() == FieldDescriptor::CPPTYPE_INT32 ||
                           key->cpp_type() == FieldDescriptor::CPPTYPE_INT64;
    auto less = [&](const Entry& a, const Entry& b) {
      return by_string ? *a.s < *b.s : by_signed ? a.i < b.i : a.u < b.u;
    };
    std::stable_sort(entries.begin(), entries.end(), less);
    out_->push_back('{');
    ++level_;
    bool first = true;
    for (int i = 0; i < n; ++i) {
      const Entry& e = entries[i];
      if (i + 1 < n && !less(e, entries[i + 1])) continue;  // a later entry has this key
      Next(&first);
      if (by_string) {
        AppendQuoted(*e.s, out_);
      } else if (key->cpp_type() == FieldDescriptor::CPPTYPE_BOOL) {
        out_->append(e.u != 0 ? "\"true\"" : "\"false\"");
      } else if (by_signed) {
        absl::StrAppend(out_, "\"", e.i, "\"");
      } else {
        absl::StrAppend(out_, "\"", e.u, "\"");
      }
      out_->append(pretty_ ? ": " : ":");
      const Reflection* er = e.m->GetReflection();
      if (field.message != nullptr) {
        PrintMessage(*field.message, er->GetMessage(*e.m, field.map_value));
      } else {
        PrintScalar(field.map_value, er, *e.m, -1);
      }
    }
    Close('}', first);
  }

  // The value of `fd` in `message`, or its element `index` when index >= 0.
  void PrintScalar(const FieldDescriptor* fd, const Reflection* r, const Message& message,
                   int index) {
    const bool one = index < 0;
    switch (fd->cpp_type()) {
      case FieldDescriptor::CPPTYPE_INT32:
        absl::StrAppend(out_, one ? r->GetInt32(message, fd) : r->GetRepeatedInt32(message, fd, index));
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        absl::StrAppend(out_, one ? r->GetUInt32(message, fd) : r->GetRepeatedUInt32(message, fd, index));
        break;
      case FieldDescriptor::CPPTYPE_INT64:  // 64-bit integers are strings: JavaScript's doubles
        absl::StrAppend(out_, "\"", one ? r->GetInt64(message, fd) : r->GetRepeatedInt64(message, fd, index), "\"");
        break;
      case FieldDescriptor::CPPTYPE_UINT64:
        absl::StrAppend(out_, "\"", one ? r->GetUInt64(message, fd) : r->GetRepeatedUInt64(message, fd, index), "\"");
        break;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        AppendFloating(one ? r->GetDouble(message, fd) : r->GetRepeatedDouble(message, fd, index), out_);
        break;
      case FieldDescriptor::CPPTYPE_FLOAT:
        AppendFloating(one ? r->GetFloat(message, fd) : r->GetRepeatedFloat(message, fd, index), out_);
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        out_->append((one ? r->GetBool(message, fd) : r->GetRepeatedBool(message, fd, index)) ? "true" : "false");
        break;
      case FieldDescriptor::CPPTYPE_ENUM: {
        int value = one ? r->GetEnumValue(message, fd) : r->GetRepeatedEnumValue(message, fd, index);
        const auto* known = fd->enum_type()->FindValueByNumber(value);
        if (known != nullptr) {
          absl::StrAppend(out_, "\"", known->name(), "\"");
        } else {
          absl::StrAppend(out_, value);  // an unknown value of an open enum: its number
        }
        break;
      }
      case FieldDescriptor::CPPTYPE_STRING: {
        std::string scratch;
        const std::string& value = one ? r->GetStringReference(message, fd, &scratch)
                                       : r->GetRepeatedStringReference(message, fd, index, &scratch);
        if (fd->type() == FieldDescriptor::TYPE_BYTES) {
          absl::StrAppend(out_, "\"", absl::Base64Escape(value), "\"");
        } else {
          AppendQuoted(value, out_);
        }
        break;
      }
      case FieldDescriptor::CPPTYPE_MESSAGE:
        break;
    }
  }

  const bool pretty_;
  std::string* out_;
  int level_ = 0;
};

}  // namespace

std::string PrintJson(const google::protobuf::Message& message, bool pretty) {
  json_internal::JsonTypes types(message.GetDescriptor());
  std::string out;
  out.reserve(4096);
  Printer(pretty, &out).PrintMessage(types.root(), message);
  if (pretty) out.push_back('\n');  // protobuf ends add_whitespace output with a new line
  return out;
}

}  // namespace jixiao
