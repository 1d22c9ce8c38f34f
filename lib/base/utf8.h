// Strict UTF-8 decoding and encoding, for the text parsers (targets, CSV import).
#ifndef JIXIAO_LIB_BASE_UTF8_H_
#define JIXIAO_LIB_BASE_UTF8_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace jixiao {

// Decodes the code point at text[*pos] and advances *pos past it. Returns false (and leaves *pos)
// on an invalid sequence: truncated, overlong, a surrogate or above U+10FFFF.
bool DecodeUtf8(absl::string_view text, size_t* pos, char32_t* code_point);

// The offset of the first byte of `text` that does not start a valid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(absl::string_view text);

// Whether every byte of `text` belongs to a valid UTF-8 sequence.
inline bool IsValidUtf8(absl::string_view text) {
  return FirstInvalidUtf8(text) == absl::string_view::npos;
}

// Appends `code_point` (≤ U+10FFFF, not a surrogate) encoded as UTF-8.
void AppendUtf8(char32_t code_point, std::string* out);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BASE_UTF8_H_
