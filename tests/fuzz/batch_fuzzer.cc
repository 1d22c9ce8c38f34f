// jx_evaluate_batch with a jixiao.v1.EvaluationBatch, as JSON when it starts with '{' and as
// binary otherwise, on two threads. Items keep their index and order whatever fails, each form
// that parses keeps its id, and each result is whole and adds up.
#include <cstddef>
#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "jixiao/io.h"
#include "jixiao/jixiao.h"
#include "jixiao/v1/batch.pb.h"
#include "tests/fuzz/fuzz_checks.h"

using jixiao::fuzz::Fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view input(reinterpret_cast<const char*>(data), size);
  const bool json = absl::StartsWith(absl::StripLeadingAsciiWhitespace(input), "{");
  const int32_t format = json ? JX_FORMAT_JSON : JX_FORMAT_PROTO;
  const jixiao::Format f = json ? jixiao::Format::kJson : jixiao::Format::kProto;
  void* output = nullptr;
  size_t output_size = 0;
  char* message = nullptr;
  int32_t code = jx_evaluate_batch(data, size, format, 2, &output, &output_size, &message);
  jixiao::fuzz::CheckCall(code, output, output_size, message);
  if (code != JX_OK) {
    jx_free(message);
    return 0;
  }
  jixiao::v1::BatchResult result;
  absl::string_view bytes(static_cast<const char*>(output), output_size);
  if (absl::Status s = jixiao::ParseMessage(bytes, f, &result); !s.ok()) {
    Fail(absl::StrCat("the batch output does not parse back: ", s.message()));
  }
  jx_free(output);
  for (int i = 0; i < result.items_size(); ++i) {
    const jixiao::v1::BatchItem& item = result.items(i);
    if (item.index() != i) Fail(absl::StrCat("item ", i, " has index ", item.index()));
    if (item.has_result() == item.has_error()) Fail("an item is neither a result nor an error");
    if (item.has_error() && item.error().code() == JX_INTERNAL) Fail(item.error().message());
  }
  if (result.summary().count() != result.items_size()) Fail("the summary lost forms");
  jixiao::v1::EvaluationBatch batch;  // the whole batch parses when each form does
  if (!jixiao::ParseMessage(input, f, &batch).ok()) return 0;
  if (batch.evaluations_size() != result.items_size()) Fail("the batch lost items");
  for (int i = 0; i < result.items_size(); ++i) {
    if (result.items(i).id() != batch.evaluations(i).id())
      Fail(absl::StrCat("item ", i, " lost its id"));
    if (result.items(i).has_result()) {
      jixiao::fuzz::CheckResult(batch.evaluations(i), result.items(i).result());
    }
  }
  return 0;
}
