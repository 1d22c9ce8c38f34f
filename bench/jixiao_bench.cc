// jixiao's speed, as ratios against baselines measured in the same process:
//   BM_ProtobufBaseline  parse a serialized form and serialize a result of the same size: the floor
//   BM_EvaluateBytes     serialized form in, serialized result out (the C ABI's work)
//   BM_Kernel            pre-parsed messages → results (Evaluate alone)
//   BM_Batch             EvaluateBatch on 1 and 2 threads (wall time)
//   *Json                the same with JSON in and out
//   BM_JsonParse/Print   jixiao's JSON codec against protobuf's util, on forms and results
//   BM_Utf8Validate      lib/base/utf8's validator against protobuf's, on every string of a form
// Every benchmark reports items_per_second = forms per second. See bench/README.md.
#include <map>
#include <string>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "bench/form_generator.h"
#include "benchmark/benchmark.h"
#include "google/protobuf/stubs/common.h"  // UTF8SpnStructurallyValid, for BM_Utf8Validate
#include "jixiao/batch.h"
#include "jixiao/evaluate.h"
#include "jixiao/io.h"
#include "lib/base/utf8.h"
#include "lib/io/form_arena.h"
#include "lib/json/json_codec.h"
#include "lib/json/protobuf_compat.h"

namespace jixiao::bench {
namespace {

// n generated forms, as messages and serialized both ways, with their results; built once.
struct Corpus {
  std::vector<v1::Evaluation> forms;
  std::vector<std::string> proto, json;
  std::vector<v1::EvaluationResult> results;  // an empty result for invalid forms
};

const Corpus& CorpusOf(int n) {
  static absl::Mutex mu;
  static auto* corpora = new std::map<int, Corpus>;
  absl::MutexLock lock(&mu);
  auto it = corpora->find(n);
  if (it != corpora->end()) return it->second;
  Corpus& c = (*corpora)[n];
  FormGenerator generator(20211231);
  for (int i = 0; i < n; ++i) {
    c.forms.push_back(generator.Next());
    c.proto.push_back(*SerializeMessage(c.forms.back(), Format::kProto));
    c.json.push_back(*SerializeMessage(c.forms.back(), Format::kJson));
    auto result = Evaluate(c.forms.back());
    c.results.push_back(result.ok() ? *result : v1::EvaluationResult());
  }
  return c;
}

void Done(benchmark::State& state, int n) { state.SetItemsProcessed(state.iterations() * n); }

// The floor: what protobuf alone costs for the same bytes in and out, with the same Arena setup
// as EvaluateSerialized, so the ratio measures jixiao's own work only.
void ParseAndSerializeOnly(const std::string& input, const v1::EvaluationResult& result,
                           Format format) {
  FormArena arena;
  auto* form = arena.Create<v1::Evaluation>();
  benchmark::DoNotOptimize(ParseMessage(input, format, form));
  benchmark::DoNotOptimize(SerializeMessage(result, format));
}

void BM_ProtobufBaseline(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  for (auto _ : state) {
    for (size_t i = 0; i < c.proto.size(); ++i) {
      ParseAndSerializeOnly(c.proto[i], c.results[i], Format::kProto);
    }
  }
  Done(state, n);
}

void BM_EvaluateBytes(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  for (auto _ : state) {
    for (const std::string& form : c.proto) {
      benchmark::DoNotOptimize(EvaluateSerialized(form, Format::kProto, Format::kProto));
    }
  }
  Done(state, n);
}

void BM_Kernel(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  for (auto _ : state) {
    for (const v1::Evaluation& form : c.forms) benchmark::DoNotOptimize(Evaluate(form));
  }
  Done(state, n);
}

void BM_ProtobufBaselineJson(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  for (auto _ : state) {
    for (size_t i = 0; i < c.json.size(); ++i) {
      ParseAndSerializeOnly(c.json[i], c.results[i], Format::kJson);
    }
  }
  Done(state, n);
}

void BM_EvaluateJson(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  for (auto _ : state) {
    for (const std::string& form : c.json) {
      benchmark::DoNotOptimize(EvaluateSerialized(form, Format::kJson, Format::kJson));
    }
  }
  Done(state, n);
}

void BM_Batch(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  v1::EvaluationBatch batch;
  for (const v1::Evaluation& form : CorpusOf(n).forms) *batch.add_evaluations() = form;
  BatchOptions options;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(EvaluateBatch(batch, options));
  Done(state, n);
}

// The C ABI's batch path: EvaluationBatch bytes in, BatchResult bytes out.
void BatchBytes(benchmark::State& state, Format format) {
  const int n = static_cast<int>(state.range(0));
  v1::EvaluationBatch batch;
  for (const v1::Evaluation& form : CorpusOf(n).forms) *batch.add_evaluations() = form;
  const std::string input = *SerializeMessage(batch, format);
  BatchOptions options;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(EvaluateBatchSerialized(input, format, options));
  Done(state, n);
}
void BM_BatchBytes(benchmark::State& state) { BatchBytes(state, Format::kProto); }
void BM_BatchJson(benchmark::State& state) { BatchBytes(state, Format::kJson); }

enum class Codec { kJixiao, kProtobuf };

// Parse each form's JSON into an Evaluation on an Arena, as EvaluateSerialized does.
void BM_JsonParse(benchmark::State& state, Codec codec) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  for (auto _ : state) {
    for (const std::string& json : c.json) {
      FormArena arena;  // as EvaluateSerialized does
      auto* form = arena.Create<v1::Evaluation>();
      if (codec == Codec::kJixiao) {
        benchmark::DoNotOptimize(ParseJson(json, form));
      } else {
        benchmark::DoNotOptimize(protobuf_compat::UtilJsonToMessage(json, form));
      }
    }
  }
  Done(state, n);
}

// Print each form's result as SerializeMessage does: protobuf's way is BinaryToJsonString on
// the deterministic serialization (what io.cc did before the codec).
void BM_JsonPrint(benchmark::State& state, Codec codec) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  for (auto _ : state) {
    for (const v1::EvaluationResult& result : c.results) {
      if (codec == Codec::kJixiao) {
        benchmark::DoNotOptimize(PrintJson(result, false));
      } else {
        benchmark::DoNotOptimize(protobuf_compat::UtilMessageToJson(result, false));
      }
    }
  }
  Done(state, n);
}

// Every string field of `message` and of the messages in it, appended to *out.
void CollectStrings(const google::protobuf::Message& message, std::vector<std::string>* out) {
  using google::protobuf::FieldDescriptor;
  const google::protobuf::Reflection* r = message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  r->ListFields(message, &fields);
  for (const FieldDescriptor* fd : fields) {
    const int n = fd->is_repeated() ? r->FieldSize(message, fd) : 1;
    for (int i = 0; i < n; ++i) {
      if (fd->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
        out->push_back(fd->is_repeated() ? r->GetRepeatedString(message, fd, i)
                                         : r->GetString(message, fd));
      } else if (fd->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        CollectStrings(fd->is_repeated() ? r->GetRepeatedMessage(message, fd, i)
                                         : r->GetMessage(message, fd),
                       out);
      }
    }
  }
}

// The UTF-8 check of CheckLimits on each string of n forms (names, texts, units: mostly CJK).
void BM_Utf8Validate(benchmark::State& state, Codec codec) {
  const int n = static_cast<int>(state.range(0));
  const Corpus& c = CorpusOf(n);
  std::vector<std::string> strings;
  for (const v1::Evaluation& form : c.forms) CollectStrings(form, &strings);
  size_t bytes = 0;
  for (const std::string& s : strings) bytes += s.size();
  for (auto _ : state) {
    for (const std::string& s : strings) {
      if (codec == Codec::kJixiao) {
        benchmark::DoNotOptimize(ValidUtf8Prefix(s));
      } else {
        benchmark::DoNotOptimize(google::protobuf::internal::UTF8SpnStructurallyValid(s));
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  Done(state, n);
}

#define JIXIAO_SIZES Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)
BENCHMARK(BM_ProtobufBaseline)->JIXIAO_SIZES;
BENCHMARK(BM_EvaluateBytes)->JIXIAO_SIZES;
BENCHMARK(BM_Kernel)->JIXIAO_SIZES;
BENCHMARK(BM_ProtobufBaselineJson)->JIXIAO_SIZES;
BENCHMARK(BM_EvaluateJson)->JIXIAO_SIZES;
BENCHMARK_CAPTURE(BM_JsonParse, jixiao, Codec::kJixiao)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JsonParse, protobuf, Codec::kProtobuf)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JsonPrint, jixiao, Codec::kJixiao)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JsonPrint, protobuf, Codec::kProtobuf)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Utf8Validate, jixiao, Codec::kJixiao)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Utf8Validate, protobuf, Codec::kProtobuf)->Arg(1000)->Unit(benchmark::kMillisecond);
#define JIXIAO_THREADS(sizes)        \
  ArgNames({"forms", "threads"})     \
      ->ArgsProduct({sizes, {1, 2}}) \
      ->UseRealTime()                \
      ->Unit(benchmark::kMillisecond)
BENCHMARK(BM_Batch)->JIXIAO_THREADS(benchmark::CreateRange(1000, 100000, 10));
BENCHMARK(BM_BatchBytes)->JIXIAO_THREADS(benchmark::CreateRange(1000, 100000, 10));
BENCHMARK(BM_BatchJson)->JIXIAO_THREADS({1000});

}  // namespace
}  // namespace jixiao::bench

BENCHMARK_MAIN();
