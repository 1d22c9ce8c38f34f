#include "lib/base/rational.h"

namespace jixiao {
namespace {

using absl::int128;
using absl::uint128;

uint128 Magnitude(int128 v) {
  return v < 0 ? uint128(0) - static_cast<uint128>(v) : static_cast<uint128>(v);
}

uint128 Gcd(uint128 a, uint128 b) {
  while (b != 0) {
    uint128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

constexpr uint128 kInt128Max = (uint128(1) << 127) - 1;

// a·b, or false when |a·b| would exceed the int128 range.
bool CheckedMul(int128 a, int128 b, int128* out) {
  // Two values within 63 bits always multiply within 127: the common case, without a division.
  if (Rational::FitsIn63Bits(a) && Rational::FitsIn63Bits(b)) {
    *out = a * b;
    return true;
  }
  uint128 ma = Magnitude(a), mb = Magnitude(b);
  if (ma != 0 && mb > kInt128Max / ma) return false;
  uint128 m = ma * mb;
  *out = ((a < 0) != (b < 0)) ? -static_cast<int128>(m) : static_cast<int128>(m);
  return true;
}

bool CheckedAdd(int128 a, int128 b, int128* out) {
  if ((b > 0 && a > absl::Int128Max() - b) || (b < 0 && a < -absl::Int128Max() - b)) return false;
  *out = a + b;
  return true;
}

// Floor division for den > 0.
void FloorDivMod(int128 num, int128 den, int128* q, int128* r) {
  *q = num / den;
  *r = num % den;
  if (*r < 0) {
    *q -= 1;
    *r += den;
  }
}

}  // namespace

Rational Rational::NormalizedFraction(int128 num, int128 den) {
  if (den == 0 || num == absl::Int128Min() || den == absl::Int128Min()) return Overflowed();
  Rational r;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  r.num_ = num;
  r.den_ = den;
  r.Normalize();
  return r;
}

Rational Rational::Overflowed() {
  Rational r;
  r.ok_ = false;
  return r;
}

void Rational::Normalize() {
  constexpr uint128 kLarge = uint128(1) << 64;
  if (Magnitude(num_) < kLarge && static_cast<uint128>(den_) < kLarge) return;
  if (num_ == 0) {
    den_ = 1;
    return;
  }
  int128 g = static_cast<int128>(Gcd(Magnitude(num_), static_cast<uint128>(den_)));
  num_ /= g;
  den_ /= g;
}

Rational Rational::Add(const Rational& a, const Rational& b) {
  if (!a.ok_ || !b.ok_) return Rational::Overflowed();
  int128 x, y, n, d;
  if (a.den_ == b.den_) {
    if (!CheckedAdd(a.num_, b.num_, &n)) return Rational::Overflowed();
    return Rational::Fraction(n, a.den_);
  }
  if (!CheckedMul(a.num_, b.den_, &x) || !CheckedMul(b.num_, a.den_, &y) || !CheckedAdd(x, y, &n) ||
      !CheckedMul(a.den_, b.den_, &d)) {
    return Rational::Overflowed();
  }
  return Rational::Fraction(n, d);
}

Rational Rational::operator-() const {
  Rational r = *this;
  r.num_ = -r.num_;  // num_ is never Int128Min, so this cannot overflow
  return r;
}

Rational operator-(const Rational& a, const Rational& b) { return a + (-b); }

Rational Rational::Multiply(const Rational& a, const Rational& b) {
  if (!a.ok_ || !b.ok_) return Rational::Overflowed();
  int128 n, d;
  if (!CheckedMul(a.num_, b.num_, &n) || !CheckedMul(a.den_, b.den_, &d)) {
    // Cross-reduce before giving up: (a/b)·(c/d) = (a/g1 · c/g2) / (b/g2 · d/g1).
    int128 g1 = static_cast<int128>(Gcd(Magnitude(a.num_), static_cast<uint128>(b.den_)));
    int128 g2 = static_cast<int128>(Gcd(Magnitude(b.num_), static_cast<uint128>(a.den_)));
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    if (!CheckedMul(a.num_ / g1, b.num_ / g2, &n) || !CheckedMul(a.den_ / g2, b.den_ / g1, &d)) {
      return Rational::Overflowed();
    }
  }
  return Rational::Fraction(n, d);
}

Rational operator/(const Rational& a, const Rational& b) {
  if (!a.ok_ || !b.ok_ || b.num_ == 0) return Rational::Overflowed();
  Rational inverse;
  inverse.num_ = b.num_ < 0 ? -b.den_ : b.den_;
  inverse.den_ = b.num_ < 0 ? -b.num_ : b.num_;
  return a * inverse;
}

int Rational::CompareLarge(const Rational& a, const Rational& b) {
  if (!a.ok_ || !b.ok_) return 0;
  int128 x, y;
  if (CheckedMul(a.num_, b.den_, &x) && CheckedMul(b.num_, a.den_, &y)) {
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  // Compare continued-fraction style: integer parts first, then the inverted remainders.
  int128 an = a.num_, ad = a.den_, bn = b.num_, bd = b.den_;
  int sign = 1;
  for (;;) {
    int128 aq, ar, bq, br;
    FloorDivMod(an, ad, &aq, &ar);
    FloorDivMod(bn, bd, &bq, &br);
    if (aq != bq) return aq < bq ? -sign : sign;
    if (ar == 0 || br == 0) {
      if (ar == br) return 0;
      return ar == 0 ? -sign : sign;
    }
    // a' = ad/ar, b' = bd/br; a < b ⇔ a' > b'.
    an = ad;
    ad = ar;
    bn = bd;
    bd = br;
    sign = -sign;
  }
}

Rational Min(const Rational& a, const Rational& b) {
  if (!a.ok() || !b.ok()) return Rational::Overflowed();
  return b < a ? b : a;
}

Rational Max(const Rational& a, const Rational& b) {
  if (!a.ok() || !b.ok()) return Rational::Overflowed();
  return b > a ? b : a;
}

}  // namespace jixiao
