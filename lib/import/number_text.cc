#include "lib/import/number_text.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lib/base/utf8.h"

namespace jixiao {
namespace {

bool IsSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0; }

// The ASCII spelling of `cp` when it is one of the folded forms, or nullptr.
const char* FoldedSpelling(char32_t cp) {
  switch (cp) {
    case 0x2265:
    case 0x2267:
    case 0x2A7E:
    case 0x226E:  // ≥ ≧ ⩾ ≮ (not less than)
    case 0x227D:  // ≽
      return ">=";
    case 0x2550:
    case 0xFE66:  // ═ ﹦: forms draw "=" with whatever glyph the font has
      return "=";
    case 0xFE65:  // ﹥
      return ">";
    case 0xFE64:  // ﹤
      return "<";
    case 0x2264:
    case 0x2266:
    case 0x2A7D:
    case 0x226F:  // ≤ ≦ ⩽ ≯ (not more than)
    case 0x227C:  // ≼
      return "<=";
    case 0x2014:
    case 0x2013:
    case 0x2015:
    case 0x2212:
    case 0x2010:
    case 0x2011:
      return "-";
    case 0x301C:
    case 0x223C:  // 〜 ∼ (～ is in the full-width block)
      return "~";
    case 0xFE6A:  // ﹪
      return "%";
    default:
      return nullptr;
  }
}

}  // namespace

absl::StatusOr<std::string> FoldForParsing(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp;
    if (!DecodeUtf8(text, &pos, &cp)) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", pos, " of \"", text.substr(0, pos), "…\""));
    }
    if (IsSpace(cp)) continue;
    if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII: a fixed offset from ASCII
      out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
    } else if (const char* folded = FoldedSpelling(cp)) {
      out += folded;
    } else {
      AppendUtf8(cp, &out);
    }
  }
  return out;
}

absl::string_view TrimSpaces(absl::string_view text) {
  constexpr absl::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000
  bool trimmed = true;
  while (trimmed) {
    trimmed = false;
    text = absl::StripAsciiWhitespace(text);
    if (absl::ConsumePrefix(&text, kIdeographicSpace)) trimmed = true;
    if (absl::ConsumeSuffix(&text, kIdeographicSpace)) trimmed = true;
  }
  return text;
}

std::optional<ScannedNumber> ScanNumber(absl::string_view text) {
  auto digit = [&](size_t k) { return k < text.size() && absl::ascii_isdigit(text[k]); };
  if (!digit(0)) return std::nullopt;
  ScannedNumber number;
  size_t i = 0;
  while (digit(i)) number.digits.push_back(text[i++]);
  // Thousands groups: only after a first group of one to three digits.
  if (i <= 3) {
    while (i < text.size() && text[i] == ',' && digit(i + 1) && digit(i + 2) && digit(i + 3) &&
           !digit(i + 4)) {
      number.digits.append(text.data() + i + 1, 3);
      i += 4;
    }
  }
  if (i < text.size() && text[i] == '.' && digit(i + 1)) {
    number.digits.push_back(text[i++]);
    while (digit(i)) number.digits.push_back(text[i++]);
  }
  size_t zeros = 0;  // leading zeros, keeping one before the point
  while (zeros + 1 < number.digits.size() && number.digits[zeros] == '0' &&
         number.digits[zeros + 1] != '.') {
    ++zeros;
  }
  number.digits.erase(0, zeros);
  number.length = i;
  return number;
}

bool StartsWithExponent(absl::string_view text) {
  if (text.empty() || (text[0] != 'e' && text[0] != 'E')) return false;
  size_t i = 1;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  return i < text.size() && absl::ascii_isdigit(text[i]);
}

}  // namespace jixiao
