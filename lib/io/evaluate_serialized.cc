// Bytes in, bytes out, with every message of one form on one Arena.
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "lib/base/status_macros.h"
#include "lib/io/form_arena.h"
#include "lib/scoring/evaluate_parsed.h"

namespace jixiao {

absl::StatusOr<std::string> EvaluateSerialized(absl::string_view input, Format input_format,
                                               Format output_format) {
  std::string out;
  StringSink sink(&out);
  JX_RETURN_IF_ERROR(EvaluateSerialized(input, input_format, output_format, &sink));
  return out;
}

absl::Status EvaluateSerialized(absl::string_view input, Format input_format, Format output_format,
                                ByteSink* out) {
  FormArena arena;
  auto* evaluation = arena.Create<v1::Evaluation>();
  JX_RETURN_IF_ERROR(ParseMessage(input, input_format, evaluation));
  auto* result = arena.Create<v1::EvaluationResult>();
  JX_RETURN_IF_ERROR(EvaluateParsedInto(*evaluation, result));
  return SerializeMessageTo(*result, output_format, out);
}

}  // namespace jixiao
