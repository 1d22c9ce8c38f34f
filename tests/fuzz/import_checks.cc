// CheckImported and SchemeOf of fuzz_checks.h: what the import targets share.
#include <cstddef>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "jixiao/jixiao.h"
#include "tests/fuzz/fuzz_checks.h"

namespace jixiao::fuzz {

const char* SchemeOf(uint8_t byte) {
  static const char* const kSchemes[] = {"zhengzhou-2021-project", "suzhou-2020-project",
                                         "mof-2020-project", "henan-2021-department"};
  return kSchemes[byte % 4];
}

void CheckImported(const char* function, int32_t code, void* output, size_t output_size,
                   char* message) {
  CheckCall(code, output, output_size, message);
  if (code != JX_OK) {
    if (!IsUtf8(message)) Fail(absl::StrCat(function, ": error message is not UTF-8: ", message));
    jx_free(message);
    return;
  }
  v1::Evaluation form;
  absl::string_view bytes(static_cast<const char*>(output), output_size);
  if (!ParseMessage(bytes, Format::kProto, &form).ok()) {
    Fail(absl::StrCat(function, " wrote an Evaluation that does not parse"));
  }
  jx_free(output);
  auto result = Evaluate(form);
  if (result.ok()) CheckResult(form, *result);
}

}  // namespace jixiao::fuzz
