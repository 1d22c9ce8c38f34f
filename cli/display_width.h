// Columns for Chinese text: how many terminal cells a UTF-8 string takes (East Asian Width).
#ifndef JIXIAO_CLI_DISPLAY_WIDTH_H_
#define JIXIAO_CLI_DISPLAY_WIDTH_H_

#include <string>

#include "absl/strings/string_view.h"

namespace jixiao::cli {

// Cells `text` takes in a terminal: 2 for wide and full-width characters (汉字, "，", "（"),
// 0 for combining marks, 1 otherwise (ambiguous-width symbols like "≥" count 1).
// Invalid UTF-8 bytes count 1 each.
int DisplayWidth(absl::string_view text);

// `text` followed by spaces up to `width` cells (or `text` as is when it is wider).
std::string PadRight(absl::string_view text, int width);
// Spaces up to `width` cells, then `text`: for numbers.
std::string PadLeft(absl::string_view text, int width);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_DISPLAY_WIDTH_H_
