// The batch engine: many forms on a worker pool, items in input order, and the portfolio.
#include "jixiao/batch.h"

#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/arena.h"
#include "jixiao/evaluate.h"
#include "lib/base/status_macros.h"
#include "lib/batch/parallel.h"
#include "lib/batch/portfolio.h"

namespace jixiao {
namespace {

void Fail(const absl::Status& status, v1::BatchItem* item) {
  item->mutable_error()->set_code(static_cast<int32_t>(status.code()));
  item->mutable_error()->set_message(std::string(status.message()));
}

// Scores one form into `item`; anything thrown inside is the item's internal error, except running
// out of memory, which fails the whole call (ParallelFor makes it RESOURCE_EXHAUSTED).
void ScoreItem(const v1::Evaluation& evaluation, int64_t index, v1::BatchItem* item) {
  item->set_id(evaluation.id());
  item->set_index(index);
  try {
    absl::Status status = EvaluateInto(evaluation, item->mutable_result());
    if (!status.ok()) Fail(status, item);  // replaces the (empty) result: a oneof
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    Fail(absl::InternalError(absl::StrCat("evaluation failed: ", e.what())), item);
  }
}

}  // namespace

absl::StatusOr<v1::BatchResult> EvaluateBatch(const v1::EvaluationBatch& batch,
                                              const BatchOptions& options) {
  v1::BatchResult out;
  const int n = batch.evaluations_size();
  for (int i = 0; i < n; ++i) out.add_items();
  absl::Status scored = ParallelFor(static_cast<size_t>(n), options.threads, [&](size_t i) {
    int k = static_cast<int>(i);
    ScoreItem(batch.evaluations(k), k, out.mutable_items(k));
  });
  if (!scored.ok()) return scored;
  PortfolioBuilder portfolio;
  for (int i = 0; i < n; ++i) {
    const v1::BatchItem& item = out.items(i);
    portfolio.Add(
        MakePortfolioEntry(&batch.evaluations(i), item.has_result() ? &item.result() : nullptr));
  }
  *out.mutable_summary() = portfolio.Build();
  return out;
}

absl::StatusOr<v1::PortfolioSummary> EvaluateStream(RecordSource& source, Format record_format,
                                                    ItemSink& sink, const BatchOptions& options) {
  const size_t chunk_size = options.chunk_size > 0 ? static_cast<size_t>(options.chunk_size) : 1024;
  std::vector<std::string> records(chunk_size);
  std::vector<v1::Evaluation*> forms(chunk_size);
  std::vector<v1::BatchItem*> items(chunk_size);
  std::vector<uint8_t> parsed(chunk_size);  // not vector<bool>: workers write neighbouring bits
  PortfolioBuilder portfolio;
  int64_t done = 0;
  for (bool more = true; more;) {
    // A chunk's messages live on one Arena, freed at once when the chunk is written.
    google::protobuf::Arena arena;
    size_t n = 0;
    while (n < chunk_size) {
      JX_ASSIGN_OR_RETURN(bool got, source.Next(&records[n]));
      if (!got) {
        more = false;
        break;
      }
      ++n;
    }
    for (size_t i = 0; i < n; ++i) {
      forms[i] = google::protobuf::Arena::CreateMessage<v1::Evaluation>(&arena);
      items[i] = google::protobuf::Arena::CreateMessage<v1::BatchItem>(&arena);
    }
    absl::Status scored = ParallelFor(n, options.threads, [&](size_t i) {
      int64_t index = done + static_cast<int64_t>(i);
      absl::Status status = ParseMessage(records[i], record_format, forms[i]);
      parsed[i] = status.ok();
      if (!status.ok()) {
        items[i]->set_index(index);
        Fail(status, items[i]);
        return;
      }
      ScoreItem(*forms[i], index, items[i]);
    });
    if (!scored.ok()) return scored;
    for (size_t i = 0; i < n; ++i) {
      JX_RETURN_IF_ERROR(sink.Write(*items[i]));
      portfolio.Add(MakePortfolioEntry(parsed[i] ? forms[i] : nullptr,
                                       items[i]->has_result() ? &items[i]->result() : nullptr));
    }
    done += static_cast<int64_t>(n);
    if (options.progress && n > 0) options.progress(done);
  }
  return portfolio.Build();
}

}  // namespace jixiao
