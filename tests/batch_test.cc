// The batch engine: input order, per-item errors, identical output for any thread count, the
// streaming path, and the portfolio arithmetic.
#include "jixiao/batch.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "jixiao/io.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluationFromJson;
using testing::ReadExample;

// The four examples, repeated, with two bad forms among them.
v1::EvaluationBatch MixedBatch(int copies) {
  v1::EvaluationBatch batch;
  const char* names[] = {"zz-2021-data-governance.json", "zz-2021-geodata.json",
                         "henan-2021-department.json", "mof-2020-project.json"};
  std::vector<v1::Evaluation> forms;
  for (const char* name : names) forms.push_back(EvaluationFromJson(ReadExample(name)));
  for (int c = 0; c < copies; ++c) {
    for (const v1::Evaluation& form : forms) {
      v1::Evaluation* e = batch.add_evaluations();
      *e = form;
      e->set_id(absl::StrCat(form.id(), "#", c));
    }
    v1::Evaluation* bad = batch.add_evaluations();
    bad->set_id(absl::StrCat("bad#", c));
    bad->set_scheme("no-such-scheme");
  }
  return batch;
}

TEST(EvaluateBatch, ItemsKeepTheInputOrderAndOneBadFormFailsOnlyItsItem) {
  v1::BatchResult result = EvaluateBatch(MixedBatch(2)).value();
  ASSERT_EQ(result.items_size(), 10);
  EXPECT_EQ(result.items(0).id(), "zz-2021-data-governance#0");
  EXPECT_EQ(result.items(0).result().total(), "98.66");
  EXPECT_EQ(result.items(4).id(), "bad#0");
  EXPECT_EQ(result.items(4).error().code(), 3);
  EXPECT_NE(result.items(4).error().message().find("unknown scheme"), std::string::npos);
  EXPECT_EQ(result.items(5).result().total(), "98.66");
  for (int i = 0; i < result.items_size(); ++i) EXPECT_EQ(result.items(i).index(), i);
}

TEST(EvaluateBatch, OutputIsByteIdenticalForAnyThreadCount) {
  v1::EvaluationBatch batch = MixedBatch(40);
  BatchOptions options;
  options.threads = 1;
  std::string one = *SerializeMessage(EvaluateBatch(batch, options).value(), Format::kProto);
  for (int threads : {2, 3, 8}) {
    options.threads = threads;
    EXPECT_EQ(*SerializeMessage(EvaluateBatch(batch, options).value(), Format::kProto), one)
        << threads;
  }
}

TEST(EvaluateBatch, EachItemIsTheSameAsEvaluatingAlone) {
  v1::EvaluationBatch batch = MixedBatch(1);
  v1::BatchResult result = EvaluateBatch(batch).value();
  for (int i = 0; i < batch.evaluations_size(); ++i) {
    auto alone = Evaluate(batch.evaluations(i));
    ASSERT_EQ(alone.ok(), result.items(i).has_result());
    if (alone.ok()) {
      EXPECT_EQ(*SerializeMessage(*alone, Format::kProto),
                *SerializeMessage(result.items(i).result(), Format::kProto));
    }
  }
}

TEST(PortfolioSummary, CountsGradesFindingsAndMoney) {
  const v1::PortfolioSummary s = EvaluateBatch(MixedBatch(2)).value().summary();
  EXPECT_EQ(s.count(), 10);
  EXPECT_EQ(s.failed(), 2);
  EXPECT_EQ(s.by_grade().at("优秀"), 4);
  EXPECT_EQ(s.by_grade().at("优"), 4);
  // (98.66 + 99.37 + 96.62 + 96.03) / 4 = 97.67; the extremes are geodata and MOF.
  EXPECT_EQ(s.mean_normalized_total(), "97.67");
  EXPECT_EQ(s.min_normalized_total(), "96.03");
  EXPECT_EQ(s.max_normalized_total(), "99.37");
  EXPECT_EQ(s.findings_by_code().at("EXECUTION_RATE_MISMATCH"), 2);
  EXPECT_EQ(s.findings_by_code().at("SCORE_MISMATCH"), 2);
  // Zhengzhou: 4900000 + 3770000 planned, 4857080 + 3750440 spent, per copy.
  const v1::PortfolioSummary* zz = nullptr;
  for (const v1::PortfolioSummary& a : s.by_authority()) {
    if (a.authority() == "郑州市大数据管理局") zz = &a;
  }
  ASSERT_NE(zz, nullptr);
  EXPECT_EQ(zz->count(), 4);
  EXPECT_EQ(zz->budget_planned(), "17340000.00");
  EXPECT_EQ(zz->budget_spent(), "17215040.00");
  EXPECT_EQ(zz->execution_rate(), "99.28");  // 8607520 / 8670000 = 99.2793…
  EXPECT_EQ(zz->planned_by_grade().at("优秀"), "17340000.00");
  EXPECT_EQ(zz->mean_normalized_total(), "99.02");  // (98.66 + 99.37) / 2 = 99.015 → 99.02
}

TEST(PortfolioSummary, AuthoritiesAreSortedByName) {
  const v1::PortfolioSummary s = EvaluateBatch(MixedBatch(1)).value().summary();
  ASSERT_GE(s.by_authority_size(), 2);
  for (int i = 1; i < s.by_authority_size(); ++i) {
    EXPECT_LT(s.by_authority(i - 1).authority(), s.by_authority(i).authority());
  }
}

TEST(EvaluateBatchSerialized, GivesTheBytesOfTheWholeMessagePathInBothFormats) {
  v1::EvaluationBatch batch = MixedBatch(12);
  for (Format format : {Format::kProto, Format::kJson}) {
    std::string input = *SerializeMessage(batch, format);
    std::string expected = *SerializeMessage(EvaluateBatch(batch).value(), format);
    for (int threads : {1, 2, 5}) {
      BatchOptions options;
      options.threads = threads;
      auto bytes = EvaluateBatchSerialized(input, format, options);
      ASSERT_TRUE(bytes.ok()) << bytes.status();
      EXPECT_EQ(*bytes, expected) << "format " << static_cast<int>(format) << ", " << threads
                                  << " threads";
    }
  }
}

TEST(EvaluateBatchSerialized, AFormThatDoesNotParseFailsOnlyItsItem) {
  v1::EvaluationBatch batch = MixedBatch(1);
  std::string input = *SerializeMessage(batch, Format::kProto);
  input += std::string("\x0a\x03\x0a\x05x", 5);  // evaluations: a 3-byte message, truncated id
  auto bytes = EvaluateBatchSerialized(input, Format::kProto);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  v1::BatchResult result;
  ASSERT_TRUE(ParseMessage(*bytes, Format::kProto, &result).ok());
  ASSERT_EQ(result.items_size(), batch.evaluations_size() + 1);
  EXPECT_EQ(result.items(batch.evaluations_size()).error().code(), 3);
  EXPECT_EQ(result.summary().failed(), 2);
}

TEST(EvaluateBatchSerialized, AJsonFormWithABadStringFailsOnlyItsItem) {
  const std::string good = *SerializeMessage(MixedBatch(1).evaluations(0), Format::kJson);
  for (const char* bad : {"{\"id\": \"\xff\"}", "{\"id\": \"a\tb\"}", R"({"id": "\ud800"})"}) {
    auto bytes = EvaluateBatchSerialized(
        absl::StrCat(R"({"evaluations": [)", bad, ",", good, "]}"), Format::kJson);
    ASSERT_TRUE(bytes.ok()) << bytes.status();
    v1::BatchResult result;
    ASSERT_TRUE(ParseMessage(*bytes, Format::kJson, &result).ok());
    ASSERT_EQ(result.items_size(), 2);
    EXPECT_EQ(result.items(0).error().code(), 3) << bad;
    EXPECT_EQ(result.items(1).result().total(), "98.66");
  }
}

TEST(EvaluateBatchSerialized, AJsonFormThatDoesNotParseFailsOnlyItsItem) {
  std::string input = R"({"evaluations": [)" +
                      *SerializeMessage(MixedBatch(1).evaluations(0), Format::kJson) +
                      R"(, {"id": "x", "colour": "red"}]})";
  auto bytes = EvaluateBatchSerialized(input, Format::kJson);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  v1::BatchResult result;
  ASSERT_TRUE(ParseMessage(*bytes, Format::kJson, &result).ok());
  ASSERT_EQ(result.items_size(), 2);
  EXPECT_EQ(result.items(0).result().total(), "98.66");
  EXPECT_EQ(result.items(1).error().code(), 3);
  EXPECT_NE(result.items(1).error().message().find("colour"), std::string::npos);
}

TEST(EvaluateBatchSerialized, TheJsonBatchOutsideTheFormsIsStrict) {
  auto unknown = EvaluateBatchSerialized(R"({"evaluations": [], "colour": 1})", Format::kJson);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("colour"), std::string::npos) << unknown.status();
  EXPECT_FALSE(EvaluateBatchSerialized(R"({"evaluations": [{}, )", Format::kJson).ok());
  EXPECT_FALSE(EvaluateBatchSerialized(R"([])", Format::kJson).ok());
  auto empty = EvaluateBatchSerialized(R"({})", Format::kJson);
  ASSERT_TRUE(empty.ok()) << empty.status();
}

TEST(EvaluateBatchSerialized, ABatchThatIsNotProtobufIsAnError) {
  auto bytes = EvaluateBatchSerialized(std::string("\x0a\xff\xff\x7f", 4), Format::kProto);
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(EvaluateBatchSerialized("{\"evaluations\": 3}", Format::kJson).ok());
}

// Records served from memory, in chunks as a file would be.
class VectorSource : public RecordSource {
 public:
  explicit VectorSource(std::vector<std::string> records) : records_(std::move(records)) {}
  absl::StatusOr<bool> Next(std::string* record) override {
    if (next_ == records_.size()) return false;
    *record = records_[next_++];
    return true;
  }

 private:
  std::vector<std::string> records_;
  size_t next_ = 0;
};

class VectorSink : public ItemSink {
 public:
  absl::Status Write(const v1::BatchItem& item) override {
    items.push_back(item);
    return absl::OkStatus();
  }
  std::vector<v1::BatchItem> items;
};

TEST(EvaluateStream, GivesTheSameItemsAndSummaryAsTheInMemoryBatch) {
  v1::EvaluationBatch batch = MixedBatch(25);
  std::vector<std::string> records;
  for (const v1::Evaluation& e : batch.evaluations()) records.push_back(*SerializeMessage(e, Format::kJson));
  records.push_back("{not json");  // a record that does not parse fails only its item
  VectorSource source(records);
  VectorSink sink;
  BatchOptions options;
  options.chunk_size = 7;  // many chunks, the last one partial
  std::vector<int64_t> progress;
  options.progress = [&](int64_t done) { progress.push_back(done); };
  auto summary = EvaluateStream(source, Format::kJson, sink, options);
  ASSERT_TRUE(summary.ok()) << summary.status();

  v1::BatchResult expected = EvaluateBatch(batch).value();
  ASSERT_EQ(sink.items.size(), records.size());
  for (int i = 0; i < expected.items_size(); ++i) {
    EXPECT_EQ(*SerializeMessage(sink.items[static_cast<size_t>(i)], Format::kProto),
              *SerializeMessage(expected.items(i), Format::kProto));
  }
  const v1::BatchItem& broken = sink.items.back();
  EXPECT_EQ(broken.index(), static_cast<int64_t>(records.size()) - 1);
  EXPECT_EQ(broken.error().code(), 3);
  EXPECT_EQ(summary->count(), expected.summary().count() + 1);
  EXPECT_EQ(summary->failed(), expected.summary().failed() + 1);
  EXPECT_EQ(summary->mean_normalized_total(), expected.summary().mean_normalized_total());
  EXPECT_EQ(progress.back(), static_cast<int64_t>(records.size()));
  EXPECT_EQ(progress.size(), (records.size() + 6) / 7);
}

TEST(EvaluateStream, AnEmptyStreamHasAnEmptySummary) {
  VectorSource source({});
  VectorSink sink;
  auto summary = EvaluateStream(source, Format::kProto, sink);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->count(), 0);
  EXPECT_EQ(summary->mean_normalized_total(), "");
  EXPECT_TRUE(sink.items.empty());
}

}  // namespace
}  // namespace jixiao
