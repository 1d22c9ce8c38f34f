// Bytes in, bytes out, with every message of one form on one Arena.
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "lib/io/form_arena.h"
#include "lib/scoring/evaluate_parsed.h"

namespace jixiao {

absl::StatusOr<std::string> EvaluateSerialized(absl::string_view input, Format input_format,
                                               Format output_format) {
  std::string out;
  StringSink sink(&out);
  if (absl::Status status = EvaluateSerialized(input, input_format, output_format, &sink);
      !status.ok()) {
    return status;
  }
  return out;
}

absl::Status EvaluateSerialized(absl::string_view input, Format input_format, Format output_format,
                                ByteSink* out) {
  FormArena arena;
  auto* evaluation = arena.Create<v1::Evaluation>();
  if (absl::Status status = ParseMessage(input, input_format, evaluation); !status.ok()) {
    return status;
  }
  auto* result = arena.Create<v1::EvaluationResult>();
  if (absl::Status status = EvaluateParsedInto(*evaluation, result); !status.ok()) return status;
  return SerializeMessageTo(*result, output_format, out);
}

}  // namespace jixiao
