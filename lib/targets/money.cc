#include "lib/targets/money.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lib/base/decimal.h"

namespace jixiao {
namespace {

Rational PowerOfTen(int exponent) {  // 10^exponent, exponent may be negative
  Rational r = 1;
  for (int i = 0; i < exponent; ++i) r = r * 10;
  for (int i = 0; i > exponent; --i) r = r / 10;
  return r;
}

}  // namespace

std::string Money::Display() const { return absl::StrCat(text, " ", MoneyUnitName(unit)); }

std::string Money::In(MoneyUnit to) const { return FormatMoney(yuan, to); }

absl::StatusOr<Money> ReadMoney(absl::string_view text, MoneyUnit unit, absl::string_view field) {
  Money m;
  m.unit = unit;
  if (text.empty()) return m;
  absl::StatusOr<Decimal> d = ParseDecimal(text);
  if (!d.ok()) return absl::InvalidArgumentError(absl::StrCat(field, ": ", d.status().message()));
  if (d->value.IsNegative()) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, " \"", text, "\": an amount cannot be negative"));
  }
  m.blank = false;
  m.places = d->places;
  m.text = std::string(text);
  m.yuan = d->value * YuanPer(unit);
  m.quantum = PowerOfTen(-d->places) * YuanPer(unit);
  if (!m.yuan.ok() || !m.quantum.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(field, " \"", text, "\" is too large"));
  }
  return m;
}

Money AddMoney(const Money& a, const Money& b) {
  if (a.blank) return b;
  if (b.blank) return a;
  Money sum = a.quantum <= b.quantum ? a : b;
  sum.yuan = a.yuan + b.yuan;
  sum.text = FormatMoney(sum.yuan, sum.unit);
  return sum;
}

bool MoneyAgrees(const Money& a, const Money& b) {
  const Money& coarse = a.quantum >= b.quantum ? a : b;
  const Money& fine = a.quantum >= b.quantum ? b : a;
  Rational steps = Round(fine.yuan / coarse.quantum, 0, Rounding::kHalfUp);
  return steps * coarse.quantum == coarse.yuan;
}

std::string FormatMoney(const Rational& yuan, MoneyUnit to) {
  Rational x = yuan / YuanPer(to);
  for (int places = 0; places < 12; ++places) {
    if (Round(x, places, Rounding::kHalfUp) == x) return FormatDecimal(x, places);
  }
  return FormatDecimal(x, 12);
}

}  // namespace jixiao
