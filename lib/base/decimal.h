// Exact decimal strings in and out (SCORING.md §2): parsing, rounding once, formatting with a fixed
// number of places, and comparing a reported figure at its own precision.
#ifndef JIXIAO_LIB_BASE_DECIMAL_H_
#define JIXIAO_LIB_BASE_DECIMAL_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/base/limits.h"
#include "lib/base/rational.h"

namespace jixiao {

// The numeric range of every decimal field is kMaxIntegerDigits / kMaxFractionDigits of
// lib/base/limits.h; anything longer is an invalid-argument error, never a rounded or wrapped
// value.

enum class Rounding {
  kHalfUp,    // 四舍五入: half away from zero
  kHalfEven,  // banker's rounding
  kTruncate,  // toward zero
};

struct Decimal {
  Rational value;
  int places = 0;  // fraction digits as written: "2.0" has 1, "9" has 0
};

// Parses "-12.50", "0", "73586100": optional sign, digits, optional '.' followed by digits.
// The error says what is wrong with the text, without naming the field (the caller adds that).
absl::StatusOr<Decimal> ParseDecimal(absl::string_view text);

// x rounded to `decimals` places.
Rational Round(const Rational& x, int decimals, Rounding mode);

// x (already rounded to `decimals` places, or any value: it is rounded half up first) printed with
// exactly `decimals` places: "2.00", "-0.50", "98.66".
std::string FormatDecimal(const Rational& x, int decimals);

// Round then format, the way every produced figure is written.
std::string RoundAndFormat(const Rational& x, int decimals, Rounding mode);

// §2 "Comparing a reported figure": the computed value rounded to the reported number of places
// (at most `decimals`) equals the reported value.
bool AgreesAtReportedPrecision(const Decimal& reported, const Rational& computed, int decimals,
                               Rounding mode);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BASE_DECIMAL_H_
