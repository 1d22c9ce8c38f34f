// The lexical pieces the JSON parser and scanner share: whitespace, UTF-8, number syntax.
#ifndef JIXIAO_LIB_JSON_JSON_TEXT_H_
#define JIXIAO_LIB_JSON_JSON_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"

namespace jixiao::json_internal {

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

inline const char* SkipJsonSpace(const char* p, const char* end) {
  while (p < end && IsJsonSpace(*p)) ++p;
  return p;
}

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of the well-formed UTF-8 sequence (Unicode Table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF) that starts at p, a byte >= 0x80; 0 if there is none.
inline size_t Utf8SequenceLength(const char* p, const char* end) {
  const auto at = [&](size_t i) -> uint8_t {
    return p + i < end ? static_cast<uint8_t>(p[i]) : 0;
  };
  const auto cont = [&](size_t i, uint8_t lo, uint8_t hi) { return at(i) >= lo && at(i) <= hi; };
  uint8_t c = at(0);
  if (c >= 0xc2 && c <= 0xdf) return cont(1, 0x80, 0xbf) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    uint8_t lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2, 0x80, 0xbf) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    uint8_t lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2, 0x80, 0xbf) && cont(3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

// Appends code point `cp` (valid, not a surrogate) as UTF-8 to `out`; returns the new end.
inline char* AppendUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xc0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xe0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    *out++ = static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    *out++ = static_cast<char>(0xf0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    *out++ = static_cast<char>(0x80 | (cp & 0x3f));
  }
  return out;
}

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
    } else if ((static_cast<uint8_t>(*c) & 0xc0) != 0x80) {
      ++column;
    }
  }
  return absl::StrCat(" (line ", line, ", column ", column, ")");
}

}  // namespace jixiao::json_internal

#endif  // JIXIAO_LIB_JSON_JSON_TEXT_H_
