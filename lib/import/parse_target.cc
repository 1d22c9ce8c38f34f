// Reading "≥300项", "15%及其以下", "100%-130%", "=93%" (parse_target.h; decisions in
// docs/IMPORT.md).
#include "jixiao/parse_target.h"

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "lib/base/decimal.h"
#include "lib/base/limits.h"
#include "lib/base/status_macros.h"
#include "lib/base/utf8.h"
#include "lib/import/number_text.h"
#include "lib/import/unit_text.h"

namespace jixiao {
namespace {

using Comparator = v1::Target::Comparator;
constexpr Comparator kNone = v1::Target::COMPARATOR_UNSPECIFIED;  // a word with no direction

// Phrases of one comparator, separated by spaces.
struct Phrases {
  Comparator comparator;
  absl::string_view words;
};

// A phrase found in a text, and the comparator it gives.
struct Phrase {
  absl::string_view text;
  Comparator comparator;
};

// Words and signs before the number (already folded: "≥" is ">="; a strict '>' has no
// comparator of its own: AT_LEAST). The longest match wins.
constexpr Phrases kPrefixes[] = {
    {v1::Target::AT_LEAST,
     ">= => > 不低于 不少于 不小于 不得低于 不得少于 不应低于 至少 大于等于 大于或等于 大于 高于 "
     "多于 超过 达到"},
    {v1::Target::AT_MOST,
     "<= =< < 不高于 不超过 不多于 不大于 不得高于 不得超过 不应超过 小于等于 小于或等于 小于 低于 "
     "少于 至多 最多 控制在"},
    {v1::Target::EQUAL, "== = 等于"},
    {kNone, "完成 实现 保持 确保 在 介于"},
};

// Words after the number and unit ("85%以上", "15%及其以下", "30天内").
constexpr Phrases kSuffixes[] = {
    {v1::Target::AT_LEAST, "及其以上 及以上 或以上 以上"},
    {v1::Target::AT_MOST, "及其以下 及以下 或以下 以下 以内 之内 内"},
    {v1::Target::EQUAL, "左右"},
    {kNone, "之间"},
};

constexpr absl::string_view kRangeSeparators[] = {"-", "~", "至", "到"};
constexpr absl::string_view kInclusive[] = {"(含)", "含"};    // "90%(含)以上", "85%以上(含)"
constexpr absl::string_view kDeadlineMarks[] = {"前", "底"};  // "12月底前": a date, not a count

// The longest phrase `text` starts (or ends, with `at_end`) with.
template <size_t N>
std::optional<Phrase> LongestPhrase(const Phrases (&table)[N], absl::string_view text,
                                    bool at_end) {
  std::optional<Phrase> best;
  for (const Phrases& phrases : table) {
    for (absl::string_view word : absl::StrSplit(phrases.words, ' ')) {
      bool match = at_end ? absl::EndsWith(text, word) : absl::StartsWith(text, word);
      if (match && (!best || word.size() > best->text.size()))
        best = Phrase{word, phrases.comparator};
    }
  }
  return best;
}

bool HasDigit(absl::string_view text) {
  for (char c : text) {
    if (absl::ascii_isdigit(c)) return true;
  }
  return false;
}

absl::Status Invalid(absl::string_view what, absl::string_view text, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(what, " \"", text, "\": ", why));
}

// Not quoted whole: it is the text that is too long.
absl::Status TooLong(absl::string_view what, absl::string_view text) {
  return absl::InvalidArgumentError(
      absl::StrCat(what, ": ", text.size(), " bytes; the limit is ", kMaxNameBytes));
}

v1::Target Qualitative(absl::string_view text) {
  v1::Target target;
  target.set_comparator(v1::Target::QUALITATIVE);
  target.set_text(std::string(text));
  return target;
}

// Drops "(含)" and one comparator word from the end of `tail`; returns that word's comparator.
Comparator StripSuffix(absl::string_view* tail) {
  for (absl::string_view mark : kInclusive) absl::ConsumeSuffix(tail, mark);
  Comparator found = kNone;
  if (std::optional<Phrase> p = LongestPhrase(kSuffixes, *tail, /*at_end=*/true)) {
    tail->remove_suffix(p->text.size());
    found = p->comparator;
  }
  for (absl::string_view mark : kInclusive) absl::ConsumeSuffix(tail, mark);
  return found;
}

// Where a range separator followed by a digit starts in `tail`, or npos.
size_t FindRangeSeparator(absl::string_view tail, absl::string_view* separator) {
  for (size_t i = 0; i < tail.size(); ++i) {
    for (absl::string_view sep : kRangeSeparators) {
      absl::string_view rest = tail.substr(i);
      if (absl::StartsWith(rest, sep) && rest.size() > sep.size() &&
          absl::ascii_isdigit(rest[sep.size()])) {
        *separator = sep;
        return i;
      }
    }
  }
  return absl::string_view::npos;
}

// A number that the core's strict ParseDecimal accepts (≤ 15 digits, ≤ 6 places), or an error.
absl::Status CheckDecimal(absl::string_view what, absl::string_view text,
                          absl::string_view digits) {
  auto parsed = ParseDecimal(digits);
  if (parsed.ok()) return absl::OkStatus();
  return Invalid(what, text, parsed.status().message());
}

// The number at the start of `*rest` (consumed), refusing exponents ("1e5").
absl::StatusOr<std::optional<std::string>> TakeNumber(absl::string_view what,
                                                      absl::string_view text,
                                                      absl::string_view* rest) {
  auto number = ScanNumber(*rest);
  if (!number) return std::optional<std::string>();
  rest->remove_prefix(number->length);
  if (StartsWithExponent(*rest)) {
    return Invalid(what, text, "exponents are not allowed; write the number out, like 100000");
  }
  JX_RETURN_IF_ERROR(CheckDecimal(what, text, number->digits));
  return std::optional<std::string>(std::move(number->digits));
}

// Whether `lead` (the text before the first digit) is signs only — "≈", "≠", ">==" — which a
// form meant as a comparator: an error, not a qualitative target read as a label later.
bool OnlySigns(absl::string_view lead) {
  if (lead.empty()) return false;
  size_t pos = 0;
  while (pos < lead.size()) {
    char32_t cp;
    if (!DecodeUtf8(lead, &pos, &cp)) return false;
    const bool ascii_sign = cp < 0x80 && absl::ascii_ispunct(static_cast<char>(cp)) && cp != '(' &&
                            cp != ')' && cp != '[' && cp != ']';
    const bool math_sign = (cp >= 0x2190 && cp <= 0x22FF) || (cp >= 0x2A00 && cp <= 0x2AFF) ||
                           (cp >= 0x2500 && cp <= 0x257F) || (cp >= 0xFE50 && cp <= 0xFE6F);
    if (!ascii_sign && !math_sign) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<v1::Target> ParseTarget(absl::string_view raw) {
  return ParseTarget(raw, ParseTargetOptions{});
}

absl::StatusOr<v1::Target> ParseTarget(absl::string_view raw, const ParseTargetOptions& options) {
  constexpr absl::string_view kWhat = "target";
  if (raw.size() > kMaxNameBytes) return TooLong(kWhat, raw);
  const absl::string_view text = TrimSpaces(raw);
  if (text.empty()) return Invalid(kWhat, raw, "it is empty");
  auto folded = FoldForParsing(text);
  if (!folded.ok()) return Invalid(kWhat, "…", folded.status().message());
  absl::string_view rest = *folded;
  if (!HasDigit(rest)) {
    absl::string_view words = rest;
    std::optional<Phrase> p = LongestPhrase(kPrefixes, words, /*at_end=*/false);
    if (p) words.remove_prefix(p->text.size());
    const Comparator suffix = StripSuffix(&words);
    if (words.empty() && ((p && p->comparator != kNone) || suffix != kNone)) {
      return Invalid(kWhat, text, "a comparator must be followed by a number, like \"≥300项\"");
    }
    return Qualitative(text);  // "健全", "不低于上年水平", "—"
  }

  // A label before a comparator sign names the indicator again ("完成率≥95%"): skip it.
  size_t sign = rest.find_first_of("<>=");
  if (sign != absl::string_view::npos && sign > 0 && !HasDigit(rest.substr(0, sign))) {
    rest.remove_prefix(sign);
  }
  Comparator prefix = kNone;
  if (std::optional<Phrase> p = LongestPhrase(kPrefixes, rest, /*at_end=*/false)) {
    rest.remove_prefix(p->text.size());
    prefix = p->comparator;
  }
  const bool has_prefix = prefix != kNone;
  if (absl::StartsWith(rest, "-")) {
    return Invalid(kWhat, text,
                   rest.size() > 1 && absl::ascii_isdigit(rest[1])
                       ? "a target cannot be negative (SCORING.md §4)"
                       : "a sign must be followed by digits");
  }
  absl::ConsumePrefix(&rest, "+");
  JX_ASSIGN_OR_RETURN(auto value, TakeNumber(kWhat, text, &rest));
  if (!value) {
    const absl::string_view lead = rest.substr(0, rest.find_first_of("0123456789"));
    if (OnlySigns(lead) || (has_prefix && lead.find_first_of("<>=") != absl::string_view::npos)) {
      return Invalid(kWhat, text,
                     "its comparator is not one jixiao reads; write ≥, ≤, =, 不低于, 不高于 or "
                     "a range like 90%-110%");
    }
    return Qualitative(text);  // words first: "第3季度完成"
  }

  v1::Target target;
  target.set_text(std::string(text));
  target.set_value(*value);
  absl::string_view separator;
  const size_t range_at = FindRangeSeparator(rest, &separator);
  absl::string_view first_unit;
  if (range_at != absl::string_view::npos) {
    first_unit = rest.substr(0, range_at);
    rest.remove_prefix(range_at + separator.size());
    JX_ASSIGN_OR_RETURN(auto upper, TakeNumber(kWhat, text, &rest));
    target.set_upper(*upper);  // FindRangeSeparator saw a digit, so there is a number
  }
  const Comparator suffix = StripSuffix(&rest);
  const std::string unit = CanonicalUnit(rest.empty() ? first_unit : rest);
  if (!LooksLikeUnit(unit) || !LooksLikeUnit(first_unit)) return Qualitative(text);
  for (absl::string_view mark : kDeadlineMarks) {
    if (absl::StrContains(unit, mark)) return Qualitative(text);
  }
  target.set_unit(unit);

  if (range_at != absl::string_view::npos) {
    if (has_prefix || suffix != kNone) {
      return Invalid(kWhat, text, "a range \"a-b\" cannot also carry a comparator");
    }
    if (!first_unit.empty() && !rest.empty() && CanonicalUnit(first_unit) != unit) {
      return Invalid(kWhat, text,
                     absl::StrCat("the two ends of the range have different units (\"", first_unit,
                                  "\", \"", rest, "\")"));
    }
    if (ParseDecimal(target.value())->value > ParseDecimal(target.upper())->value) {
      return Invalid(kWhat, text, "the range runs backwards: its lower end is above its upper end");
    }
    target.set_comparator(v1::Target::BETWEEN);
    return target;
  }
  if (has_prefix && suffix != kNone && prefix != suffix) {
    return Invalid(kWhat, text, "it has two comparators that disagree");
  }
  // A bare number is AT_LEAST, as the core reads a value without a comparator (SCORING.md §4),
  // unless the caller knows better (a cost is a ceiling: AT_MOST in a 成本 group).
  target.set_comparator(has_prefix ? prefix : suffix != kNone ? suffix : options.bare_number);
  return target;
}

bool IsQualitative(const v1::Target& target) {
  return target.comparator() == v1::Target::QUALITATIVE ||
         (target.comparator() == v1::Target::COMPARATOR_UNSPECIFIED && target.value().empty());
}

absl::StatusOr<v1::Actual> ParseActual(absl::string_view raw, const v1::Target& target) {
  constexpr absl::string_view kWhat = "actual";
  if (raw.size() > kMaxNameBytes) return TooLong(kWhat, raw);
  const absl::string_view text = TrimSpaces(raw);
  if (text.empty()) return Invalid(kWhat, raw, "it is empty");
  auto folded = FoldForParsing(text);
  if (!folded.ok()) return Invalid(kWhat, "…", folded.status().message());
  v1::Actual actual;
  actual.set_text(std::string(text));
  absl::string_view rest = *folded;
  // "=93%", "≥266米": a comparator repeated from the target says nothing about the value.
  for (absl::string_view sign : {">=", "<=", "==", "=", ">", "<"}) {
    if (absl::ConsumePrefix(&rest, sign)) break;
  }
  std::string sign;
  if (rest.size() > 1 && (rest[0] == '-' || rest[0] == '+') && absl::ascii_isdigit(rest[1])) {
    if (rest[0] == '-') sign = "-";
    rest.remove_prefix(1);
  }
  JX_ASSIGN_OR_RETURN(auto number, TakeNumber(kWhat, text, &rest));
  const std::string unit = CanonicalUnit(rest);
  if (!number || !LooksLikeUnit(unit)) {
    actual.set_grade(std::string(text));  // a label: "好", "基本健全", "7*24小时"
    return actual;
  }
  std::string value = absl::StrCat(sign, *number);

  if (IsQualitative(target)) {
    if (unit != "%") {  // "12月底前" against the target "12月底前": the target's own wording
      actual.set_grade(std::string(text));
      return actual;
    }
    auto factor = ParseDecimal(value);
    if (factor->value.IsNegative() || factor->value > 100) {
      return Invalid(kWhat, text,
                     "a percentage against a qualitative target is the factor earned, in [0, 100]");
    }
    actual.set_factor(value);  // "66%": the assessor's result (SCORING.md §4 factor)
    return actual;
  }
  if (!unit.empty() && !target.unit().empty() && unit != target.unit()) {
    auto converted = ConvertScaledUnit(value, unit, target.unit());
    if (!converted.ok()) return Invalid(kWhat, text, converted.status().message());
    if (!*converted) {
      return Invalid(
          kWhat, text,
          absl::StrCat("its unit \"", unit, "\" is not the target's unit \"", target.unit(), "\""));
    }
    value = **converted;
    JX_RETURN_IF_ERROR(CheckDecimal(kWhat, text, value));
  }
  actual.set_number(value);
  return actual;
}

}  // namespace jixiao
