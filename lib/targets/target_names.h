// How names, units and texts of declarations are compared (TARGETS.md §1, §3): without any
// whitespace, and project names without their trailing note and suffix.
#ifndef JIXIAO_LIB_TARGETS_TARGET_NAMES_H_
#define JIXIAO_LIB_TARGETS_TARGET_NAMES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace jixiao {

// `text` with every whitespace character removed: ASCII spaces, tabs and newlines, the
// ideographic space U+3000, no-break spaces and the other Unicode spaces ("7*24 小时" →
// "7*24小时").
std::string RemoveSpaces(absl::string_view text);

// §3 "Names match": spaces removed; one trailing parenthesised part （…） or (…) removed; then
// the first of 项目经费, 专项资金, 经费, 项目, 资金 that ends the name. A step that would leave
// nothing is skipped. "“一网通办”专网业务系统对接经费（2021 年一次性经费）" →
// "“一网通办”专网业务系统对接".
std::string NormalizeProjectName(absl::string_view name);

}  // namespace jixiao

#endif  // JIXIAO_LIB_TARGETS_TARGET_NAMES_H_
