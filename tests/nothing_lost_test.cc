// Nothing lost (issue 6): an evaluation returns its whole result or an error, never a partial
// result dressed as success; batch items keep their index, id and order whatever fails.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "jixiao/batch.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "lib/base/limits.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

using testing::EvaluationFromJson;
using testing::ReadExample;

// The geodata form with one field broken in `mutate`.
template <typename Mutate>
v1::Evaluation Broken(Mutate mutate) {
  v1::Evaluation form = EvaluationFromJson(ReadExample("zz-2021-geodata.json"));
  mutate(&form);
  return form;
}

TEST(EvaluateInto, LeavesTheResultEmptyWhereverTheFormFails) {
  const std::vector<v1::Evaluation> forms = {
      Broken([](v1::Evaluation* f) { f->mutable_budget()->mutable_total()->set_spent("x"); }),
      Broken([](v1::Evaluation* f) { f->mutable_indicators(0)->set_weight("-1"); }),
      Broken([](v1::Evaluation* f) {
        f->mutable_indicators(f->indicators_size() - 1)->set_reported_score("九");
      }),
      Broken([](v1::Evaluation* f) { f->mutable_reported()->set_total("1e2"); }),
      Broken([](v1::Evaluation* f) { f->mutable_indicators(3)->set_name(std::string(5000, 'x')); }),
  };
  for (const v1::Evaluation& form : forms) {
    v1::EvaluationResult result =
        *Evaluate(EvaluationFromJson(ReadExample("zz-2021-geodata.json")));
    ASSERT_GT(result.indicators_size(), 0);
    absl::Status status = EvaluateInto(form, &result);  // into a full result: cleared
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
    EXPECT_EQ(result.ByteSizeLong(), 0u) << status << "\n" << result.DebugString();
  }
}

// A batch of the four examples with failures between them: a form that does not evaluate, one
// over a limit, and (binary only) one that does not parse.
std::vector<v1::Evaluation> Forms() {
  std::vector<v1::Evaluation> forms;
  for (const char* name : {"zz-2021-data-governance.json", "zz-2021-geodata.json",
                           "henan-2021-department.json", "mof-2020-project.json"}) {
    forms.push_back(EvaluationFromJson(ReadExample(name)));
  }
  forms.insert(forms.begin() + 1, Broken([](v1::Evaluation* f) {
                 f->set_id("bad-weight");
                 f->mutable_indicators(2)->set_weight("1,0");
               }));
  forms.insert(forms.begin() + 3, Broken([](v1::Evaluation* f) {
                 f->set_id("too-long");
                 f->mutable_indicators(0)->set_level2(std::string(kMaxNameBytes + 1, 'x'));
               }));
  return forms;
}

TEST(Batch, ItemsKeepIndexIdAndOrderWhateverFails) {
  v1::EvaluationBatch batch;
  for (const v1::Evaluation& form : Forms()) *batch.add_evaluations() = form;
  BatchOptions options;
  options.threads = 3;
  v1::BatchResult result = EvaluateBatch(batch, options).value();
  ASSERT_EQ(result.items_size(), batch.evaluations_size());
  for (int i = 0; i < result.items_size(); ++i) {
    EXPECT_EQ(result.items(i).index(), i);
    EXPECT_EQ(result.items(i).id(), batch.evaluations(i).id());
  }
  EXPECT_EQ(result.items(1).error().message(),
            "indicator i03 weight: \"1,0\" is not a decimal number: write plain digits with an "
            "optional sign and '.', like \"-12.50\"; no spaces, units, '%', thousands separators "
            "or exponents");
  EXPECT_EQ(result.items(3).error().message(),
            "indicator i01 level2: 4097 bytes; the limit is 4096");
  EXPECT_EQ(result.items(2).result().total(), "99.37");
  EXPECT_EQ(result.summary().count(), 6);
  EXPECT_EQ(result.summary().failed(), 2);
}

TEST(Batch, SerializedItemsKeepIndexIdAndOrderWhateverFails) {
  std::string bytes;
  int n = 0;
  for (const v1::Evaluation& form : Forms()) {
    v1::EvaluationBatch one;
    *one.add_evaluations() = form;
    bytes += one.SerializeAsString();  // concatenated messages merge their repeated fields
    ++n;
    if (n == 2) {  // then a form that does not parse: a string field cut short
      bytes += std::string("\x0a\x04\x0a\x05", 4) + "ab";
      ++n;
    }
  }
  BatchOptions options;
  options.threads = 2;
  auto out = EvaluateBatchSerialized(bytes, Format::kProto, options);
  ASSERT_TRUE(out.ok()) << out.status();
  v1::BatchResult result;
  ASSERT_TRUE(ParseMessage(*out, Format::kProto, &result).ok());
  ASSERT_EQ(result.items_size(), n);
  std::vector<std::string> ids;
  for (int i = 0; i < result.items_size(); ++i) {
    EXPECT_EQ(result.items(i).index(), i);
    ids.push_back(result.items(i).id());
  }
  EXPECT_EQ(
      ids, (std::vector<std::string>{"zz-2021-data-governance", "bad-weight", "", "zz-2021-geodata",
                                     "too-long", "henan-2021-department", "mof-2020-project"}));
  EXPECT_EQ(result.items(2).error().message(),
            "Evaluation: the input is not a valid serialized jixiao.v1.Evaluation (truncated in "
            "id)");
  EXPECT_EQ(result.summary().failed(), 3);
}

TEST(Batch, MoreFormsThanTheLimitIsOneErrorNotATruncatedBatch) {
  std::string bytes;
  for (int i = 0; i <= kMaxBatchForms; ++i) bytes.append("\x0a\x00", 2);  // empty forms
  auto out = EvaluateBatchSerialized(bytes, Format::kProto);
  EXPECT_EQ(out.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(out.status().message(),
            "EvaluationBatch: more than 100000 forms, the limit of one batch; the streaming path "
            "(jixiao batch) has none");
}

}  // namespace
}  // namespace jixiao
