// Bytes in, bytes out, with every message of one form on one Arena.
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "lib/base/status_macros.h"
#include "lib/io/form_arena.h"
#include "lib/scoring/evaluate_parsed.h"

namespace jixiao {

absl::StatusOr<std::string> EvaluateSerialized(absl::string_view input, Format input_format,
                                               Format output_format) {
  FormArena arena;
  auto* evaluation = arena.Create<v1::Evaluation>();
  JX_RETURN_IF_ERROR(ParseMessage(input, input_format, evaluation));
  auto* result = arena.Create<v1::EvaluationResult>();
  JX_RETURN_IF_ERROR(EvaluateParsedInto(*evaluation, result));
  return SerializeMessage(*result, output_format);
}

}  // namespace jixiao
