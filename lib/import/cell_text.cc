// Number cells as displayed (cell_text.h): digit strings shifted and rounded, no doubles.
#include "lib/import/cell_text.h"

#include <cstdlib>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lib/base/limits.h"

namespace jixiao {
namespace {

// A decimal as its significant digits and the position of the point among them:
// digits "95", point 0 is 0.95; digits "1", point 3 is 100; digits "5", point -1 is 0.05.
struct Digits {
  bool negative = false;
  std::string digits;  // no leading or trailing zeros; empty for zero
  int point = 0;
};

void Normalize(Digits& d) {
  size_t lead = 0;
  while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
  d.digits.erase(0, lead);
  d.point -= static_cast<int>(lead);
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty()) d = Digits{};
}

// Keeps the first `keep` digits (keep may be ≤ 0), rounding half away from zero.
void RoundAt(Digits& d, int keep) {
  if (keep >= static_cast<int>(d.digits.size())) return;
  if (keep < 0) {
    d = Digits{};
    return;
  }
  const bool up = d.digits[static_cast<size_t>(keep)] >= '5';
  d.digits.resize(static_cast<size_t>(keep));
  if (up) {
    int i = keep - 1;
    for (; i >= 0 && d.digits[static_cast<size_t>(i)] == '9'; --i) {
      d.digits[static_cast<size_t>(i)] = '0';
    }
    if (i >= 0) {
      ++d.digits[static_cast<size_t>(i)];
    } else {
      d.digits.insert(d.digits.begin(), '1');
      ++d.point;
    }
  }
  const bool negative = d.negative;
  Normalize(d);
  if (!d.digits.empty()) d.negative = negative;
}

absl::StatusOr<Digits> ParseStored(absl::string_view text) {
  const absl::string_view original = text;
  auto bad = [&] {
    return absl::InvalidArgumentError(absl::StrCat("\"", original, "\" is not a number"));
  };
  text = absl::StripAsciiWhitespace(text);
  Digits d;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    d.negative = text[0] == '-';
    text.remove_prefix(1);
  }
  bool any = false, seen_point = false;
  size_t i = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      any = true;
      d.digits.push_back(c);
      if (!seen_point) ++d.point;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  if (!any || d.digits.size() > kMaxStoredNumberDigits) return bad();
  if (i < text.size()) {
    if (text[i] != 'E' && text[i] != 'e') return bad();
    int exponent = 0;
    absl::string_view e = text.substr(i + 1);
    if (absl::ConsumePrefix(&e, "+")) {
    }
    if (e.empty() || e.size() > 5 || !absl::SimpleAtoi(e, &exponent) ||
        exponent > kMaxStoredNumberExponent || exponent < -kMaxStoredNumberExponent) {
      return bad();
    }
    d.point += exponent;
  }
  const bool negative = d.negative;
  Normalize(d);
  if (!d.digits.empty()) d.negative = negative;
  return d;
}

std::string Group(const std::string& integer) {
  std::string out;
  for (size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(integer[i]);
  }
  return out;
}

}  // namespace

NumberFormat ParseNumberFormat(absl::string_view code) {
  NumberFormat format;
  if (absl::StartsWithIgnoreCase(absl::StripAsciiWhitespace(code), "General") || code.empty()) {
    return format;
  }
  bool placeholders = false, after_point = false, date = false;
  NumberFormat f;
  f.general = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    std::string* literal = placeholders ? &f.suffix : &f.prefix;
    if (c == ';') break;  // the first section only
    if (c == '"') {
      const size_t end = code.find('"', i + 1);
      if (end == absl::string_view::npos) break;
      absl::StrAppend(literal, code.substr(i + 1, end - i - 1));
      i = end;
    } else if (c == '\\' && i + 1 < code.size()) {
      literal->push_back(code[++i]);
    } else if ((c == '_' || c == '*') && i + 1 < code.size()) {
      ++i;  // a space as wide as the next character, or a fill: nothing in a CSV
    } else if (c == '[') {
      const size_t end = code.find(']', i);
      if (end == absl::string_view::npos) break;
      absl::string_view inside = code.substr(i + 1, end - i - 1);
      if (absl::ConsumePrefix(&inside, "$")) {  // [$¥-804]: a currency symbol
        absl::StrAppend(literal, inside.substr(0, inside.find('-')));
      } else if (!inside.empty() && (absl::ascii_tolower(static_cast<unsigned char>(inside[0])) ==
                                         'h' ||
                                     absl::ascii_tolower(static_cast<unsigned char>(inside[0])) ==
                                         'm' ||
                                     absl::ascii_tolower(static_cast<unsigned char>(inside[0])) ==
                                         's')) {
        date = true;  // [h]:mm elapsed time
      }
      i = end;
    } else if (c == '0' || c == '#' || c == '?') {
      placeholders = true;
      if (after_point) {
        ++f.max_decimals;
        if (c != '#') ++f.min_decimals;
      }
    } else if (c == '.' && !after_point) {
      after_point = true;
      placeholders = true;
    } else if (c == ',') {
      if (placeholders && !after_point) f.grouping = true;
    } else if (c == '%') {
      f.percent = true;
      literal->push_back('%');
    } else if (c == '@' || c == 'E' || c == 'e' || c == '/') {
      return format;  // text, scientific or a fraction: shown as stored
    } else if (absl::ascii_isalpha(static_cast<unsigned char>(c))) {
      date = true;  // y, m, d, h, s, AM/PM
    } else {
      literal->push_back(c);  // '$', '-', '(', ' ', and other characters shown as they are
    }
  }
  if (date || !placeholders) return format;
  return f;
}

NumberFormat BuiltinNumberFormat(int id) {
  switch (id) {
    case 1: return ParseNumberFormat("0");
    case 2: return ParseNumberFormat("0.00");
    case 3: return ParseNumberFormat("#,##0");
    case 4: return ParseNumberFormat("#,##0.00");
    case 9: return ParseNumberFormat("0%");
    case 10: return ParseNumberFormat("0.00%");
    case 37: case 38: return ParseNumberFormat("#,##0");
    case 39: case 40: return ParseNumberFormat("#,##0.00");
    default: return NumberFormat{};
  }
}

absl::StatusOr<std::string> FormatNumberCell(absl::string_view stored, const NumberFormat& format) {
  auto parsed = ParseStored(stored);
  if (!parsed.ok()) return parsed.status();
  Digits d = *std::move(parsed);
  RoundAt(d, 15);  // the precision a spreadsheet shows and exports
  if (format.general) {
    // General: at most 15 significant digits, which 15 above already ensured
  } else {
    if (format.percent) d.point += 2;  // ×100 by moving the point
    RoundAt(d, d.point + format.max_decimals);
  }
  std::string integer, fraction;
  if (d.point <= 0) {
    integer = "0";
    fraction = std::string(static_cast<size_t>(-d.point), '0') + d.digits;
  } else if (d.point >= static_cast<int>(d.digits.size())) {
    integer = d.digits + std::string(static_cast<size_t>(d.point) - d.digits.size(), '0');
  } else {
    integer = d.digits.substr(0, static_cast<size_t>(d.point));
    fraction = d.digits.substr(static_cast<size_t>(d.point));
  }
  if (d.digits.empty()) {
    integer = "0";
    fraction.clear();
  }
  if (!format.general && static_cast<int>(fraction.size()) < format.min_decimals) {
    fraction.append(static_cast<size_t>(format.min_decimals) - fraction.size(), '0');
  }
  if (format.grouping) integer = Group(integer);
  std::string out = d.negative ? "-" : "";
  if (!format.general) absl::StrAppend(&out, format.prefix);
  absl::StrAppend(&out, integer);
  if (!fraction.empty()) absl::StrAppend(&out, ".", fraction);
  if (!format.general) absl::StrAppend(&out, format.suffix);
  return out;
}

}  // namespace jixiao
