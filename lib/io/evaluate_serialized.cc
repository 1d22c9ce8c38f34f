// Bytes in, bytes out, with every message of one form on one Arena.
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "lib/io/form_arena.h"
#include "lib/scoring/evaluate_parsed.h"

namespace jixiao {

absl::StatusOr<std::string> EvaluateSerialized(absl::string_view input, Format input_format,
                                               Format output_format) {
  FormArena arena;
  auto* evaluation = arena.Create<v1::Evaluation>();
  if (absl::Status status = ParseMessage(input, input_format, evaluation); !status.ok()) {
    return status;
  }
  auto* result = arena.Create<v1::EvaluationResult>();
  if (absl::Status status = EvaluateParsedInto(*evaluation, result); !status.ok()) return status;
  return SerializeMessage(*result, output_format);
}

}  // namespace jixiao
