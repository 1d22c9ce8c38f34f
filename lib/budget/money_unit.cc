#include "lib/budget/money_unit.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace jixiao {

absl::StatusOr<MoneyUnit> ParseMoneyUnit(absl::string_view text, MoneyUnit fallback,
                                         absl::string_view field) {
  if (text.empty()) return fallback;
  if (text == "元") return MoneyUnit::kYuan;
  if (text == "万元") return MoneyUnit::kWanYuan;
  if (text == "亿元") return MoneyUnit::kYiYuan;
  return absl::InvalidArgumentError(absl::StrCat(
      field, " \"", text, "\": the unit of money must be \"元\", \"万元\" or \"亿元\""));
}

Rational YuanPer(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::kYuan:
      return 1;
    case MoneyUnit::kWanYuan:
      return 10000;
    case MoneyUnit::kYiYuan:
      return 100000000;
  }
  return 1;
}

const char* MoneyUnitName(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::kYuan:
      return "元";
    case MoneyUnit::kWanYuan:
      return "万元";
    case MoneyUnit::kYiYuan:
      return "亿元";
  }
  return "元";
}

Rational ConvertMoney(const Rational& amount, MoneyUnit from, MoneyUnit to) {
  return amount * YuanPer(from) / YuanPer(to);
}

}  // namespace jixiao
