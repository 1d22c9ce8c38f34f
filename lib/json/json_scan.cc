// JsonArrayElements: a syntax-checking scan of the JSON text, iterative so that no input can
// exhaust the stack, that builds nothing but the views of one array's elements.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lib/json/json_codec.h"
#include "lib/json/json_text.h"

namespace jixiao {
namespace {

using json_internal::IsDigit;

class Scanner {
 public:
  explicit Scanner(absl::string_view json)
      : begin_(json.data()), p_(json.data()), end_(json.data() + json.size()) {}

  absl::StatusOr<std::vector<absl::string_view>> Elements(absl::string_view field) {
    std::vector<absl::string_view> elements;
    bool found = false;
    SkipSpace();
    if (!At('{')) return Syntax("expected a JSON object");
    ++p_;
    SkipSpace();
    if (At('}')) {
      ++p_;
    } else {
      while (true) {
        std::string key;
        if (!At('"')) return Syntax("expected a field name in double quotes");
        if (!ReadString(&key)) return Failure();
        SkipSpace();
        if (!At(':')) return Syntax("expected ':' after the field name");
        ++p_;
        SkipSpace();
        if (key == field) {
          if (found) return Invalid(field, "field given twice");
          found = true;
          if (!ReadElements(field, &elements)) return Failure();
        } else if (!SkipValue()) {
          return Failure();
        }
        SkipSpace();
        if (At(',')) {
          ++p_;
          SkipSpace();
          continue;
        }
        if (At('}')) {
          ++p_;
          break;
        }
        return Syntax("expected ',' or '}' after a field");
      }
    }
    SkipSpace();
    if (p_ != end_) return Syntax("unexpected text after the JSON object");
    return elements;
  }

 private:
  absl::Status Syntax(absl::string_view what) {
    error_ = absl::InvalidArgumentError(
        absl::StrCat(what, json_internal::JsonPosition(begin_, std::min(p_, end_))));
    return error_;
  }
  absl::Status Invalid(absl::string_view field, absl::string_view what) {
    error_ = absl::InvalidArgumentError(absl::StrCat(field, ": ", what));
    return error_;
  }
  absl::Status Failure() const { return error_; }
  bool Fail(absl::string_view what) {
    Syntax(what).IgnoreError();  // kept in error_
    return false;
  }

  void SkipSpace() { p_ = json_internal::SkipJsonSpace(p_, end_); }
  bool At(char c) const { return p_ < end_ && *p_ == c; }
  bool Literal(absl::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        absl::string_view(p_, word.size()) != word) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  // The array at p_ (or null: none); each element's text, from its first to its last byte.
  bool ReadElements(absl::string_view field, std::vector<absl::string_view>* elements) {
    if (Literal("null")) return true;
    if (!At('[')) {
      error_ = absl::InvalidArgumentError(absl::StrCat(field, ": expected an array"));
      return false;
    }
    ++p_;
    SkipSpace();
    if (At(']')) {
      ++p_;
      return true;
    }
    while (true) {
      const char* start = p_;
      if (!SkipValue()) return false;
      elements->emplace_back(start, p_ - start);
      SkipSpace();
      if (At(',')) {
        ++p_;
        SkipSpace();
        continue;
      }
      if (At(']')) {
        ++p_;
        return true;
      }
      return Fail("expected ',' or ']' after an array element");
    }
  }

  // Steps over one value, checking its syntax; containers are tracked on a heap stack.
  bool SkipValue() {
    std::vector<char> open;  // '{' or '[' of each enclosing container
    while (true) {
      // A value is expected here.
      SkipSpace();
      if (p_ >= end_) return Fail("expected a value");
      const char c = *p_;
      bool opened = false;
      if (c == '{' || c == '[') {
        ++p_;
        SkipSpace();
        if (At(c == '{' ? '}' : ']')) {
          ++p_;
        } else {
          open.push_back(c);
          opened = true;
          if (c == '{' && !Key()) return false;
        }
      } else if (c == '"') {
        if (!ReadString(nullptr)) return false;
      } else if (c == '-' || IsDigit(c)) {
        bool integral;
        const char* end = json_internal::ScanJsonNumber(p_, end_, &integral);
        if (end == nullptr) return Fail("invalid number");
        p_ = end;
      } else if (!Literal("true") && !Literal("false") && !Literal("null")) {
        return Fail("expected a value");
      }
      if (opened) continue;
      // After a value: close containers until one goes on with a comma.
      while (true) {
        if (open.empty()) return true;
        SkipSpace();
        const char close = open.back() == '{' ? '}' : ']';
        if (At(close)) {
          ++p_;
          open.pop_back();
          continue;
        }
        if (!At(',')) {
          return Fail(close == '}' ? "expected ',' or '}' after a field"
                                   : "expected ',' or ']' after an array element");
        }
        ++p_;
        if (open.back() == '{' && !Key()) return false;
        break;
      }
    }
  }

  // A field name and its ':' inside an object being skipped.
  bool Key() {
    SkipSpace();
    if (!At('"')) return Fail("expected a field name in double quotes");
    if (!ReadString(nullptr)) return false;
    SkipSpace();
    if (!At(':')) return Fail("expected ':' after the field name");
    ++p_;
    return true;
  }

  // Checks the string at p_ as the parser does; *out (when given) gets its content, unescaped.
  bool ReadString(std::string* out) {
    ++p_;
    if (out == nullptr) return SkipString();
    const char* run = p_;
    if (out != nullptr) out->clear();
    while (true) {
      if (p_ >= end_) return Fail("unterminated string");
      const auto c = static_cast<uint8_t>(*p_);
      if (c == '"') {
        if (out != nullptr) out->append(run, p_);
        ++p_;
        return true;
      }
      if (c < 0x20) return Fail("control character in a string (it must be escaped)");
      if (c >= 0x80) {
        size_t n = json_internal::Utf8SequenceLength(p_, end_);
        if (n == 0) return Fail("invalid UTF-8 in a string");
        p_ += n;
        continue;
      }
      if (c != '\\') {
        ++p_;
        continue;
      }
      if (out != nullptr) out->append(run, p_);
      if (!Escape(out)) return false;
      run = p_;
    }
  }

  // Only '"' and '\\' matter for finding where a skipped string ends (no byte of a multi-byte
  // UTF-8 sequence is either): the parser that reads each element checks the rest, so a bad
  // string fails its own form, not the batch.
  bool SkipString() {
    while (true) {
      while (p_ < end_ && *p_ != '"' && *p_ != '\\') ++p_;
      if (p_ >= end_) return Fail("unterminated string");
      if (*p_ == '"') {
        ++p_;
        return true;
      }
      if (end_ - p_ < 2) return Fail("unterminated string");
      p_ += 2;  // an escape: the character after the backslash cannot end the string
    }
  }

  bool Escape(std::string* out) {
    if (end_ - p_ < 2) return Fail("unterminated string");
    const char e = p_[1];
    const char* simple = "\"\"\\\\//b\bf\fn\nr\rt\t";
    for (const char* s = simple; *s != 0; s += 2) {
      if (e == s[0]) {
        if (out != nullptr) out->push_back(s[1]);
        p_ += 2;
        return true;
      }
    }
    uint32_t cp;
    if (e != 'u') return Fail("invalid escape in a string");
    if (end_ - p_ < 6 || !json_internal::ReadHex4(p_ + 2, &cp)) {
      return Fail("invalid \\u escape: it takes 4 hex digits");
    }
    if (cp >= 0xdc00 && cp <= 0xdfff) {
      return Fail("a low surrogate \\u escape without a high one before it");
    }
    const char* next = p_ + 6;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      uint32_t low;
      if (end_ - next < 6 || next[0] != '\\' || next[1] != 'u' ||
          !json_internal::ReadHex4(next + 2, &low) || low < 0xdc00 || low > 0xdfff) {
        return Fail("a high surrogate \\u escape without a low one after it");
      }
      cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
      next += 6;
    }
    if (out != nullptr) {
      char buffer[4];
      out->append(buffer, json_internal::AppendUtf8(cp, buffer));
    }
    p_ = next;
    return true;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  absl::Status error_;
};

}  // namespace

absl::StatusOr<std::vector<absl::string_view>> JsonArrayElements(absl::string_view json,
                                                                  absl::string_view field) {
  return Scanner(json).Elements(field);
}

}  // namespace jixiao
