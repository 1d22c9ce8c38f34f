#include "lib/base/utf8.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jixiao {
namespace {

// Steps over ASCII: 16 bytes at a time with SSE2, 8 without, then byte by byte.
inline const char* SkipAscii(const char* p, const char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask = _mm_movemask_epi8(v);  // the high bit of each byte
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (end - p >= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    if ((word & 0x8080808080808080u) != 0) break;
    p += 8;
  }
  while (p < end && static_cast<uint8_t>(*p) < 0x80) ++p;
  return p;
}

}  // namespace

bool DecodeUtf8(absl::string_view text, size_t* pos, char32_t* code_point) {
  const size_t i = *pos;
  if (i >= text.size()) return false;
  const char* p = text.data() + i;
  const size_t n = Utf8SequenceLength(p, text.data() + text.size());
  if (n == 0) return false;
  auto byte = [&](size_t k) { return static_cast<char32_t>(static_cast<uint8_t>(p[k])); };
  static constexpr char32_t kLeadBits[5] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t cp = byte(0) & kLeadBits[n];
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  *code_point = cp;
  *pos = i + n;
  return true;
}

size_t FirstInvalidUtf8(absl::string_view text) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* p = begin;
  while (true) {
    p = SkipAscii(p, end);
    if (p == end) return absl::string_view::npos;
    do {  // a run of other characters: CJK text has no ASCII to skip
      if (IsCommonThreeByteUtf8(p, end)) {
        p += 3;
        continue;
      }
      const size_t n = Utf8SequenceLength(p, end);
      if (n == 0) return static_cast<size_t>(p - begin);
      p += n;
    } while (p < end && static_cast<uint8_t>(*p) >= 0x80);
  }
}

char* EncodeUtf8(char32_t cp, char* out) {
  auto put = [&](char32_t bits) { *out++ = static_cast<char>(bits); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  char buffer[4];
  out->append(buffer, EncodeUtf8(cp, buffer));
}

absl::string_view Utf8Prefix(absl::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  while (cut > 0 && IsUtf8Continuation(text[cut])) --cut;
  return text.substr(0, cut);
}

std::string CoerceToValidUtf8(absl::string_view text, char replacement) {
  std::string out(text);
  size_t from = 0;
  while (true) {
    const size_t bad = FirstInvalidUtf8(absl::string_view(out).substr(from));
    if (bad == absl::string_view::npos) return out;
    out[from + bad] = replacement;  // one byte; what follows it is checked afresh
    from += bad + 1;
  }
}

bool DecodeUtf8LikeProtobufEscaper(absl::string_view s, size_t i, char32_t* cp, size_t* length) {
  const auto lead = static_cast<uint8_t>(s[i]);
  int more;
  if (lead <= 0xBF || lead >= 0xF8) {
    *length = 1;
    return false;
  } else if (lead <= 0xDF) {
    *cp = lead & 0x1Fu;
    more = 1;
  } else if (lead <= 0xEF) {
    *cp = lead & 0x0Fu;
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
    *cp = (*cp << 6) | (c & 0x3Fu);
    if (c < 0x80 || c > 0xBF) {  // the bad byte goes with the sequence
      *length = n;
      return false;
    }
  }
  *length = n;
  return more == 0 && !(*cp >= 0xD800 && *cp <= 0xDFFF) && *cp <= 0x10FFFF;
}

}  // namespace jixiao
