// Targets and actuals as forms write them ("≥300项", "15%及其以下", "100%-130%", "=93%",
// "基本健全") read into the contract's Target and Actual (SCORING.md §4, §8). Decisions:
// docs/IMPORT.md.
//
// Pure functions; safe to call from many threads.
#ifndef JIXIAO_PARSE_TARGET_H_
#define JIXIAO_PARSE_TARGET_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"

namespace jixiao {

// A comparator (≥ ≤ = > < in ASCII or full width, 不低于/不少于/至少/以上/及以上 …,
// 不高于/不超过/以下/及其以下/以内 …), a number (full-width digits, thousands separators) and a
// unit kept as written ("%", "亿条", "平方公里"); or a range "a-b", "a～b", "a至b", "a%-b%"
// (BETWEEN).
// '>' reads as AT_LEAST and '<' as AT_MOST; a bare number is AT_LEAST. Text that is not one
// number with a unit — "健全", "7*24小时", "12月底前" — is QUALITATIVE. `text` always keeps the
// wording as written (trimmed).
// Errors (InvalidArgument, quoting the text): empty, a comparator with no number ("≥"), a
// negative or malformed number ("-5", "--5", "1e5"), conflicting comparators ("≥5以下"), a
// comparator jixiao cannot read ("≈95%", "≥=95%"), a backwards range, more than 6 decimal places.
absl::StatusOr<v1::Target> ParseTarget(absl::string_view text);

struct ParseTargetOptions {
  // The comparator of a bare number ("43.2", "100%"): AT_LEAST by default; an importer passes
  // AT_MOST in a 成本 (cost) group, where the target is a ceiling.
  v1::Target::Comparator bare_number = v1::Target::AT_LEAST;
};
absl::StatusOr<v1::Target> ParseTarget(absl::string_view text, const ParseTargetOptions& options);

// Whether the core reads `target` as qualitative: comparator QUALITATIVE, or none and no value
// (SCORING.md §4).
bool IsQualitative(const v1::Target& target);

// An actual against its target. A leading comparator is dropped ("≥266米" is 266). A number
// ("=93%", "1,000个") is `number` in the target's unit:
// 万/亿 scales convert exactly (30500亩 → 3.05 for a target in 万亩), other unit mismatches are
// errors. A percentage against a qualitative target is `factor` ("66%" → 66: an assessor's
// result, e.g. 2 of 3 checklist elements). Any other wording is `grade`. `text` keeps the wording.
absl::StatusOr<v1::Actual> ParseActual(absl::string_view text, const v1::Target& target);

}  // namespace jixiao

#endif  // JIXIAO_PARSE_TARGET_H_
