// Many forms at once: every project of a province in one call, with the portfolio view.
//
// Output is byte-identical for any thread count: items keep the input order and the summary is
// folded in that order. Multiple threads may call these functions concurrently.
#ifndef JIXIAO_BATCH_H_
#define JIXIAO_BATCH_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "jixiao/io.h"
#include "jixiao/v1/batch.pb.h"

namespace jixiao {

struct BatchOptions {
  int threads = 0;  // 0: all cores
  // Forms evaluated together in the streaming path; bounds its memory (about 50 KB a form).
  int chunk_size = 1024;
  // Called after each chunk with the number of forms done so far (streaming path only).
  std::function<void(int64_t done)> progress;
};

// Evaluates every form; one bad form fails only its own item. The call fails as a whole, with
// RESOURCE_EXHAUSTED, when memory runs out (and with INTERNAL if anything else is thrown on a
// worker); a thread that cannot be started only leaves its share to the others.
absl::StatusOr<v1::BatchResult> EvaluateBatch(const v1::EvaluationBatch& batch,
                                              const BatchOptions& options = {});

// EvaluationBatch bytes in, BatchResult bytes out, in `format` (the work of jx_evaluate_batch).
// The forms are split out of the batch without parsing it whole, then each is parsed, scored and
// serialized on the worker threads on its own Arena, so the whole call scales with threads. A
// form that does not parse fails only its own item. For a batch that parses, the bytes equal
// SerializeMessage(EvaluateBatch(batch), format).
absl::StatusOr<std::string> EvaluateBatchSerialized(absl::string_view input, Format format,
                                                    const BatchOptions& options = {});
// The same bytes, appended to `out`; on error what was appended is to be discarded. Running out
// of memory is RESOURCE_EXHAUSTED here too, as in EvaluateBatch.
absl::Status EvaluateBatchSerialized(absl::string_view input, Format format,
                                     const BatchOptions& options, ByteSink* out);

// A stream of serialized Evaluations (one JSON document or one binary message per record).
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  // The next record into *record; false at the end. An error ends the stream (I/O, framing).
  virtual absl::StatusOr<bool> Next(std::string* record) = 0;
};

// Where the streaming path writes each item, in input order.
class ItemSink {
 public:
  virtual ~ItemSink() = default;
  virtual absl::Status Write(const v1::BatchItem& item) = 0;
};

// The streaming path for inputs bigger than memory: reads records in chunks, evaluates each chunk
// on the worker threads, writes its items in order and returns the summary. Memory stays
// proportional to chunk_size. A record that does not parse fails only its own item; running out
// of memory ends the stream with RESOURCE_EXHAUSTED, as in EvaluateBatch.
absl::StatusOr<v1::PortfolioSummary> EvaluateStream(RecordSource& source, Format record_format,
                                                    ItemSink& sink,
                                                    const BatchOptions& options = {});

}  // namespace jixiao

#endif  // JIXIAO_BATCH_H_
