// The money units a budget and its claims are written in (BUDGETS.md "unit", "A claim's unit").
#ifndef JIXIAO_LIB_BUDGET_MONEY_UNIT_H_
#define JIXIAO_LIB_BUDGET_MONEY_UNIT_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/base/rational.h"

namespace jixiao {

enum class MoneyUnit { kYuan, kWanYuan, kYiYuan };  // 元, 万元 (10^4 元), 亿元 (10^8 元)

// "元", "万元" or "亿元"; "" is `fallback`. Anything else is InvalidArgument naming `field`.
absl::StatusOr<MoneyUnit> ParseMoneyUnit(absl::string_view text, MoneyUnit fallback,
                                         absl::string_view field);

// How many 元 one `unit` is.
Rational YuanPer(MoneyUnit unit);

// "元", "万元", "亿元".
const char* MoneyUnitName(MoneyUnit unit);

// `amount` written in `from` re-expressed in `to` (12800000 元 → 1280 万元), exactly.
Rational ConvertMoney(const Rational& amount, MoneyUnit from, MoneyUnit to);

}  // namespace jixiao

#endif  // JIXIAO_LIB_BUDGET_MONEY_UNIT_H_
