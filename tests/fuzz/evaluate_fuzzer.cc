#include "tests/fuzz/evaluate_fuzzer.h"

#include "absl/strings/str_cat.h"
#include "jixiao/io.h"
#include "jixiao/jixiao.h"
#include "tests/fuzz/fuzz_checks.h"

namespace jixiao::fuzz {

void EvaluateOne(const uint8_t* data, size_t size, int32_t format) {
  void* output = nullptr;
  size_t output_size = 0;
  char* message = nullptr;
  int32_t code = jx_evaluate(data, size, format, &output, &output_size, &message);
  CheckCall(code, output, output_size, message);
  const Format f = format == JX_FORMAT_JSON ? Format::kJson : Format::kProto;
  absl::string_view input(reinterpret_cast<const char*>(data), size);
  if (code != JX_OK) {
    // Errors name what they quote; from valid input, they are valid text.
    if (format == JX_FORMAT_JSON && IsUtf8(input) && !IsUtf8(message)) {
      Fail(absl::StrCat("error message is not UTF-8: ", message));
    }
    jx_free(message);
    return;
  }
  absl::string_view bytes(static_cast<const char*>(output), output_size);
  if (format == JX_FORMAT_JSON && !IsUtf8(bytes)) Fail("JSON output is not UTF-8");
  v1::Evaluation form;
  v1::EvaluationResult result;
  if (!ParseMessage(input, f, &form).ok()) Fail("evaluated an input that does not parse");
  if (absl::Status s = ParseMessage(bytes, f, &result); !s.ok()) {
    Fail(absl::StrCat("the output does not parse back: ", s.message()));
  }
  CheckResult(form, result);
  jx_free(output);
}

}  // namespace jixiao::fuzz
