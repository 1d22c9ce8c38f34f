// The four built-in schemes of SCORING.md §7: schemes/*.json, compiled in (cmake/embed_file.cmake)
// and parsed once with jixiao's own JSON codec.
#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "jixiao/evaluate.h"
#include "lib/json/json_codec.h"

// The embedded files (build/gen/schemes/*.cc).
#define JX_EMBEDDED_SCHEME(name)                     \
  extern const unsigned char jixiao_scheme_##name[]; \
  extern const size_t jixiao_scheme_##name##_size
JX_EMBEDDED_SCHEME(common);
JX_EMBEDDED_SCHEME(zhengzhou_2021_project);
JX_EMBEDDED_SCHEME(suzhou_2020_project);
JX_EMBEDDED_SCHEME(mof_2020_project);
JX_EMBEDDED_SCHEME(henan_2021_department);
#undef JX_EMBEDDED_SCHEME

namespace jixiao {
namespace {

absl::string_view Text(const unsigned char* bytes, size_t size) {
  return absl::string_view(reinterpret_cast<const char*>(bytes), size);
}

// One scheme's file, with what all four share merged in (schemes/common.json: 2 decimals half
// up, the five-level grade scale, the three tiers and the derived indicator names).
v1::Scheme* ParseBuiltin(absl::string_view json) {
  auto* scheme = new v1::Scheme;
  v1::Scheme common;
  // The files are part of the library; BuiltinSchemes tests parse every one, so a typo there
  // fails the tests rather than a user's evaluation.
  if (!ParseJson(json, scheme).ok() ||
      !ParseJson(Text(jixiao_scheme_common, jixiao_scheme_common_size), &common).ok()) {
    scheme->Clear();
    return scheme;
  }
  scheme->MergeFrom(common);
  return scheme;
}

}  // namespace

const std::vector<const v1::Scheme*>& BuiltinSchemes() {
  static const auto* schemes = new std::vector<const v1::Scheme*>{
      ParseBuiltin(
          Text(jixiao_scheme_zhengzhou_2021_project, jixiao_scheme_zhengzhou_2021_project_size)),
      ParseBuiltin(Text(jixiao_scheme_suzhou_2020_project, jixiao_scheme_suzhou_2020_project_size)),
      ParseBuiltin(Text(jixiao_scheme_mof_2020_project, jixiao_scheme_mof_2020_project_size)),
      ParseBuiltin(
          Text(jixiao_scheme_henan_2021_department, jixiao_scheme_henan_2021_department_size)),
  };
  return *schemes;
}

const v1::Scheme* FindBuiltinScheme(absl::string_view name) {
  for (const v1::Scheme* scheme : BuiltinSchemes()) {
    if (scheme->name() == name) return scheme;
  }
  return nullptr;
}

}  // namespace jixiao
