// The JSON lexer the parser (json_parse.cc) and the scanner (json_scan.cc) share: whitespace,
// literals, numbers and strings (escapes and UTF-8 checked), and the first error with its place.
#ifndef JIXIAO_LIB_JSON_JSON_LEXER_H_
#define JIXIAO_LIB_JSON_JSON_LEXER_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "lib/base/utf8.h"

namespace jixiao::json_internal {

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The end of the JSON number (RFC 8259: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?) that
// starts at p, or nullptr if there is none. *integral is set when it has no fraction or exponent.
inline const char* ScanJsonNumber(const char* p, const char* end, bool* integral) {
  *integral = true;
  if (p < end && *p == '-') ++p;
  if (p >= end || !IsDigit(*p)) return nullptr;
  if (*p == '0') {
    ++p;
  } else {
    while (p < end && IsDigit(*p)) ++p;
  }
  if (p < end && *p == '.') {
    *integral = false;
    ++p;
    if (p >= end || !IsDigit(*p)) return nullptr;
    while (p < end && IsDigit(*p)) ++p;
  }
  if (p < end && (*p == 'e' || *p == 'E')) {
    *integral = false;
    ++p;
    if (p < end && (*p == '+' || *p == '-')) ++p;
    if (p >= end || !IsDigit(*p)) return nullptr;
    while (p < end && IsDigit(*p)) ++p;
  }
  return p;
}

// Reads the 4 hex digits at p (p + 4 <= end is the caller's); false if one is not hex.
inline bool ReadHex4(const char* p, uint32_t* value) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    char c = p[i];
    uint32_t d;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      d = static_cast<uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      d = static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return false;
    }
    v = v << 4 | d;
  }
  *value = v;
  return true;
}

// " (line L, column C)" of `at` in the text that starts at `begin`; columns count characters.
inline std::string JsonPosition(const char* begin, const char* at) {
  int line = 1, column = 1;
  for (const char* c = begin; c < at; ++c) {
    if (*c == '\n') {
      ++line;
      column = 1;
    } else if (!IsUtf8Continuation(*c)) {
      ++column;
    }
  }
  return absl::StrCat(" (line ", line, ", column ", column, ")");
}

// ASCII that a JSON string holds as it is: not a control character, '"' or '\\'.
constexpr struct PlainAsciiTable {
  bool table[256] = {};
  constexpr PlainAsciiTable() {
    for (int c = 0x20; c < 0x80; ++c) table[c] = c != '"' && c != '\\';
  }
  constexpr bool operator[](uint8_t c) const { return table[c]; }
} kPlainAscii;

// Steps over the ASCII that a string holds as it is: 16 bytes at a time where SSE2 is there.
inline const char* SkipPlainAscii(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(0x20);
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed, bytes >= 0x80 are negative: "below 0x20" takes them too.
    const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote),
                                                   _mm_cmpeq_epi8(v, backslash)),
                                      _mm_cmplt_epi8(v, space));
    const int mask = _mm_movemask_epi8(stop);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && kPlainAscii[static_cast<uint8_t>(*p)]) ++p;
  return p;
}

// The tokens of a JSON text, read from the front. A method that fails returns false and keeps
// the error (the first one) with the place it is about.
class JsonLexer {
 public:
  explicit JsonLexer(absl::string_view json)
      : begin_(json.data()), p_(json.data()), end_(json.data() + json.size()) {}

  // ---- the place ----
  bool AtEnd() const { return p_ >= end_; }
  bool At(char c) const { return p_ < end_ && *p_ == c; }
  char Peek() const { return *p_; }  // !AtEnd()
  void Advance() { ++p_; }
  const char* position() const { return p_; }

  void SkipSpace() {
    if (p_ < end_ && static_cast<uint8_t>(*p_) <= ' ') {
      while (p_ < end_ && IsJsonSpace(*p_)) ++p_;
    }
  }

  // Steps over `word` (true, false, null) if it is next.
  bool ConsumeLiteral(absl::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        absl::string_view(p_, word.size()) != word) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  // The number at p_ (a '-' or a digit): *text is its literal; *integral when it has neither a
  // fraction nor an exponent.
  bool ReadNumber(absl::string_view* text, bool* integral) {
    const char* end = ScanJsonNumber(p_, end_, integral);
    if (end == nullptr) return SyntaxError("invalid number");
    *text = absl::string_view(p_, static_cast<size_t>(end - p_));
    p_ = end;
    return true;
  }

  // Reads the string at p_ ('"'); *out is its content, unescaped: a view of the input when it
  // has no escapes (the usual case), else of a buffer valid until the next ReadString.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool ReadString(absl::string_view* out) {
    const char* start = p_ + 1;
    const char* p = SkipPlainAscii(start, end_);
    if (ABSL_PREDICT_TRUE(p < end_ && *p == '"')) {  // keys and most values: plain ASCII
      *out = absl::string_view(start, static_cast<size_t>(p - start));
      p_ = p + 1;
      return true;
    }
    return ReadStringRest(start, p, out);
  }

  // The ':' after a field name or map key (`what`), and the space around it.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Colon(const char* what) {
    SkipSpace();
    if (ABSL_PREDICT_FALSE(!At(':'))) return ExpectedColon(what);
    ++p_;
    SkipSpace();
    return true;
  }

  // What follows a member of an object or an element of an array (`what`): a ',' and the space
  // after it (*closed is false), or the `close` of the container (*closed is true).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool CommaOrClose(char close, const char* what, bool* closed) {
    SkipSpace();
    if (At(',')) {
      ++p_;
      SkipSpace();
      *closed = false;
      return true;
    }
    if (At(close)) {
      ++p_;
      *closed = true;
      return true;
    }
    return ExpectedCommaOr(close, what);
  }

  // Steps over the string at p_ ('"') looking only for its end: '"' and '\\' are never part of
  // a multi-byte UTF-8 sequence, and escapes and UTF-8 are left to whoever reads it.
  bool SkipString() {
    ++p_;
    while (true) {
      while (p_ < end_ && *p_ != '"' && *p_ != '\\') ++p_;
      if (p_ >= end_) return SyntaxError("unterminated string");
      if (*p_ == '"') {
        ++p_;
        return true;
      }
      if (end_ - p_ < 2) return SyntaxError("unterminated string");
      p_ += 2;  // an escape: the character after the backslash cannot end the string
    }
  }

  // ---- the error ----
  // An error about the text at p_: its message says the line and column.
  bool SyntaxError(std::string what) {
    error_at_ = std::min(p_, end_);
    return Error(std::move(what));
  }
  // An error about a value (its place is the caller's to say).
  bool Error(std::string what) {
    error_ = std::move(what);
    return false;
  }
  const std::string& error() const { return error_; }
  // " (line L, column C)" of a syntax error, or "".
  std::string error_position() const {
    return error_at_ != nullptr ? JsonPosition(begin_, error_at_) : std::string();
  }

 private:
  // ReadString past its plain ASCII start: [start, p) is the text so far.
  bool ReadStringRest(const char* start, const char* p, absl::string_view* out) {
    while (true) {  // no escapes so far, so nothing is copied
      p = SkipPlainAscii(p, end_);
      if (p >= end_) return UnterminatedString();
      const auto c = static_cast<uint8_t>(*p);
      if (c == '"') {
        *out = absl::string_view(start, static_cast<size_t>(p - start));
        p_ = p + 1;
        return true;
      }
      if (c == '\\') break;
      if (IsCommonThreeByteUtf8(p, end_)) {  // CJK, most of a form's text
        p += 3;
        continue;
      }
      if (!Plain(c, &p)) return false;
    }
    scratch_.assign(start, p);
    while (true) {
      if (p >= end_) return UnterminatedString();
      const auto c = static_cast<uint8_t>(*p);
      if (c == '"') {
        *out = scratch_;
        p_ = p + 1;
        return true;
      }
      if (c == '\\') {
        if (!Escape(&p)) return false;
        continue;
      }
      const char* run = p;
      if (!Plain(c, &p)) return false;
      scratch_.append(run, p);
    }
  }

  ABSL_ATTRIBUTE_NOINLINE bool ExpectedColon(const char* what) {
    return SyntaxError(absl::StrCat("expected ':' after ", what));
  }
  ABSL_ATTRIBUTE_NOINLINE bool ExpectedCommaOr(char close, const char* what) {
    return SyntaxError(
        absl::StrCat("expected ',' or '", absl::string_view(&close, 1), "' after ", what));
  }

  bool UnterminatedString() {
    p_ = end_;
    return SyntaxError("unterminated string");
  }

  // Steps over one unescaped character at *p, whose first byte is c; false if it is not allowed.
  bool Plain(uint8_t c, const char** p) {
    if (IsCommonThreeByteUtf8(*p, end_)) {
      *p += 3;
      return true;
    }
    if (c < 0x20) {
      p_ = *p;
      return SyntaxError("control character in a string (it must be escaped)");
    }
    const size_t n = Utf8SequenceLength(*p, end_);
    if (n == 0) {
      p_ = *p;
      return SyntaxError("invalid UTF-8 in a string");
    }
    *p += n;
    return true;
  }

  // Decodes the escape at *p ('\\') into scratch_.
  bool Escape(const char** p) {
    const char* at = *p;
    if (end_ - at < 2) return UnterminatedString();
    char simple = 0;
    switch (at[1]) {
      case '"': simple = '"'; break;
      case '\\': simple = '\\'; break;
      case '/': simple = '/'; break;
      case 'b': simple = '\b'; break;
      case 'f': simple = '\f'; break;
      case 'n': simple = '\n'; break;
      case 'r': simple = '\r'; break;
      case 't': simple = '\t'; break;
      case 'u': break;
      default:
        p_ = at;
        return SyntaxError("invalid escape in a string");
    }
    if (simple != 0) {
      scratch_.push_back(simple);
      *p = at + 2;
      return true;
    }
    uint32_t cp;
    if (end_ - at < 6 || !ReadHex4(at + 2, &cp)) {
      p_ = at;
      return SyntaxError("invalid \\u escape: it takes 4 hex digits");
    }
    const char* next = at + 6;
    if (cp >= 0xdc00 && cp <= 0xdfff) {
      p_ = at;
      return SyntaxError("a low surrogate \\u escape without a high one before it");
    }
    if (cp >= 0xd800 && cp <= 0xdbff) {
      uint32_t low;
      if (end_ - next < 6 || next[0] != '\\' || next[1] != 'u' || !ReadHex4(next + 2, &low) ||
          low < 0xdc00 || low > 0xdfff) {
        p_ = at;
        return SyntaxError("a high surrogate \\u escape without a low one after it");
      }
      cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
      next += 6;
    }
    AppendUtf8(cp, &scratch_);
    *p = next;
    return true;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  std::string scratch_;  // strings with escapes, unescaped
  std::string error_;
  const char* error_at_ = nullptr;  // for syntax errors: where, as line and column
};

}  // namespace jixiao::json_internal

#endif  // JIXIAO_LIB_JSON_JSON_LEXER_H_
