#include "lib/import/csv_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lib/base/status_macros.h"
#include "lib/base/utf8.h"

namespace jixiao {
namespace {

// The line (1-based) of byte `offset`: '\n' never occurs inside a GB18030 or UTF-8 character.
int LineOf(absl::string_view bytes, size_t offset) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

absl::StatusOr<std::string> Convert(absl::string_view bytes, const char* from) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    return absl::InternalError(absl::StrCat("iconv cannot convert ", from, " to UTF-8"));
  }
  std::string out(bytes.size() * 2 + 16, '\0');
  // iconv(3) takes char**, but does not write through the input pointer.
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t out_used = 0;
  absl::Status status;
  while (in_left > 0) {
    char* out_at = &out[out_used];
    size_t out_left = out.size() - out_used;
    size_t done = iconv(cd, &in, &in_left, &out_at, &out_left);
    out_used = out.size() - out_left;
    if (done != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    const size_t offset = bytes.size() - in_left;
    const bool by_line = absl::StartsWith(from, "GB");  // UTF-16 has '\n' bytes inside characters
    status = absl::InvalidArgumentError(
        absl::StrCat(by_line ? absl::StrCat("line ", LineOf(bytes, offset), ": ") : "", "byte ",
                     offset, " is neither UTF-8 nor ", from,
                     errno == EINVAL ? " (the file ends inside a character)" : ""));
    break;
  }
  iconv_close(cd);
  if (!status.ok()) return status;
  out.resize(out_used);
  return out;
}

}  // namespace

absl::StatusOr<DecodedText> DecodeToUtf8(absl::string_view bytes) {
  DecodedText text;
  const bool bom = absl::ConsumePrefix(&bytes, "\xEF\xBB\xBF");
  const size_t invalid = FirstInvalidUtf8(bytes);
  if (bom && invalid != absl::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat("line ", LineOf(bytes, invalid), ": byte ",
                                                   invalid + 3,
                                                   " is not UTF-8, although the file starts "
                                                   "with a UTF-8 byte order mark"));
  }
  if (invalid == absl::string_view::npos) {
    text.utf8 = std::string(bytes);
    return text;
  }
  if (absl::StartsWith(bytes, "\xFF\xFE") || absl::StartsWith(bytes, "\xFE\xFF")) {
    text.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    bytes.remove_prefix(2);
  } else {
    text.encoding = "GB18030";
  }
  JX_ASSIGN_OR_RETURN(text.utf8, Convert(bytes, text.encoding));
  return text;
}

}  // namespace jixiao
