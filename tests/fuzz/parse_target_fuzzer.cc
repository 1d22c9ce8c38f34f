// jx_parse_target on any text, then ParseActual of the same text against what it read, then the
// core on an indicator with both: whatever the target parser accepts, the core scores or refuses
// with a message, and a score adds up.
#include <cstddef>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "jixiao/jixiao.h"
#include "jixiao/parse_target.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  void* output = nullptr;
  size_t output_size = 0;
  char* message = nullptr;
  int32_t code = jx_parse_target(data, size, JX_FORMAT_PROTO, &output, &output_size, &message);
  jixiao::fuzz::CheckCall(code, output, output_size, message);
  absl::string_view text(reinterpret_cast<const char*>(data), size);
  if (code != JX_OK) {
    if (jixiao::fuzz::IsUtf8(text) && !jixiao::fuzz::IsUtf8(message)) {
      jixiao::fuzz::Fail(absl::StrCat("error message is not UTF-8: ", message));
    }
    jx_free(message);
    return 0;
  }
  jixiao::v1::Evaluation form;
  form.set_scheme("mof-2020-project");
  jixiao::v1::Indicator* indicator = form.add_indicators();
  indicator->set_id("t");
  indicator->set_level1("产出");
  indicator->set_weight("10");
  if (!indicator->mutable_target()->ParseFromArray(output, static_cast<int>(output_size))) {
    jixiao::fuzz::Fail("jx_parse_target wrote a Target that does not parse");
  }
  jx_free(output);
  auto actual = jixiao::ParseActual(text, indicator->target());
  if (actual.ok()) *indicator->mutable_actual() = *actual;
  auto result = jixiao::Evaluate(form);
  if (result.ok()) jixiao::fuzz::CheckResult(form, *result);
  return 0;
}
