// UTF-8, the one implementation: decoding, validation (the fast path of every form's strings),
// encoding, cutting at character boundaries, and coercing invalid bytes for messages.
#ifndef JIXIAO_LIB_BASE_UTF8_H_
#define JIXIAO_LIB_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace jixiao {

// Whether `c` is a continuation byte (10xxxxxx), which never starts a character.
inline bool IsUtf8Continuation(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

// The length of the well-formed UTF-8 sequence that starts at p (p < end): 1 for ASCII, 2 to 4
// for the rest (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF);
// 0 if there is none: a stray continuation byte, a bad lead byte, or a sequence cut short.
inline size_t Utf8SequenceLength(const char* p, const char* end) {
  const auto at = [&](size_t i) -> uint8_t {
    return p + i < end ? static_cast<uint8_t>(p[i]) : 0;
  };
  const auto cont = [&](size_t i, uint8_t lo, uint8_t hi) { return at(i) >= lo && at(i) <= hi; };
  const uint8_t c = at(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const uint8_t lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const uint8_t lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// Whether p[0..3) is a 3-byte sequence led by E3..EC or EE, whose second byte may be any
// continuation byte: most CJK text, checked with two tests before the general path.
inline bool IsCommonThreeByteUtf8(const char* p, const char* end) {
  const auto c = static_cast<uint8_t>(*p);
  return ((c >= 0xE3 && c <= 0xEC) || c == 0xEE) && end - p >= 3 && IsUtf8Continuation(p[1]) &&
         IsUtf8Continuation(p[2]);
}

// Decodes the code point at text[*pos] and advances *pos past it. Returns false (and leaves *pos)
// on an invalid sequence: truncated, overlong, a surrogate or above U+10FFFF.
bool DecodeUtf8(absl::string_view text, size_t* pos, char32_t* code_point);

// The offset of the first byte of `text` that does not start a valid UTF-8 sequence, or npos.
// ASCII runs are checked 16 bytes at a time (8 without SSE2).
size_t FirstInvalidUtf8(absl::string_view text);

// The length of the longest valid UTF-8 prefix of `text` (its size when all of it is valid).
inline size_t ValidUtf8Prefix(absl::string_view text) {
  const size_t invalid = FirstInvalidUtf8(text);
  return invalid == absl::string_view::npos ? text.size() : invalid;
}

// Whether every byte of `text` belongs to a valid UTF-8 sequence.
inline bool IsValidUtf8(absl::string_view text) {
  return FirstInvalidUtf8(text) == absl::string_view::npos;
}

// Appends `code_point` (≤ U+10FFFF, not a surrogate) encoded as UTF-8.
void AppendUtf8(char32_t code_point, std::string* out);

// Writes `code_point` (≤ U+10FFFF, not a surrogate) as UTF-8 at `out`, which has room for 4
// bytes; returns the end of what it wrote.
char* EncodeUtf8(char32_t code_point, char* out);

// At most `max_bytes` of `text`, cut back to the start of a character so that none is split.
absl::string_view Utf8Prefix(absl::string_view text, size_t max_bytes);

// `text` with each byte that does not belong to a valid sequence replaced by `replacement`
// (protobuf's UTF8CoerceToStructurallyValid): for quoting bad input in a message.
std::string CoerceToValidUtf8(absl::string_view text, char replacement);

// Decodes the sequence at text[i] (a byte >= 0x80) as protobuf's JSON escaper does, which also
// takes overlong forms: *length is the bytes it spans, which are dropped when it returns false.
// Only for printing strings exactly as protobuf prints them.
bool DecodeUtf8LikeProtobufEscaper(absl::string_view text, size_t i, char32_t* code_point,
                                   size_t* length);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BASE_UTF8_H_
