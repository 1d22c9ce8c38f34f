// Units as forms write them after a number: "%", "项", "亿条", "平方公里", "万元", "元/亩", "天".
// They are kept as written, except that 万/亿 scales convert exactly between each other.
#ifndef JIXIAO_LIB_IMPORT_UNIT_TEXT_H_
#define JIXIAO_LIB_IMPORT_UNIT_TEXT_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace jixiao {

// Whether `unit` (folded, see FoldForParsing) reads as a unit rather than as more words: "%"
// alone, or up to 10 characters without digits, '%' or punctuation other than '/' and '*'
// ("元/亩", "元/人*月"; not starting with '*').
bool LooksLikeUnit(absl::string_view unit);

// "百分比" is written "%"; every other unit as it is.
std::string CanonicalUnit(absl::string_view unit);

// `number` (an exact decimal in unit `from`) re-expressed in unit `to` when the two differ only by
// a scale — 万 (10^4), 亿 (10^8), 十万, 百万, 千万, 万亿, and 千 before 元 — on the same base unit:
// "30500" 亩 → "3.05" 万亩, "2.5" 亿条 → "25000" 万条. nullopt when they are not such a pair.
// InvalidArgument when the result would need more than 6 decimal places.
absl::StatusOr<std::optional<std::string>> ConvertScaledUnit(absl::string_view number,
                                                             absl::string_view from,
                                                             absl::string_view to);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_UNIT_TEXT_H_
