// Amounts of declarations and budgets in one unit (TARGETS.md §1, §3): exact values in 元, compared
// at the precision of the coarser figure (SCORING.md §2).
#ifndef JIXIAO_LIB_TARGETS_MONEY_H_
#define JIXIAO_LIB_TARGETS_MONEY_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/base/rational.h"
#include "lib/budget/money_unit.h"

namespace jixiao {

struct Money {
  bool blank = true;
  Rational yuan;     // the value in 元
  Rational quantum;  // one unit of its last printed place, in 元 ("377.5" 万元: 1000 元)
  MoneyUnit unit = MoneyUnit::kYuan;
  int places = 0;
  std::string text;             // as written
  std::string Display() const;  // "3770000.00 元"
  // The value in `to`, with as many places as it needs to stay exact.
  std::string In(MoneyUnit to) const;
};

// A blank `text` is a blank Money. A malformed decimal or a negative amount is InvalidArgument
// naming `field`.
absl::StatusOr<Money> ReadMoney(absl::string_view text, MoneyUnit unit, absl::string_view field);

// a + b; the sum keeps the finer quantum (a sum carries the most places of its terms).
Money AddMoney(const Money& a, const Money& b);

// Equal at the coarser figure's precision: the finer one rounded half up to a multiple of the
// coarser quantum. Both must be present.
bool MoneyAgrees(const Money& a, const Money& b);

// `x` 元 written in `to` with the fewest places that keep it exact (at most 12).
std::string FormatMoney(const Rational& yuan, MoneyUnit to);

}  // namespace jixiao

#endif  // JIXIAO_LIB_TARGETS_MONEY_H_
