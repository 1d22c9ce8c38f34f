#include "lib/targets/target_names.h"

#include "absl/strings/match.h"
#include "lib/base/utf8.h"

namespace jixiao {
namespace {

bool IsSpace(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;
  }
}

// Removes one balanced trailing （…） or (…) (either bracket closes either: printed tables mix
// them); leaves `name` alone when it does not end with one or the part is all there is.
void RemoveTrailingNote(std::string* name) {
  static constexpr absl::string_view kOpen[] = {"（", "("};
  static constexpr absl::string_view kClose[] = {"）", ")"};
  auto ends_with_close = [](absl::string_view s) -> size_t {
    for (absl::string_view c : kClose) {
      if (absl::EndsWith(s, c)) return c.size();
    }
    return 0;
  };
  absl::string_view s = *name;
  if (ends_with_close(s) == 0) return;
  int depth = 0;
  size_t end = s.size();
  while (end > 0) {
    absl::string_view head = s.substr(0, end);
    if (size_t n = ends_with_close(head)) {
      ++depth;
      end -= n;
      continue;
    }
    size_t opened = 0;
    for (absl::string_view o : kOpen) {
      if (absl::EndsWith(head, o)) opened = o.size();
    }
    if (opened != 0) {
      end -= opened;
      if (--depth == 0) {
        if (end > 0) name->resize(end);
        return;
      }
      continue;
    }
    // Step back one UTF-8 character.
    --end;
    while (end > 0 && IsUtf8Continuation(s[end])) --end;
  }
}

}  // namespace

std::string RemoveSpaces(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = 0;
    if (!DecodeUtf8(text, &pos, &c)) {  // not UTF-8: keep the byte as it is
      out.push_back(text[start]);
      pos = start + 1;
      continue;
    }
    if (!IsSpace(c)) out.append(text.data() + start, pos - start);
  }
  return out;
}

std::string NormalizeProjectName(absl::string_view name) {
  std::string out = RemoveSpaces(name);
  RemoveTrailingNote(&out);
  for (absl::string_view suffix : {"项目经费", "专项资金", "经费", "项目", "资金"}) {
    if (absl::EndsWith(out, suffix)) {
      if (out.size() > suffix.size()) out.resize(out.size() - suffix.size());
      break;
    }
  }
  return out;
}

}  // namespace jixiao
