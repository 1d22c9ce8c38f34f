// The streaming batch path (jixiao batch) on JSON Lines, each line a form: every record is
// evaluated (a line that does not parse fails only its item); then the in-memory EvaluateBatch on
// the forms that parsed, on two threads. Items keep their index, id and order whatever fails, and
// the summary counts every form.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "jixiao/batch.h"
#include "jixiao/io.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using jixiao::fuzz::CheckResult;
using jixiao::fuzz::Fail;

class Lines : public jixiao::RecordSource {
 public:
  explicit Lines(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  absl::StatusOr<bool> Next(std::string* record) override {
    if (next_ == lines_.size()) return false;
    *record = lines_[next_++];
    return true;
  }

 private:
  std::vector<std::string> lines_;
  size_t next_ = 0;
};

class Items : public jixiao::ItemSink {
 public:
  absl::Status Write(const jixiao::v1::BatchItem& item) override {
    items.push_back(item);
    return absl::OkStatus();
  }
  std::vector<jixiao::v1::BatchItem> items;
};

void CheckItem(const jixiao::v1::BatchItem& item, int64_t index,
               const jixiao::v1::Evaluation* form) {
  if (item.index() != index) Fail(absl::StrCat("item ", index, " has index ", item.index()));
  if (form != nullptr && item.id() != form->id())
    Fail(absl::StrCat("item ", index, " lost its id"));
  if (item.has_result() == item.has_error()) Fail("an item is neither a result nor an error");
  if (item.has_error() && item.error().code() == 13) Fail(item.error().message());
  if (item.has_result() && form != nullptr) CheckResult(*form, item.result());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> lines =
      absl::StrSplit(absl::string_view(reinterpret_cast<const char*>(data), size), '\n');
  if (lines.size() > 64) return 0;  // a few forms are enough to mix good and bad ones
  jixiao::v1::EvaluationBatch batch;
  std::vector<const jixiao::v1::Evaluation*> forms;  // per line; null when it does not parse
  std::vector<jixiao::v1::Evaluation> parsed(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    bool ok = jixiao::ParseMessage(lines[i], jixiao::Format::kJson, &parsed[i]).ok();
    forms.push_back(ok ? &parsed[i] : nullptr);
    if (ok) *batch.add_evaluations() = parsed[i];
  }

  Lines source(lines);
  Items sink;
  jixiao::BatchOptions options;
  options.threads = 1;
  options.chunk_size = 3;  // several chunks from a few lines
  auto summary = jixiao::EvaluateStream(source, jixiao::Format::kJson, sink, options);
  if (!summary.ok()) Fail(absl::StrCat("the stream failed: ", summary.status().message()));
  if (sink.items.size() != lines.size()) Fail("the stream lost items");
  for (size_t i = 0; i < lines.size(); ++i) {
    CheckItem(sink.items[i], static_cast<int64_t>(i), forms[i]);
  }
  if (summary->count() != static_cast<int64_t>(lines.size())) Fail("the summary lost forms");

  options.threads = 2;
  jixiao::v1::BatchResult result = jixiao::EvaluateBatch(batch, options).value();
  if (result.items_size() != batch.evaluations_size()) Fail("the batch lost items");
  for (int i = 0; i < result.items_size(); ++i)
    CheckItem(result.items(i), i, &batch.evaluations(i));
  if (!jixiao::SerializeMessage(result, jixiao::Format::kJson).ok()) Fail("no JSON for the batch");
  return 0;
}
