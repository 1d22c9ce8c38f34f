// Message → JSON text by reflection, byte for byte as protobuf 3.21's util prints it with
// jixiao's options (proto field names, defaults printed): docs/JSON.md.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/strings/charconv.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "lib/base/utf8.h"
#include "lib/json/json_codec.h"
#include "lib/json/json_types.h"

namespace jixiao {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;
using json_internal::JsonField;
using json_internal::JsonMessage;

constexpr char kHex[] = "0123456789abcdef";

// memcpy for the short pieces JSON is made of (names, numbers), without a call for each.
inline void CopyBytes(char* dst, const char* src, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t head, tail;
    std::memcpy(&head, src, 8);
    std::memcpy(&tail, src + n - 8, 8);
    std::memcpy(dst, &head, 8);
    std::memcpy(dst + n - 8, &tail, 8);
  } else if (n < 8) {
    for (size_t i = 0; i < n; ++i) dst[i] = src[i];
  } else {
    std::memcpy(dst, src, n);
  }
}

// The output, grown by hand: pieces are small, and std::string::append is a call for each. It
// is written in a per-thread buffer that is kept, so its growth is paid for once.
class Sink {
 public:
  Sink() : buffer_(Buffer()) {
    p_ = buffer_.data();
    end_ = p_ + buffer_.size();
  }
  // Room for n more bytes at the returned pointer; Commit() says how many were written.
  char* Reserve(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) Grow(n);
    return p_;
  }
  void Commit(char* end) { p_ = end; }
  void Append(const char* data, size_t n) {
    CopyBytes(Reserve(n), data, n);
    p_ += n;
  }
  void Append(absl::string_view text) { Append(text.data(), text.size()); }
  void Push(char c) {
    *Reserve(1) = c;
    ++p_;
  }
  absl::string_view Text() const {
    return absl::string_view(buffer_.data(), static_cast<size_t>(p_ - buffer_.data()));
  }
  void Trim() {  // the buffer kept is not a batch's worth
    if (buffer_.size() > kKept) std::string(kKept, '\0').swap(buffer_);
  }

 private:
  static constexpr size_t kKept = 1 << 20;
  static std::string& Buffer() {
    thread_local std::string buffer(16 << 10, '\0');
    return buffer;
  }
  void Grow(size_t n) {
    size_t used = p_ - buffer_.data();
    buffer_.resize(std::max(2 * buffer_.size(), used + n));
    p_ = buffer_.data() + used;
    end_ = buffer_.data() + buffer_.size();
  }

  std::string& buffer_;
  char* p_;
  char* end_;
};

char* PutU16Escape(uint32_t unit, char* q) {
  q[0] = '\\';
  q[1] = 'u';
  q[2] = kHex[(unit >> 12) & 0xf];
  q[3] = kHex[(unit >> 8) & 0xf];
  q[4] = kHex[(unit >> 4) & 0xf];
  q[5] = kHex[unit & 0xf];
  return q + 6;
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

// Writes the escape of cp at q (at most 12 bytes); returns the end.
char* PutEscape(uint32_t cp, char* q) {
  char simple = 0;
  switch (cp) {
    case '"': simple = '"'; break;
    case '\\': simple = '\\'; break;
    case '\b': simple = 'b'; break;
    case '\t': simple = 't'; break;
    case '\n': simple = 'n'; break;
    case '\f': simple = 'f'; break;
    case '\r': simple = 'r'; break;
    default: break;
  }
  if (simple != 0) {
    q[0] = '\\';
    q[1] = simple;
    return q + 2;
  }
  if (cp < 0x10000) return PutU16Escape(cp, q);
  cp -= 0x10000;
  return PutU16Escape(0xdc00 + (cp & 0x3ff), PutU16Escape(0xd800 + (cp >> 10), q));
}

// ASCII that goes out as it is: printable, and not " \\ < > (HTML) or DEL.
constexpr struct PlainAsciiTable {
  bool table[256] = {};
  constexpr PlainAsciiTable() {
    for (int c = 0x20; c < 0x7f; ++c) table[c] = c != '"' && c != '\\' && c != '<' && c != '>';
  }
} kPlainAscii;

inline bool PlainAscii(uint8_t c) { return kPlainAscii.table[c]; }

// `s` as a JSON string. Runs of characters that need no escape are copied at once; bad UTF-8
// (only possible in messages built in code) is dropped, as protobuf does.
void AppendQuoted(absl::string_view s, Sink* sink) {
  // An escape is at most 6 bytes per input byte ("\\u0000"; 12 for 4 bytes).
  char* q = sink->Reserve(6 * s.size() + 2);
  *q++ = '"';
  size_t run = 0, i = 0;
  const size_t n = s.size();
  const auto* u = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    const uint8_t c = u[i];
    if (PlainAscii(c)) {
      ++i;
      continue;
    }
    // CJK, most of jixiao's text: E3..EC or EE and two continuation bytes need no escape.
    if (IsCommonThreeByteUtf8(s.data() + i, s.data() + n)) {
      i += 3;
      continue;
    }
    char32_t cp = c;
    size_t length = 1;
    bool ok = c < 0x80 || DecodeUtf8LikeProtobufEscaper(s, i, &cp, &length);
    if (ok && !NeedsEscape(cp)) {
      i += length;
      continue;
    }
    CopyBytes(q, s.data() + run, i - run);
    q += i - run;
    if (ok) q = PutEscape(cp, q);
    i += length;
    run = i;
  }
  CopyBytes(q, s.data() + run, n - run);
  q += n - run;
  *q++ = '"';
  sink->Commit(q);
}

// protobuf's SimpleDtoa/SimpleFtoa: %.15g (%.6g for a float) when that reads back to the same
// value, else %.17g (%.9g); non-finite values are the strings JSON uses for them.
template <typename T>
void AppendFloating(T value, Sink* out) {
  if (std::isnan(value)) {
    out->Append("\"NaN\"");
    return;
  }
  if (std::isinf(value)) {
    out->Append(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    return;
  }
  constexpr bool kFloat = sizeof(T) == sizeof(float);
  constexpr int kShort = kFloat ? FLT_DIG : DBL_DIG;
  constexpr int kLong = kFloat ? FLT_DIG + 3 : DBL_DIG + 2;
  char buffer[40];
  int n = std::snprintf(buffer, sizeof(buffer), "%.*g", kShort, static_cast<double>(value));
  std::replace(buffer, buffer + n, ',', '.');  // whatever the C locale's radix
  T back;
  auto [ptr, ec] = absl::from_chars(buffer, buffer + n, back);
  // protobuf reads a float back with strtof and errno, and a subnormal result sets ERANGE.
  bool subnormal = kFloat && back != 0 && std::fabs(back) < FLT_MIN;
  if (ec != std::errc() || back != value || subnormal) {
    n = std::snprintf(buffer, sizeof(buffer), "%.*g", kLong, static_cast<double>(value));
    std::replace(buffer, buffer + n, ',', '.');
  }
  out->Append(buffer, n);
}

template <typename T>
void AppendInteger(T value, bool quoted, Sink* out) {
  absl::AlphaNum digits(value);
  if (quoted) out->Push('"');
  out->Append(digits.Piece());
  if (quoted) out->Push('"');
}

class Printer {
 public:
  Printer(bool pretty, Sink* out) : pretty_(pretty), out_(out) {}

  void PrintMessage(const JsonMessage& type, const Message& message) {
    const Reflection* r = message.GetReflection();
    out_->Push('{');
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
        PrintScalar(*field, fd, r, message, -1);
      }
    }
    for (const JsonField* field : type.print_trailing) {  // set oneof/optional scalars
      if (!r->HasField(message, field->field)) continue;
      Next(&first);
      Key(*field);
      PrintScalar(*field, field->field, r, message, -1);
    }
    Close('}', first);
  }

 private:
  // Before each member of an object or array: a comma after the first, and in pretty mode a
  // new line indented one space per level (protobuf's add_whitespace).
  void Next(bool* first) {
    if (!*first) out_->Push(',');
    *first = false;
    if (pretty_) NewLine();
  }
  void NewLine() {
    char* q = out_->Reserve(level_ + 1);
    *q = '\n';
    std::memset(q + 1, ' ', level_);
    out_->Commit(q + 1 + level_);
  }
  void Close(char c, bool empty) {
    --level_;
    if (pretty_ && !empty) NewLine();
    out_->Push(c);
  }
  void Key(const JsonField& field) { out_->Append(pretty_ ? field.pretty_name : field.quoted_name); }

  void PrintList(const JsonField& field, const Reflection* r, const Message& message) {
    const FieldDescriptor* fd = field.field;
    out_->Push('[');
    ++level_;
    bool first = true;
    const int n = r->FieldSize(message, fd);
    for (int i = 0; i < n; ++i) {
      Next(&first);
      if (field.message != nullptr) {
        PrintMessage(*field.message, r->GetRepeatedMessage(message, fd, i));
      } else {
        PrintScalar(field, fd, r, message, i);
      }
    }
    Close(']', first);
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
    const FieldDescriptor* key = field.map_key;
    const auto key_type = key->cpp_type();
    std::vector<Entry> entries;
    std::vector<std::string> scratch;
    const int n = r->FieldSize(message, field.field);
    for (int i = 0; i < n; ++i) {
      const Message& m = r->GetRepeatedMessage(message, field.field, i);
      Entry& e = entries.emplace_back();
      e.m = &m;
      const Reflection* er = m.GetReflection();
      switch (key_type) {
        case FieldDescriptor::CPPTYPE_STRING:
          e.s = &er->GetStringReference(m, key, nullptr);
          break;
        case FieldDescriptor::CPPTYPE_INT32: e.i = er->GetInt32(m, key); break;
        case FieldDescriptor::CPPTYPE_INT64: e.i = er->GetInt64(m, key); break;
        case FieldDescriptor::CPPTYPE_UINT32: e.u = er->GetUInt32(m, key); break;
        case FieldDescriptor::CPPTYPE_UINT64: e.u = er->GetUInt64(m, key); break;
        case FieldDescriptor::CPPTYPE_BOOL: e.u = er->GetBool(m, key) ? 1 : 0; break;
        default: break;
      }
    }
    const bool by_string = key_type == FieldDescriptor::CPPTYPE_STRING;
    const bool by_signed =
        key_type == FieldDescriptor::CPPTYPE_INT32 || key_type == FieldDescriptor::CPPTYPE_INT64;
    auto less = [&](const Entry& a, const Entry& b) {
      return by_string ? *a.s < *b.s : by_signed ? a.i < b.i : a.u < b.u;
    };
    std::stable_sort(entries.begin(), entries.end(), less);
    out_->Push('{');
    ++level_;
    bool first = true;
    for (size_t i = 0; i < entries.size(); ++i) {
      const Entry& e = entries[i];
      if (i + 1 < entries.size() && !less(e, entries[i + 1])) continue;  // a later one wins
      Next(&first);
      if (by_string) {
        AppendQuoted(*e.s, out_);
      } else if (key_type == FieldDescriptor::CPPTYPE_BOOL) {
        out_->Append(e.u != 0 ? "\"true\"" : "\"false\"");
      } else if (by_signed) {
        AppendInteger(e.i, /*quoted=*/true, out_);
      } else {
        AppendInteger(e.u, /*quoted=*/true, out_);
      }
      out_->Append(pretty_ ? ": " : ":");
      const Reflection* er = e.m->GetReflection();
      if (field.message != nullptr) {
        PrintMessage(*field.message, er->GetMessage(*e.m, field.map_value));
      } else {
        PrintScalar(field, field.map_value, er, *e.m, -1);
      }
    }
    Close('}', first);
  }

  // The value of `fd` (field's value) in `message`, or its element `index` when index >= 0.
  void PrintScalar(const JsonField& field, const FieldDescriptor* fd, const Reflection* r,
                   const Message& m, int index) {
    const bool one = index < 0;
    switch (field.cpp_type) {
      case FieldDescriptor::CPPTYPE_INT32:
        AppendInteger(one ? r->GetInt32(m, fd) : r->GetRepeatedInt32(m, fd, index), false, out_);
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        AppendInteger(one ? r->GetUInt32(m, fd) : r->GetRepeatedUInt32(m, fd, index), false, out_);
        break;
      case FieldDescriptor::CPPTYPE_INT64:  // 64-bit integers are strings: JavaScript's doubles
        AppendInteger(one ? r->GetInt64(m, fd) : r->GetRepeatedInt64(m, fd, index), true, out_);
        break;
      case FieldDescriptor::CPPTYPE_UINT64:
        AppendInteger(one ? r->GetUInt64(m, fd) : r->GetRepeatedUInt64(m, fd, index), true, out_);
        break;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        AppendFloating(one ? r->GetDouble(m, fd) : r->GetRepeatedDouble(m, fd, index), out_);
        break;
      case FieldDescriptor::CPPTYPE_FLOAT:
        AppendFloating(one ? r->GetFloat(m, fd) : r->GetRepeatedFloat(m, fd, index), out_);
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        out_->Append((one ? r->GetBool(m, fd) : r->GetRepeatedBool(m, fd, index)) ? "true"
                                                                                  : "false");
        break;
      case FieldDescriptor::CPPTYPE_ENUM: {
        int value = one ? r->GetEnumValue(m, fd) : r->GetRepeatedEnumValue(m, fd, index);
        const auto* known = fd->enum_type()->FindValueByNumber(value);
        if (known != nullptr) {
          out_->Push('"');
          out_->Append(known->name());
          out_->Push('"');
        } else {
          AppendInteger(value, false, out_);  // an unknown value of an open enum: its number
        }
        break;
      }
      case FieldDescriptor::CPPTYPE_STRING: {
        std::string scratch;
        const std::string& value = one ? r->GetStringReference(m, fd, &scratch)
                                       : r->GetRepeatedStringReference(m, fd, index, &scratch);
        if (field.type == FieldDescriptor::TYPE_BYTES) {
          out_->Push('"');
          out_->Append(absl::Base64Escape(value));
          out_->Push('"');
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
  Sink* out_;
  int level_ = 0;
};

}  // namespace

void PrintJson(const google::protobuf::Message& message, bool pretty,
               absl::FunctionRef<void(absl::string_view)> take) {
  json_internal::JsonTypes types(message.GetDescriptor());
  Sink sink;
  Printer(pretty, &sink).PrintMessage(types.root(), message);
  if (pretty) sink.Push('\n');  // protobuf ends add_whitespace output with a new line
  take(sink.Text());
  sink.Trim();
}

std::string PrintJson(const google::protobuf::Message& message, bool pretty) {
  std::string out;
  PrintJson(message, pretty,
            [&out](absl::string_view text) { out.assign(text.data(), text.size()); });
  return out;
}

}  // namespace jixiao
