// Bytes in, bytes out, with every message of one form on one Arena.
#include "google/protobuf/arena.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"

namespace jixiao {

absl::StatusOr<std::string> EvaluateSerialized(absl::string_view input, Format input_format,
                                               Format output_format) {
  // A form and its result take tens of kilobytes; the first block comes from the stack.
  alignas(16) char initial_block[64 << 10];
  google::protobuf::ArenaOptions options;
  options.initial_block = initial_block;
  options.initial_block_size = sizeof(initial_block);
  google::protobuf::Arena arena(options);
  auto* evaluation = google::protobuf::Arena::CreateMessage<v1::Evaluation>(&arena);
  if (absl::Status status = ParseMessage(input, input_format, evaluation); !status.ok()) {
    return status;
  }
  auto* result = google::protobuf::Arena::CreateMessage<v1::EvaluationResult>(&arena);
  if (absl::Status status = EvaluateInto(*evaluation, result); !status.ok()) return status;
  return SerializeMessage(*result, output_format);
}

}  // namespace jixiao
