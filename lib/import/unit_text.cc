#include "lib/import/unit_text.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lib/base/decimal.h"
#include "lib/base/status_macros.h"
#include "lib/base/utf8.h"

namespace jixiao {
namespace {

constexpr int kMaxUnitCharacters = 10;

// Characters that end a unit: digits, and punctuation other than '/' and '*' ("元/人*月").
bool BreaksUnit(char32_t cp) {
  if (cp == 0xB7 || cp == 0xD7) return false;  // · × in "人·次", "元/人×月"
  if (cp < 0x80)
    return cp != '/' && cp != '*' &&
           (absl::ascii_ispunct(static_cast<char>(cp)) ||
            absl::ascii_isdigit(static_cast<char>(cp)));
  return (cp >= 0x2000 && cp <= 0x206F) ||  // general punctuation: — … ‰ excepted below
         (cp >= 0x3000 && cp <= 0x303F);    // CJK punctuation: 、。《》「」
}

struct ScaledUnit {
  int power = 0;           // the unit is 10^power base units
  absl::string_view base;  // "元", "条", "" for a bare "万"
};

ScaledUnit SplitScale(absl::string_view unit) {
  // Longest prefixes first, so that 万亿 is not read as 万 + "亿…".
  static constexpr std::pair<absl::string_view, int> kScales[] = {
      {"万亿", 12}, {"千万", 7}, {"百万", 6}, {"十万", 5}, {"亿", 8}, {"万", 4}};
  for (const auto& [prefix, power] : kScales) {
    if (absl::StartsWith(unit, prefix)) return {power, unit.substr(prefix.size())};
  }
  // 千 is a scale only for money: 千米, 千克 and 千瓦 are units of their own.
  if (absl::StartsWith(unit, "千元")) return {3, unit.substr(3)};
  return {0, unit};
}

absl::int128 PowerOfTen(int n) {
  absl::int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

}  // namespace

bool LooksLikeUnit(absl::string_view unit) {
  if (unit == "%") return true;
  // "7*24小时", "7×24小时": a service level, not a unit.
  if (absl::StartsWith(unit, "*") || absl::StartsWith(unit, "\xC3\x97")) return false;
  size_t pos = 0;
  int count = 0;
  while (pos < unit.size()) {
    char32_t cp;
    if (!DecodeUtf8(unit, &pos, &cp)) return false;
    if (cp == 0x2030) continue;  // ‰ is a unit
    if (BreaksUnit(cp) || ++count > kMaxUnitCharacters) return false;
  }
  return true;
}

std::string CanonicalUnit(absl::string_view unit) {
  return unit == "百分比" ? std::string("%") : std::string(unit);
}

absl::StatusOr<std::optional<std::string>> ConvertScaledUnit(absl::string_view number,
                                                             absl::string_view from,
                                                             absl::string_view to) {
  const ScaledUnit a = SplitScale(from), b = SplitScale(to);
  if (a.base != b.base || a.power == b.power) return std::optional<std::string>();
  JX_ASSIGN_OR_RETURN(auto value, ParseDecimal(number));
  const int shift = a.power - b.power;
  Rational converted = shift > 0 ? value.value * Rational::Fraction(PowerOfTen(shift), 1)
                                 : value.value / Rational::Fraction(PowerOfTen(-shift), 1);
  for (int places = 0; places <= kMaxFractionDigits; ++places) {
    if (converted.ok() && Round(converted, places, Rounding::kTruncate) == converted) {
      return std::optional<std::string>(FormatDecimal(converted, places));
    }
  }
  return absl::InvalidArgumentError(absl::StrCat(number, from, " in ", to, " needs more than ",
                                                 kMaxFractionDigits, " decimal places"));
}

}  // namespace jixiao
