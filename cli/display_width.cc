#include "cli/display_width.h"

#include <utf8proc.h>

#include "lib/base/utf8.h"

namespace jixiao::cli {
namespace {

// Cells of the character that starts at text[*i], advancing *i past it: utf8proc's East Asian
// Width (2 for wide and full-width, 0 for combining marks and zero-width characters); a byte
// that does not start a valid UTF-8 sequence is 1 cell.
int NextWidth(absl::string_view text, size_t* i) {
  char32_t cp;
  if (!DecodeUtf8(text, i, &cp)) {
    ++*i;
    return 1;
  }
  if (cp < 0x80) return 1;  // ASCII, most of a table; controls too, as before
  return utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
}

}  // namespace

int DisplayWidth(absl::string_view text) {
  int width = 0;
  for (size_t i = 0; i < text.size();) width += NextWidth(text, &i);
  return width;
}

std::string PadRight(absl::string_view text, int width) {
  std::string out(text);
  for (int w = DisplayWidth(text); w < width; ++w) out.push_back(' ');
  return out;
}

std::string PadLeft(absl::string_view text, int width) {
  std::string out;
  for (int w = DisplayWidth(text); w < width; ++w) out.push_back(' ');
  out.append(text.data(), text.size());
  return out;
}

}  // namespace jixiao::cli
