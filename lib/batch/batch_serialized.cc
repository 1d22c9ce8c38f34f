// jx_evaluate_batch's path: split, then parse + score + serialize each form on the workers.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "jixiao/batch.h"
#include "jixiao/evaluate.h"
#include "lib/base/limits.h"
#include "lib/base/status_macros.h"
#include "lib/batch/parallel.h"
#include "lib/batch/portfolio.h"
#include "lib/io/form_arena.h"
#include "lib/json/json_codec.h"
#include "lib/json/protobuf_compat.h"
#include "lib/scoring/evaluate_parsed.h"

namespace jixiao {
namespace {

constexpr int kEvaluationsField = v1::EvaluationBatch::kEvaluationsFieldNumber;
constexpr int kItemsField = v1::BatchResult::kItemsFieldNumber;
constexpr int kSummaryField = v1::BatchResult::kSummaryFieldNumber;
constexpr size_t kChunkForms = 1024;  // forms scored in parallel between two appends

absl::Status TooManyForms() {
  return absl::ResourceExhaustedError(
      absl::StrCat("EvaluationBatch: more than ", kMaxBatchForms,
                   " forms, the limit of one batch; the streaming path (jixiao batch) has none"));
}

// The serialized Evaluations of a binary EvaluationBatch, as views into `input`.
absl::StatusOr<std::vector<absl::string_view>> BinaryElements(absl::string_view input) {
  std::vector<absl::string_view> elements;
  google::protobuf::io::CodedInputStream coded(reinterpret_cast<const uint8_t*>(input.data()),
                                               static_cast<int>(input.size()));
  for (uint32_t tag; (tag = coded.ReadTag()) != 0;) {
    if (tag == protobuf_compat::LengthDelimitedTag(kEvaluationsField)) {
      uint32_t length;
      if (!coded.ReadVarint32(&length) || length > input.size()) {
        return absl::InvalidArgumentError(
            absl::StrCat("EvaluationBatch: evaluations[", elements.size(), "] is truncated"));
      }
      size_t begin = static_cast<size_t>(coded.CurrentPosition());
      if (!coded.Skip(static_cast<int>(length))) {
        return absl::InvalidArgumentError(
            absl::StrCat("EvaluationBatch: evaluations[", elements.size(), "] is truncated"));
      }
      if (elements.size() == static_cast<size_t>(kMaxBatchForms)) return TooManyForms();
      elements.push_back(input.substr(begin, length));
    } else if (!protobuf_compat::SkipWireField(&coded, tag)) {
      return absl::InvalidArgumentError(
          "EvaluationBatch: the input is not a valid serialized "
          "jixiao.v1.EvaluationBatch (truncated or not protobuf)");
    }
  }
  if (!coded.ConsumedEntireMessage()) {
    return absl::InvalidArgumentError(
        "EvaluationBatch: the input is not a valid serialized "
        "jixiao.v1.EvaluationBatch (a bad tag)");
  }
  return elements;
}

// The Evaluations of a JSON EvaluationBatch, as views into `input`. The rest of the document is
// checked as strictly as a whole parse would: the elements are replaced by {} and that skeleton
// must parse as an EvaluationBatch (no unknown fields, no second "evaluations").
absl::StatusOr<std::vector<absl::string_view>> JsonElements(absl::string_view input) {
  auto elements = JsonArrayElements(input, "evaluations");
  if (!elements.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("EvaluationBatch JSON: ", elements.status().message()));
  }
  std::string skeleton;
  const char* at = input.data();
  for (absl::string_view element : *elements) {
    skeleton.append(at, element.data());
    skeleton.append("{}");
    at = element.data() + element.size();
  }
  skeleton.append(at, input.data() + input.size());
  v1::EvaluationBatch batch;
  if (absl::Status status = ParseMessage(skeleton, Format::kJson, &batch); !status.ok()) {
    return status;
  }
  return elements;
}

void Append(absl::string_view bytes, ByteSink* out) {
  if (!bytes.empty()) std::memcpy(out->Extend(bytes.size()), bytes.data(), bytes.size());
}

// Frames `bytes` as field `field` of a message, as protobuf's serializer does. The header goes
// through a small array: a StringOutputStream on `out` would zero its whole reserved capacity on
// every call, quadratic in the size of the batch.
void AppendField(int field, absl::string_view bytes, ByteSink* out) {
  using google::protobuf::io::CodedOutputStream;
  uint8_t header[10];  // a tag and a length: two varints of at most 5 bytes
  uint8_t* end =
      CodedOutputStream::WriteTagToArray(protobuf_compat::LengthDelimitedTag(field), header);
  end = CodedOutputStream::WriteVarint32ToArray(static_cast<uint32_t>(bytes.size()), end);
  Append(absl::string_view(reinterpret_cast<const char*>(header), end - header), out);
  Append(bytes, out);
}

struct ScoredItem {
  std::string bytes;  // the serialized BatchItem
  PortfolioEntry entry;
};

// Parses, scores and serializes one form on an Arena of its own.
ScoredItem ScoreElement(absl::string_view element, Format element_format, int64_t index,
                        Format output_format) {
  FormArena arena;
  auto* form = arena.Create<v1::Evaluation>();
  auto* item = arena.Create<v1::BatchItem>();
  ScoredItem scored;
  absl::Status parsed = ParseMessage(element, element_format, form);
  if (parsed.ok()) {
    item->set_id(form->id());
    item->set_index(index);
    absl::Status status = EvaluateParsedInto(*form, item->mutable_result());
    if (!status.ok()) {
      item->mutable_error()->set_code(static_cast<int32_t>(status.code()));
      item->mutable_error()->set_message(std::string(status.message()));
    }
  } else {
    item->set_index(index);
    item->mutable_error()->set_code(static_cast<int32_t>(parsed.code()));
    item->mutable_error()->set_message(std::string(parsed.message()));
  }
  scored.entry = MakePortfolioEntry(parsed.ok() ? form : nullptr,
                                    item->has_result() ? &item->result() : nullptr);
  auto bytes = SerializeMessage(*item, output_format);
  if (!bytes.ok()) {  // never an empty item: it keeps its id and index and says why
    item->mutable_error()->set_code(static_cast<int32_t>(bytes.status().code()));
    item->mutable_error()->set_message("the result could not be serialized");
    bytes = SerializeMessage(*item, output_format);
  }
  scored.bytes = bytes.ok() ? *std::move(bytes) : std::string();
  return scored;
}

}  // namespace

absl::StatusOr<std::string> EvaluateBatchSerialized(absl::string_view input, Format format,
                                                    const BatchOptions& options) {
  std::string out;
  StringSink sink(&out);
  JX_RETURN_IF_ERROR(EvaluateBatchSerialized(input, format, options, &sink));
  return out;
}

absl::Status EvaluateBatchSerialized(absl::string_view input, Format format,
                                     const BatchOptions& options, ByteSink* out) {
  // Split in place; every form is then parsed on a worker.
  JX_ASSIGN_OR_RETURN(std::vector<absl::string_view> elements,
                      format == Format::kProto ? BinaryElements(input) : JsonElements(input));
  if (elements.size() > static_cast<size_t>(kMaxBatchForms)) return TooManyForms();

  // Chunk by chunk: the workers score a chunk, then its items are appended in order. The items'
  // buffers are freed and reused from one chunk to the next instead of faulting in fresh memory
  // for every form of the batch, which two threads would contend for.
  const size_t n = elements.size();
  const bool binary = format == Format::kProto;
  std::vector<ScoredItem> items(std::min(n, kChunkForms));
  PortfolioBuilder portfolio;
  if (!binary) Append(R"({"items":[)", out);
  for (size_t begin = 0; begin < n; begin += kChunkForms) {
    const size_t count = std::min(kChunkForms, n - begin);
    absl::Status scored = ParallelFor(count, options.threads, [&](size_t i) {
      items[i] =
          ScoreElement(elements[begin + i], format, static_cast<int64_t>(begin + i), format);
    });
    if (!scored.ok()) return scored;
    if (begin == 0) {  // reserve the whole output once, as the first chunk suggests
      size_t chunk_bytes = 0;
      for (size_t i = 0; i < count; ++i) chunk_bytes += items[i].bytes.size() + 8;
      out->Reserve(std::min(chunk_bytes / count * n * 9 / 8, 4 * input.size() + (1 << 20)));
    }
    for (size_t i = 0; i < count; ++i) {
      portfolio.Add(items[i].entry);
      if (binary) {
        AppendField(kItemsField, items[i].bytes, out);
      } else {
        if (begin + i > 0) Append(",", out);
        Append(items[i].bytes, out);
      }
    }
  }
  JX_ASSIGN_OR_RETURN(std::string summary, SerializeMessage(portfolio.Build(), format));
  // The message BatchResult {items = 1, summary = 2}, framed the way protobuf writes it.
  if (binary) {
    AppendField(kSummaryField, summary, out);
  } else {
    Append(R"(],"summary":)", out);
    Append(summary, out);
    Append("}", out);
  }
  return absl::OkStatus();
}

}  // namespace jixiao
