// JSON text → message by reflection, in one pass with no intermediate tree: docs/JSON.md.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/charconv.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "lib/json/json_codec.h"
#include "lib/json/json_lexer.h"
#include "lib/json/json_types.h"

namespace jixiao {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;
using json_internal::JsonEnum;
using json_internal::JsonField;
using json_internal::JsonMessage;

// A scalar read from the text and converted to its field's type, before it is stored.
struct Scalar {
  int32_t i32 = 0;
  int64_t i64 = 0;
  uint32_t u32 = 0;
  uint64_t u64 = 0;
  double d = 0;
  float f = 0;
  bool b = false;
  std::string s;
};

// Equality of short texts (field names) without a call to memcmp: two overlapping words.
inline bool SameText(absl::string_view a, absl::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n >= 8 && n <= 16) {
    uint64_t a0, a1, b0, b1;
    std::memcpy(&a0, a.data(), 8);
    std::memcpy(&a1, a.data() + n - 8, 8);
    std::memcpy(&b0, b.data(), 8);
    std::memcpy(&b1, b.data() + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4 && n < 8) {
    uint32_t a0, a1, b0, b1;
    std::memcpy(&a0, a.data(), 4);
    std::memcpy(&a1, a.data() + n - 4, 4);
    std::memcpy(&b0, b.data(), 4);
    std::memcpy(&b1, b.data() + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return a == b;
}

// How a scalar token was written: the converters accept some types in either form.
enum class TokenKind { kString, kNumber, kTrue, kFalse, kObject, kArray };

// The text of a value for an error message: quoted if it was a string, cut at 60 bytes.
std::string Shown(TokenKind kind, absl::string_view text) {
  if (kind == TokenKind::kObject) return "an object";
  if (kind == TokenKind::kArray) return "an array";
  bool cut = text.size() > 60;
  if (cut) {
    size_t n = 60;
    text = Utf8Prefix(text, n);  // whole characters
  }
  std::string shown = kind == TokenKind::kString
                          ? absl::StrCat("\"", absl::Utf8SafeCEscape(text), "\"")
                          : std::string(text);
  return cut ? absl::StrCat(shown, "…") : shown;
}

std::string TypeName(const FieldDescriptor* fd) {
  if (fd->type() == FieldDescriptor::TYPE_ENUM) {
    return absl::StrCat("enum ", fd->enum_type()->full_name());
  }
  if (fd->type() == FieldDescriptor::TYPE_MESSAGE) {
    return absl::StrCat("message ", fd->message_type()->full_name());
  }
  if (fd->type() == FieldDescriptor::TYPE_BYTES) return "bytes (base64)";
  return fd->type_name();
}

// protobuf's quoted integers: an optional sign and decimal digits, leading zeros allowed.
bool IsIntegerText(absl::string_view text) {
  size_t i = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
  if (i == text.size()) return false;
  for (; i < text.size(); ++i) {
    if (!json_internal::IsDigit(text[i])) return false;
  }
  return true;
}

// A JSON number or quoted integer as an integer of type T, range-checked. As in protobuf, a
// number with a fraction or exponent is read as a double and must be integral.
template <typename T>
bool ToInteger(absl::string_view text, TokenKind kind, bool integral, T* out) {
  constexpr bool kUnsigned = !std::numeric_limits<T>::is_signed;
  if (kind == TokenKind::kString) {
    if (!IsIntegerText(text) || (kUnsigned && text[0] == '-')) return false;
    return absl::SimpleAtoi(text, out);
  }
  if (kind != TokenKind::kNumber) return false;
  if (integral) {
    if (kUnsigned && text[0] == '-') {  // only "-0" is a non-negative integer written so
      if (text != "-0") return false;
      *out = 0;
      return true;
    }
    return absl::SimpleAtoi(text, out);
  }
  double d;
  auto [ptr, ec] = absl::from_chars(text.data(), text.data() + text.size(), d);
  if (ec != std::errc() || ptr != text.data() + text.size() || d != std::trunc(d)) return false;
  // 2^63 and 2^64 are exact doubles; the 32-bit limits are too.
  constexpr double kLimit = std::numeric_limits<T>::digits == 31   ? 2147483648.0
                            : std::numeric_limits<T>::digits == 32 ? 4294967296.0
                            : std::numeric_limits<T>::digits == 63 ? 9223372036854775808.0
                                                                   : 18446744073709551616.0;
  constexpr double kLow = kUnsigned ? 0.0 : -kLimit;
  if (!(d >= kLow && d < kLimit)) return false;
  *out = static_cast<T>(d);
  return true;
}

// A JSON number or a quoted one, "Infinity", "-Infinity" or "NaN" as a double.
bool ToDouble(absl::string_view text, TokenKind kind, bool integral, double* out) {
  if (kind == TokenKind::kString) {
    if (text == "Infinity") {
      *out = std::numeric_limits<double>::infinity();
      return true;
    }
    if (text == "-Infinity") {
      *out = -std::numeric_limits<double>::infinity();
      return true;
    }
    if (text == "NaN") {
      *out = std::numeric_limits<double>::quiet_NaN();
      return true;
    }
    if (json_internal::ScanJsonNumber(text.data(), text.data() + text.size(), &integral) !=
        text.data() + text.size()) {
      return false;
    }
  } else if (kind != TokenKind::kNumber) {
    return false;
  } else if (integral && (text == "0" || text == "-0")) {
    *out = 0;  // protobuf reads an integer literal as an integer: -0 is 0
    return true;
  }
  auto [ptr, ec] = absl::from_chars(text.data(), text.data() + text.size(), *out);
  if (ptr != text.data() + text.size()) return false;
  // Out of range: too large is an error; too small is 0 (or a subnormal), as in protobuf.
  return ec == std::errc() || std::fabs(*out) < 1;
}

// protobuf's quoted booleans (safe_strtob): true/t/yes/y/1 and false/f/no/n/0, any case.
bool ToBool(absl::string_view text, bool* out) {
  for (absl::string_view yes : {"true", "t", "yes", "y", "1"}) {
    if (absl::EqualsIgnoreCase(text, yes)) {
      *out = true;
      return true;
    }
  }
  for (absl::string_view no : {"false", "f", "no", "n", "0"}) {
    if (absl::EqualsIgnoreCase(text, no)) {
      *out = false;
      return true;
    }
  }
  return false;
}

// bytes: base64 (standard or URL-safe, padding optional), canonical: re-encoding gives it back.
bool ToBytes(absl::string_view text, std::string* out) {
  absl::string_view unpadded = text;
  while (absl::EndsWith(unpadded, "=")) unpadded.remove_suffix(1);
  if (text.size() - unpadded.size() > 2) return false;
  if (text.size() != unpadded.size() && text.size() % 4 != 0) return false;
  for (char c : unpadded) {
    if (!absl::ascii_isalnum(c) && c != '+' && c != '/' && c != '-' && c != '_') return false;
  }
  std::string again;
  if (absl::WebSafeBase64Unescape(unpadded, out)) {
    absl::WebSafeBase64Escape(*out, &again);
  } else if (absl::Base64Unescape(unpadded, out)) {
    again = absl::Base64Escape(*out);
    while (absl::EndsWith(again, "=")) again.pop_back();
  } else {
    return false;
  }
  return again == unpadded;
}

class Parser {
 public:
  explicit Parser(absl::string_view json) : lex_(json) {}

  bool ParseRoot(const JsonMessage& type, Message* message) {
    SkipSpace();
    if (lex_.AtEnd()) return SyntaxError("the input is empty; expected a JSON object");
    if (lex_.Peek() != '{') return SyntaxError("expected a JSON object");
    if (!ParseObject(type, message)) return false;
    SkipSpace();
    if (!lex_.AtEnd()) return SyntaxError("unexpected text after the JSON object");
    return true;
  }

  // The error, with its JSON path ("indicators[3].actual.numbr: unknown field").
  absl::Status status() const {
    std::string path;
    for (auto it = path_.rbegin(); it != path_.rend(); ++it) {
      if (!path.empty() && (*it)[0] != '[') path += '.';
      path += *it;
    }
    return absl::InvalidArgumentError(
        absl::StrCat(path, path.empty() ? "" : ": ", lex_.error(), lex_.error_position()));
  }

 private:
  bool Error(std::string what) { return lex_.Error(std::move(what)); }
  bool SyntaxError(std::string what) { return lex_.SyntaxError(std::move(what)); }
  bool InvalidValue(const FieldDescriptor* fd, TokenKind kind, absl::string_view text) {
    if (kind == TokenKind::kObject || kind == TokenKind::kArray) {
      return Error(absl::StrCat("expected ", TypeName(fd), ", got ", Shown(kind, text)));
    }
    return Error(absl::StrCat("invalid value ", Shown(kind, text), " for ", TypeName(fd)));
  }
  void AtField(absl::string_view name) { path_.emplace_back(name); }
  void AtIndex(int i) { path_.push_back(absl::StrCat("[", i, "]")); }
  void AtKey(absl::string_view key) {
    path_.push_back(absl::StrCat("[\"", absl::Utf8SafeCEscape(key), "\"]"));
  }

  void SkipSpace() { lex_.SkipSpace(); }
  bool At(char c) const { return lex_.At(c); }
  bool ConsumeLiteral(absl::string_view word) { return lex_.ConsumeLiteral(word); }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool ReadString(absl::string_view* out) {
    return lex_.ReadString(out);
  }

  bool ParseObject(const JsonMessage& type, Message* message) {
    if (++depth_ > kJsonMaxDepth) {
      return SyntaxError(absl::StrCat("objects nested more than ", kJsonMaxDepth, " deep"));
    }
    lex_.Advance();  // '{'
    SkipSpace();
    const size_t n = type.fields.size();
    // Fields seen so far, to reject one given twice; on the stack for up to 128 fields.
    uint64_t seen_inline[2] = {0, 0};
    std::vector<uint64_t> seen_heap(n > 128 ? (n + 63) / 64 : 0);
    uint64_t* seen = n > 128 ? seen_heap.data() : seen_inline;
    if (At('}')) {
      lex_.Advance();
      --depth_;
      return true;
    }
    const Reflection* reflection = message->GetReflection();
    size_t next = 0;  // the field expected next: JSON usually lists them in declaration order
    while (true) {
      if (!At('"')) return SyntaxError("expected a field name in double quotes");
      absl::string_view key;
      if (!ReadString(&key)) return false;
      if (!lex_.Colon("the field name")) return false;
      const JsonField* expected = next < n ? &type.fields[next] : nullptr;
      const JsonField* found;
      if (expected != nullptr && (SameText(key, expected->name) || SameText(key, expected->json_name))) {
        found = expected;
      } else {
        auto it = type.by_name.find(key);
        if (it == type.by_name.end()) {
          AtField(absl::Utf8SafeCEscape(key));
          return Error("unknown field");
        }
        found = it->second;
      }
      next = found->index + 1;
      const JsonField& field = *found;
      uint64_t bit = uint64_t{1} << (field.index % 64);
      if (seen[field.index / 64] & bit) {
        AtField(field.field->name());
        return Error("field given twice");
      }
      seen[field.index / 64] |= bit;
      if (field.plain_string && At('"')) {  // most fields of a form, without ParseField's tests
        absl::string_view text;
        if (!ReadString(&text)) {
          AtField(field.field->name());
          return false;
        }
        reflection->SetString(message, field.field, std::string(text));
      } else if (!ParseField(field, reflection, message)) {
        AtField(field.field->name());
        return false;
      }
      bool closed;
      if (!lex_.CommaOrClose('}', "a field", &closed)) return false;
      if (closed) {
        --depth_;
        return true;
      }
    }
  }

  // The lexer is at the value of `field`.
  bool ParseField(const JsonField& field, const Reflection* reflection, Message* message) {
    if (lex_.AtEnd()) return SyntaxError("expected a value");
    if (lex_.Peek() == 'n') {
      if (!ConsumeLiteral("null")) return SyntaxError("expected a value");
      return true;  // the default; for a repeated field or a map, empty
    }
    const FieldDescriptor* fd = field.field;
    if (field.is_map) return ParseMap(field, reflection, message);
    if (field.is_repeated) return ParseArray(field, reflection, message);
    if (const google::protobuf::OneofDescriptor* oneof = fd->real_containing_oneof();
        oneof != nullptr && reflection->HasOneof(*message, oneof)) {
      return Error(absl::StrCat("oneof '", oneof->name(), "' already has '",
                                reflection->GetOneofFieldDescriptor(*message, oneof)->name(),
                                "' set"));
    }
    return ParseValue(field, reflection, message, /*add=*/false);
  }

  // The value (not null) of `field`, a message, a string or a scalar: set, or added to the
  // repeated field.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool ParseValue(const JsonField& field, const Reflection* reflection,
                                               Message* message, bool add) {
    const FieldDescriptor* fd = field.field;
    if (field.message != nullptr) {
      if (lex_.Peek() != '{') return ExpectedObject(fd);
      return ParseObject(*field.message, add ? reflection->AddMessage(message, fd)
                                             : reflection->MutableMessage(message, fd));
    }
    if (field.type == FieldDescriptor::TYPE_STRING && lex_.Peek() == '"') {
      absl::string_view text;
      if (!ReadString(&text)) return false;
      if (add) {
        reflection->AddString(message, fd, std::string(text));
      } else {
        reflection->SetString(message, fd, std::string(text));
      }
      return true;
    }
    if (!ReadScalar(field, &scalar_)) return false;
    Store(reflection, message, fd, field.cpp_type, add);
    return true;
  }

  bool ExpectedObject(const FieldDescriptor* fd) {
    TokenKind kind;
    absl::string_view text;
    bool integral;
    if (!ReadToken(&kind, &text, &integral)) return false;
    return InvalidValue(fd, kind, text);
  }

  bool ParseArray(const JsonField& field, const Reflection* reflection, Message* message) {
    if (lex_.Peek() != '[') {
      TokenKind kind;
      absl::string_view text;
      bool integral;
      if (!ReadToken(&kind, &text, &integral)) return false;
      return Error(absl::StrCat("expected an array, got ", Shown(kind, text)));
    }
    lex_.Advance();
    SkipSpace();
    if (At(']')) {
      lex_.Advance();
      return true;
    }
    for (int i = 0;; ++i) {
      if (!ParseElement(field, reflection, message)) {
        AtIndex(i);
        return false;
      }
      bool closed;
      if (!lex_.CommaOrClose(']', "an array element", &closed)) return false;
      if (closed) return true;
    }
  }

  bool ParseElement(const JsonField& field, const Reflection* reflection, Message* message) {
    if (lex_.AtEnd()) return SyntaxError("expected a value");
    if (lex_.Peek() == 'n') {
      if (!ConsumeLiteral("null")) return SyntaxError("expected a value");
      return Error("null is not allowed in an array");
    }
    return ParseValue(field, reflection, message, /*add=*/true);
  }

  bool ParseMap(const JsonField& field, const Reflection* reflection, Message* message) {
    if (lex_.Peek() != '{') {
      TokenKind kind;
      absl::string_view text;
      bool integral;
      if (!ReadToken(&kind, &text, &integral)) return false;
      return Error(absl::StrCat("expected an object (a map), got ", Shown(kind, text)));
    }
    if (++depth_ > kJsonMaxDepth) {
      return SyntaxError(absl::StrCat("objects nested more than ", kJsonMaxDepth, " deep"));
    }
    lex_.Advance();
    SkipSpace();
    if (At('}')) {
      lex_.Advance();
      --depth_;
      return true;
    }
    absl::flat_hash_set<std::string> keys;  // as read, so "01" and "1" are one int key
    while (true) {
      if (!At('"')) return SyntaxError("expected a map key in double quotes");
      absl::string_view key_view;
      if (!ReadString(&key_view)) return false;
      std::string key(key_view);
      if (!lex_.Colon("the map key")) return false;
      if (!ParseMapEntry(field, key, &keys, reflection, message)) {
        AtKey(key);
        return false;
      }
      bool closed;
      if (!lex_.CommaOrClose('}', "a map entry", &closed)) return false;
      if (closed) {
        --depth_;
        return true;
      }
    }
  }

  bool ParseMapEntry(const JsonField& field, const std::string& key,
                     absl::flat_hash_set<std::string>* keys, const Reflection* reflection,
                     Message* message) {
    const FieldDescriptor* key_fd = field.map_key;
    const FieldDescriptor* value_fd = field.map_value;
    // The key, as its type: protobuf's quoted forms of integers and booleans.
    bool ok = true;
    std::string canonical;
    switch (key_fd->cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING:
        canonical = key;
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        ok = ToBool(key, &scalar_.b);
        canonical = scalar_.b ? "true" : "false";
        break;
      case FieldDescriptor::CPPTYPE_INT32:
        ok = ToInteger(key, TokenKind::kString, true, &scalar_.i32);
        canonical = absl::StrCat(scalar_.i32);
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        ok = ToInteger(key, TokenKind::kString, true, &scalar_.i64);
        canonical = absl::StrCat(scalar_.i64);
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        ok = ToInteger(key, TokenKind::kString, true, &scalar_.u32);
        canonical = absl::StrCat(scalar_.u32);
        break;
      case FieldDescriptor::CPPTYPE_UINT64:
        ok = ToInteger(key, TokenKind::kString, true, &scalar_.u64);
        canonical = absl::StrCat(scalar_.u64);
        break;
      default:
        ok = false;  // protobuf allows no other key types
    }
    if (!ok) {
      return Error(absl::StrCat("invalid map key ", Shown(TokenKind::kString, key), " for ",
                                TypeName(key_fd)));
    }
    if (!keys->insert(std::move(canonical)).second) return Error("map key given twice");
    Message* entry = reflection->AddMessage(message, field.field);
    const Reflection* entry_reflection = entry->GetReflection();
    if (key_fd->cpp_type() == FieldDescriptor::CPPTYPE_STRING) scalar_.s = key;
    Store(entry_reflection, entry, key_fd, key_fd->cpp_type(), /*add=*/false);
    if (lex_.AtEnd()) return SyntaxError("expected a value");
    if (lex_.Peek() == 'n') {  // null: the value type's default, as protobuf does
      if (!ConsumeLiteral("null")) return SyntaxError("expected a value");
      if (field.message != nullptr) entry_reflection->MutableMessage(entry, value_fd);
      return true;
    }
    if (field.message != nullptr) {
      if (lex_.Peek() != '{') return ExpectedObject(value_fd);
      return ParseObject(*field.message, entry_reflection->MutableMessage(entry, value_fd));
    }
    if (!ReadScalar(field, &scalar_)) return false;
    Store(entry_reflection, entry, value_fd, field.cpp_type, /*add=*/false);
    return true;
  }

  // Reads one value that is not null: a string (text is its content, unescaped), a number (its
  // literal), true, false, or the start of an object or array (not consumed).
  bool ReadToken(TokenKind* kind, absl::string_view* text, bool* integral) {
    if (lex_.AtEnd()) return SyntaxError("expected a value");
    const char c = lex_.Peek();
    if (c == '"') {
      *kind = TokenKind::kString;
      return ReadString(text);
    }
    if (c == '-' || json_internal::IsDigit(c)) {
      *kind = TokenKind::kNumber;
      return lex_.ReadNumber(text, integral);
    }
    if (c == '{' || c == '[') {
      *kind = c == '{' ? TokenKind::kObject : TokenKind::kArray;
      return true;
    }
    if (ConsumeLiteral("true")) {
      *kind = TokenKind::kTrue;
      *text = "true";
      return true;
    }
    if (ConsumeLiteral("false")) {
      *kind = TokenKind::kFalse;
      *text = "false";
      return true;
    }
    return SyntaxError("expected a value");
  }

  // Reads a scalar value (not null) of the field or map value `field` into *out.
  bool ReadScalar(const JsonField& field, Scalar* out) {
    const FieldDescriptor* fd = field.value;
    TokenKind kind;
    absl::string_view text;
    bool integral = true;
    if (!ReadToken(&kind, &text, &integral)) return false;
    bool ok = false;
    switch (field.cpp_type) {
      case FieldDescriptor::CPPTYPE_INT32:
        ok = ToInteger(text, kind, integral, &out->i32);
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        ok = ToInteger(text, kind, integral, &out->i64);
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        ok = ToInteger(text, kind, integral, &out->u32);
        break;
      case FieldDescriptor::CPPTYPE_UINT64:
        ok = ToInteger(text, kind, integral, &out->u64);
        break;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        ok = ToDouble(text, kind, integral, &out->d);
        break;
      case FieldDescriptor::CPPTYPE_FLOAT:
        // Out of float's range is an error; a value between floats rounds, as in protobuf.
        ok = ToDouble(text, kind, integral, &out->d) &&
             !(std::isfinite(out->d) && !std::isfinite(static_cast<float>(out->d)));
        out->f = static_cast<float>(out->d);
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        ok = kind == TokenKind::kTrue || kind == TokenKind::kFalse ||
             (kind == TokenKind::kString && ToBool(text, &out->b));
        if (kind != TokenKind::kString) out->b = kind == TokenKind::kTrue;
        break;
      case FieldDescriptor::CPPTYPE_STRING:
        if (kind == TokenKind::kString) {
          if (field.type == FieldDescriptor::TYPE_BYTES) {
            ok = ToBytes(text, &out->s);
          } else {
            out->s.assign(text.data(), text.size());
            ok = true;
          }
        }
        break;
      case FieldDescriptor::CPPTYPE_ENUM:
        ok = ToEnum(fd, field.enumeration, kind, text, integral, &out->i32);
        break;
      case FieldDescriptor::CPPTYPE_MESSAGE:
        break;
    }
    return ok || InvalidValue(fd, kind, text);
  }

  // An enum by name, by number (any int32: proto3 enums are open), or by a known number quoted.
  static bool ToEnum(const FieldDescriptor* fd, const JsonEnum* enumeration, TokenKind kind,
                     absl::string_view text, bool integral, int32_t* out) {
    if (kind == TokenKind::kString) {
      auto found = enumeration->by_name.find(text);
      if (found != enumeration->by_name.end()) {
        *out = found->second;
        return true;
      }
      return ToInteger(text, kind, true, out) &&
             fd->enum_type()->FindValueByNumber(*out) != nullptr;
    }
    return ToInteger(text, kind, integral, out);
  }

  // Stores scalar_ in `fd` (set, or added to a repeated field).
  void Store(const Reflection* r, Message* m, const FieldDescriptor* fd,
             FieldDescriptor::CppType cpp_type, bool add) {
    switch (cpp_type) {
      case FieldDescriptor::CPPTYPE_INT32:
        add ? r->AddInt32(m, fd, scalar_.i32) : r->SetInt32(m, fd, scalar_.i32);
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        add ? r->AddInt64(m, fd, scalar_.i64) : r->SetInt64(m, fd, scalar_.i64);
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        add ? r->AddUInt32(m, fd, scalar_.u32) : r->SetUInt32(m, fd, scalar_.u32);
        break;
      case FieldDescriptor::CPPTYPE_UINT64:
        add ? r->AddUInt64(m, fd, scalar_.u64) : r->SetUInt64(m, fd, scalar_.u64);
        break;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        add ? r->AddDouble(m, fd, scalar_.d) : r->SetDouble(m, fd, scalar_.d);
        break;
      case FieldDescriptor::CPPTYPE_FLOAT:
        add ? r->AddFloat(m, fd, scalar_.f) : r->SetFloat(m, fd, scalar_.f);
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        add ? r->AddBool(m, fd, scalar_.b) : r->SetBool(m, fd, scalar_.b);
        break;
      case FieldDescriptor::CPPTYPE_STRING:
        add ? r->AddString(m, fd, std::move(scalar_.s)) : r->SetString(m, fd, std::move(scalar_.s));
        scalar_.s.clear();
        break;
      case FieldDescriptor::CPPTYPE_ENUM:
        add ? r->AddEnumValue(m, fd, scalar_.i32) : r->SetEnumValue(m, fd, scalar_.i32);
        break;
      case FieldDescriptor::CPPTYPE_MESSAGE:
        break;
    }
  }

  json_internal::JsonLexer lex_;
  int depth_ = 0;
  Scalar scalar_;  // the value being stored
  std::vector<std::string> path_;   // innermost first, added as the error unwinds
};

}  // namespace

absl::Status ParseJson(absl::string_view json, google::protobuf::Message* message) {
  json_internal::JsonTypes types(message->GetDescriptor());
  if (!types.root().supported) {
    return absl::UnimplementedError(
        absl::StrCat(message->GetDescriptor()->full_name(),
                     " leads to a type the JSON codec does not handle (not proto3, or a "
                     "google.protobuf well-known type)"));
  }
  message->Clear();
  Parser parser(json);
  if (!parser.ParseRoot(types.root(), message)) {
    message->Clear();
    return parser.status();
  }
  return absl::OkStatus();
}

}  // namespace jixiao
