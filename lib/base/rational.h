// Exact rational arithmetic for every figure jixiao computes (SCORING.md §2: no binary floating
// point). Values are num/den with 128-bit integers. An operation whose result would not fit sets a
// sticky overflow flag instead of wrapping; callers compute freely and check ok() once.
#ifndef JIXIAO_LIB_BASE_RATIONAL_H_
#define JIXIAO_LIB_BASE_RATIONAL_H_

#include <cstdint>

#include "absl/numeric/int128.h"

namespace jixiao {

class Rational {
 public:
  constexpr Rational() = default;
  constexpr Rational(int64_t n) : num_(n) {}  // NOLINT: integers convert implicitly.
  // num/den; den must not be 0 (a 0 den yields a value that is not ok()).
  static Rational Fraction(absl::int128 num, absl::int128 den) {
    if (den > 0 && FitsIn63Bits(num) && FitsIn63Bits(den)) {  // nothing to normalize
      Rational r;
      r.num_ = num;
      r.den_ = den;
      return r;
    }
    return NormalizedFraction(num, den);
  }
  static Rational Overflowed();

  // True when |v| < 2^63: two such values multiply within 127 bits.
  static bool FitsIn63Bits(absl::int128 v) {
    int64_t high = absl::Int128High64(v);
    return high == 0 ? (absl::Int128Low64(v) >> 63) == 0
                     : high == -1 && (absl::Int128Low64(v) >> 63) == 1;
  }

  // False once any step of the computation that produced this value overflowed or divided by 0.
  bool ok() const { return ok_; }
  absl::int128 num() const { return num_; }
  absl::int128 den() const { return den_; }

  bool IsZero() const { return num_ == 0; }
  bool IsNegative() const { return num_ < 0; }

  // Inline when both operands are small (every realistic figure): 63-bit parts cannot overflow
  // 128 bits in one product or a sum of two, so no check is needed.
  friend Rational operator+(const Rational& a, const Rational& b) {
    if (a.ok_ && b.ok_ && Small(a) && Small(b)) {
      return a.den_ == b.den_ ? Fraction(a.num_ + b.num_, a.den_)
                              : Fraction(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
    }
    return Add(a, b);
  }
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b) {
    if (a.ok_ && b.ok_ && Small(a) && Small(b)) {
      return Fraction(a.num_ * b.num_, a.den_ * b.den_);
    }
    return Multiply(a, b);
  }
  friend Rational operator/(const Rational& a, const Rational& b);  // b = 0 → not ok()
  Rational operator-() const;
  Rational& operator+=(const Rational& b) { return *this = *this + b; }
  Rational& operator-=(const Rational& b) { return *this = *this - b; }

  // Exact ordering, also for values whose cross products would not fit in 128 bits.
  // Values that are not ok() compare as equal to everything; check ok() first.
  friend int Compare(const Rational& a, const Rational& b) {
    if (a.ok_ && b.ok_ && Small(a) && Small(b)) {
      absl::int128 x = a.num_ * b.den_, y = b.num_ * a.den_;
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    return CompareLarge(a, b);
  }
  friend bool operator==(const Rational& a, const Rational& b) { return Compare(a, b) == 0; }
  friend bool operator!=(const Rational& a, const Rational& b) { return Compare(a, b) != 0; }
  friend bool operator<(const Rational& a, const Rational& b) { return Compare(a, b) < 0; }
  friend bool operator<=(const Rational& a, const Rational& b) { return Compare(a, b) <= 0; }
  friend bool operator>(const Rational& a, const Rational& b) { return Compare(a, b) > 0; }
  friend bool operator>=(const Rational& a, const Rational& b) { return Compare(a, b) >= 0; }

 private:
  static Rational NormalizedFraction(absl::int128 num, absl::int128 den);
  static bool Small(const Rational& r) { return FitsIn63Bits(r.num_) && FitsIn63Bits(r.den_); }
  // The general cases, with overflow checks and cross-reduction.
  static Rational Add(const Rational& a, const Rational& b);
  static Rational Multiply(const Rational& a, const Rational& b);
  static int CompareLarge(const Rational& a, const Rational& b);

  // Divides num and den by their gcd once they grow past 64 bits, so that the common case
  // (decimal fractions of modest size) never pays for a gcd.
  void Normalize();

  absl::int128 num_ = 0;
  absl::int128 den_ = 1;  // always > 0
  bool ok_ = true;
};

Rational Min(const Rational& a, const Rational& b);
Rational Max(const Rational& a, const Rational& b);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BASE_RATIONAL_H_
