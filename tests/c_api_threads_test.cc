// jixiao.h promises that every function may be called concurrently: 8 threads evaluate every
// form (examples/, tests/data, JSON and binary) many times, from a cold start, and must produce
// exactly the bytes of a single-threaded run.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "jixiao/jixiao.h"

namespace {

constexpr int kThreads = 8;
constexpr int kIterations = 30;

struct Input {
  std::string name;
  std::string bytes;
  int32_t format;
};

std::vector<Input> AllInputs() {
  std::vector<Input> inputs;
  for (const char* dir : {JIXIAO_EXAMPLES, JIXIAO_TEST_DATA, JIXIAO_TEST_FIXTURES "/examples",
                          JIXIAO_TEST_FIXTURES "/data"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      const std::filesystem::path& path = entry.path();
      if (path.extension() != ".json" && path.extension() != ".pb") continue;
      std::ifstream in(path, std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      inputs.push_back({path.string(), bytes.str(),
                        path.extension() == ".pb" ? JX_FORMAT_PROTO : JX_FORMAT_JSON});
    }
  }
  return inputs;
}

// The output bytes, or "error N: message".
std::string Evaluate(const Input& input) {
  void* output = nullptr;
  size_t size = 0;
  char* message = nullptr;
  int32_t code =
      jx_evaluate(input.bytes.data(), input.bytes.size(), input.format, &output, &size, &message);
  std::string result = code == JX_OK ? std::string(static_cast<const char*>(output), size)
                                     : "error " + std::to_string(code) + ": " + message;
  jx_free(output);
  jx_free(message);
  return result;
}

std::string Schemes() {
  void* output = nullptr;
  size_t size = 0;
  if (jx_list_schemes(JX_FORMAT_JSON, &output, &size, nullptr) != JX_OK) return "error";
  std::string result(static_cast<const char*>(output), size);
  jx_free(output);
  return result;
}

TEST(CApiThreads, ConcurrentCallsGiveTheSingleThreadedBytes) {
  const std::vector<Input> inputs = AllInputs();
  ASSERT_GE(inputs.size(), 12u) << "expected every form of examples/ and tests/data, twice";

  // Each thread keeps its first output per input and counts later outputs that differ from it.
  std::vector<std::vector<std::string>> first(kThreads);
  std::vector<std::string> first_schemes(kThreads);
  std::atomic<int> unstable{0};
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      while (!go.load()) std::this_thread::yield();  // start together, before anything warmed up
      first[t].resize(inputs.size());
      for (int i = 0; i < kIterations; ++i) {
        for (size_t k = 0; k < inputs.size(); ++k) {
          size_t n = (k + static_cast<size_t>(t)) % inputs.size();  // different forms at once
          std::string out = Evaluate(inputs[n]);
          if (i == 0) {
            first[t][n] = std::move(out);
          } else if (out != first[t][n]) {
            ++unstable;
          }
        }
        std::string schemes = Schemes();
        if (i == 0) first_schemes[t] = schemes;
        if (schemes != first_schemes[t]) ++unstable;
      }
    });
  }
  go = true;
  for (std::thread& thread : threads) thread.join();

  EXPECT_EQ(unstable.load(), 0);
  for (size_t n = 0; n < inputs.size(); ++n) {
    const std::string expected = Evaluate(inputs[n]);
    EXPECT_EQ(expected.rfind("error", 0), std::string::npos) << inputs[n].name << ": " << expected;
    for (int t = 0; t < kThreads; ++t) {
      EXPECT_TRUE(first[t][n] == expected) << inputs[n].name << " differs in thread " << t;
    }
  }
  for (int t = 0; t < kThreads; ++t) EXPECT_TRUE(first_schemes[t] == Schemes());
}

}  // namespace
