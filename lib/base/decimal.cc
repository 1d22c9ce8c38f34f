#include "lib/base/decimal.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "lib/base/utf8.h"

namespace jixiao {
namespace {

using absl::int128;

constexpr uint64_t kPowersOfTen[20] = {1ULL,
                                       10ULL,
                                       100ULL,
                                       1000ULL,
                                       10000ULL,
                                       100000ULL,
                                       1000000ULL,
                                       10000000ULL,
                                       100000000ULL,
                                       1000000000ULL,
                                       10000000000ULL,
                                       100000000000ULL,
                                       1000000000000ULL,
                                       10000000000000ULL,
                                       100000000000000ULL,
                                       1000000000000000ULL,
                                       10000000000000000ULL,
                                       100000000000000000ULL,
                                       1000000000000000000ULL,
                                       10000000000000000000ULL};

// 10^n for 0 ≤ n ≤ 19 (decimals and places never exceed 6).
int128 PowerOfTen(int n) { return static_cast<int128>(kPowersOfTen[n]); }

// a % b == 0 for a, b > 0, with 64-bit division when both fit.
bool Divides(int128 b, int128 a) {
  if (absl::Int128High64(a) == 0 && absl::Int128High64(b) == 0) {
    return absl::Int128Low64(a) % absl::Int128Low64(b) == 0;
  }
  return a % b == 0;
}

// q = a / b and r = a % b for a ≥ 0, b > 0, with 64-bit division when both fit.
void DivMod(int128 a, int128 b, int128* q, int128* r) {
  if (absl::Int128High64(a) == 0 && absl::Int128High64(b) == 0) {
    uint64_t x = absl::Int128Low64(a), y = absl::Int128Low64(b);
    *q = static_cast<int128>(x / y);
    *r = static_cast<int128>(x % y);
    return;
  }
  *q = a / b;
  *r = a % b;
}

// Shows at most a few dozen characters of a bad value in an error message.
std::string Quote(absl::string_view text) {
  constexpr size_t kShown = 40;
  if (text.size() <= kShown) return absl::StrCat("\"", text, "\"");
  return absl::StrCat("\"", Utf8Prefix(text, kShown), "…\" (", text.size(), " bytes)");
}

}  // namespace

absl::StatusOr<Decimal> ParseDecimal(absl::string_view text) {
  auto invalid = [&](absl::string_view why) {
    return absl::InvalidArgumentError(absl::StrCat(Quote(text), " is not a decimal number: ", why));
  };
  if (text.empty()) return invalid("it is empty");
  size_t i = 0;
  bool negative = false;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
  }
  size_t int_begin = i;
  while (i < text.size() && absl::ascii_isdigit(text[i])) ++i;
  size_t int_end = i;
  size_t frac_begin = i, frac_end = i;
  if (i < text.size() && text[i] == '.') {
    frac_begin = ++i;
    while (i < text.size() && absl::ascii_isdigit(text[i])) ++i;
    frac_end = i;
    if (frac_end == frac_begin) return invalid("a '.' must be followed by digits");
  }
  if (int_end == int_begin) {
    return invalid("write digits, an optional '.' and digits, like \"12.50\"");
  }
  if (i != text.size()) {
    return invalid(
        "write plain digits with an optional sign and '.', like \"-12.50\"; no "
        "spaces, units, '%', thousands separators or exponents");
  }
  size_t first_digit = int_begin;
  while (first_digit + 1 < int_end && text[first_digit] == '0') ++first_digit;
  if (int_end - first_digit > static_cast<size_t>(kMaxIntegerDigits)) {
    return invalid(absl::StrCat("more than ", kMaxIntegerDigits, " digits before the point"));
  }
  int places = static_cast<int>(frac_end - frac_begin);
  if (places > kMaxFractionDigits) {
    return invalid(absl::StrCat("more than ", kMaxFractionDigits, " decimal places"));
  }
  // At most 21 digits: 64-bit arithmetic up to 19 of them, 128-bit beyond.
  uint64_t low = 0;
  int128 units = 0;
  size_t digits = 0;
  auto add_digits = [&](size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k, ++digits) {
      if (digits < 19) {
        low = low * 10 + static_cast<uint64_t>(text[k] - '0');
      } else {
        if (digits == 19) units = static_cast<int128>(low);
        units = units * 10 + (text[k] - '0');
      }
    }
  };
  add_digits(first_digit, int_end);
  add_digits(frac_begin, frac_end);
  if (digits <= 19) units = static_cast<int128>(low);
  if (negative) units = -units;
  return Decimal{Rational::Fraction(units, PowerOfTen(places)), places};
}

Rational Round(const Rational& x, int decimals, Rounding mode) {
  if (!x.ok()) return x;
  int128 scale = PowerOfTen(decimals);
  if (Divides(x.den(), scale)) return x;  // already has at most `decimals` places
  Rational scaled = x * Rational::Fraction(scale, 1);
  if (!scaled.ok()) return scaled;
  int128 num = scaled.num(), den = scaled.den();
  bool negative = num < 0;
  int128 q, r;
  DivMod(negative ? -num : num, den, &q, &r);
  switch (mode) {
    case Rounding::kHalfUp:
      if (r >= den - r) ++q;
      break;
    case Rounding::kHalfEven:
      if (r > den - r || (r == den - r && q % 2 == 1)) ++q;
      break;
    case Rounding::kTruncate:
      break;
  }
  return Rational::Fraction(negative ? -q : q, scale);
}

std::string FormatDecimal(const Rational& x, int decimals) {
  if (!x.ok()) return "overflow";
  Rational rounded = Round(x, decimals, Rounding::kHalfUp);  // a no-op for produced figures
  // Rounded values are q / 10^decimals, possibly reduced: den divides 10^decimals.
  int128 q, r;
  DivMod(PowerOfTen(decimals), rounded.den(), &q, &r);
  int128 units = rounded.num() * q;
  bool negative = units < 0;
  absl::uint128 magnitude = negative ? absl::uint128(-units) : absl::uint128(units);
  char digits[48];  // 39 digits at most, least significant first
  size_t n = 0;
  if (absl::Uint128High64(magnitude) == 0) {  // 64-bit division for every realistic figure
    uint64_t m = absl::Uint128Low64(magnitude);
    do {
      digits[n++] = static_cast<char>('0' + m % 10);
      m /= 10;
    } while (m != 0);
  } else {
    do {
      digits[n++] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
      magnitude /= 10;
    } while (magnitude != 0);
  }
  while (n < static_cast<size_t>(decimals) + 1) digits[n++] = '0';
  char text[64];  // sign, digits and point, built in place: one string construction
  size_t length = 0;
  if (negative) text[length++] = '-';
  for (size_t k = n; k-- > 0;) {
    text[length++] = digits[k];
    if (k == static_cast<size_t>(decimals) && decimals > 0) text[length++] = '.';
  }
  return std::string(text, length);
}

std::string RoundAndFormat(const Rational& x, int decimals, Rounding mode) {
  return FormatDecimal(Round(x, decimals, mode), decimals);
}

bool AgreesAtReportedPrecision(const Decimal& reported, const Rational& computed, int decimals,
                               Rounding mode) {
  int places = std::min(reported.places, decimals);
  return Round(computed, places, mode) == reported.value;
}

}  // namespace jixiao
