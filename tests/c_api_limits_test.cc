// jx_evaluate_batch on 32 threads under the process limits a host may run it with (ctest runs it
// under prlimit, tests/CMakeLists.txt). Links only libjixiao.so, like a real caller.
//
//   c_api_limits_test threads FORMS   fewer threads than asked (prlimit --nproc): the call must
//                                     succeed with the bytes of a single-threaded run
//   c_api_limits_test memory FORMS    too little memory (prlimit --as): the call must return
//                                     JX_RESOURCE_EXHAUSTED, not take the process down
//
// As root, "threads" runs as nobody after reading the forms: root is not bound by RLIMIT_NPROC.
//
// The batch is FORMS copies of the binary example forms (build/tests/fixtures/examples), framed
// by hand as the repeated field 1 of jixiao.v1.EvaluationBatch.
#include <grp.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/jixiao.h"

namespace {

std::vector<std::string> ExampleForms() {
  std::vector<std::string> forms;
  for (const auto& entry : std::filesystem::directory_iterator(JIXIAO_TEST_FIXTURES "/examples")) {
    if (entry.path().extension() != ".pb") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", entry.path().c_str());
      std::exit(1);
    }
    forms.push_back(bytes.str());
  }
  return forms;
}

// `count` forms as a binary EvaluationBatch: each one is tag 0x0a, its length as a varint, then it.
std::string Batch(const std::vector<std::string>& forms, int count) {
  std::string batch;
  for (int i = 0; i < count; ++i) {
    const std::string& form = forms[static_cast<size_t>(i) % forms.size()];
    batch.push_back('\x0a');
    for (size_t n = form.size();; n >>= 7) {
      batch.push_back(static_cast<char>(n < 0x80 ? n : (n & 0x7f) | 0x80));
      if (n < 0x80) break;
    }
    batch += form;
  }
  return batch;
}

struct Outcome {
  int32_t code;
  std::string bytes;  // the output, or the error message
};

Outcome EvaluateBatch(const std::string& batch, int32_t threads) {
  void* output = nullptr;
  size_t size = 0;
  char* message = nullptr;
  int32_t code = jx_evaluate_batch(batch.data(), batch.size(), JX_FORMAT_PROTO, threads, &output,
                                   &size, &message);
  Outcome outcome{code, code == JX_OK ? std::string(static_cast<const char*>(output), size)
                                      : std::string(message != nullptr ? message : "(no message)")};
  jx_free(output);
  jx_free(message);
  return outcome;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s threads|memory FORMS\n", argv[0]);
    return 2;
  }
  const std::string mode = argv[1];
  const std::vector<std::string> forms = ExampleForms();
  if (forms.size() < 4) {
    std::fprintf(stderr, "expected the 4 binary example forms, found %zu\n", forms.size());
    return 1;
  }
  const std::string batch = Batch(forms, std::atoi(argv[2]));
  // A first small call, as a host makes, builds protobuf's descriptors while there is memory:
  // out of memory inside that one-time initialization unwinds through glibc's pthread_once,
  // whose unwinder needs memory to load libgcc_s and aborts without it (jixiao.h, "Memory").
  if (Outcome warm = EvaluateBatch(Batch(forms, 1), 1); warm.code != JX_OK) {
    std::fprintf(stderr, "one form: error %d: %s\n", warm.code, warm.bytes.c_str());
    return 1;
  }

  // RLIMIT_NPROC does not bind root, and CI runs as root: drop to nobody once the forms are read
  // (so the build tree's permissions do not matter), then ask for the threads.
  if (mode == "threads" && geteuid() == 0) {
    constexpr uid_t kNobody = 65534;
    if (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0) {
      std::perror("dropping to uid 65534 (nobody)");
      return 1;
    }
  }

  const Outcome many = EvaluateBatch(batch, 32);
  if (mode == "threads") {
    if (many.code != JX_OK) {
      std::fprintf(stderr, "32 threads: error %d: %s\n", many.code, many.bytes.c_str());
      return 1;
    }
    const Outcome one = EvaluateBatch(batch, 1);
    if (one.code != JX_OK || one.bytes != many.bytes) {
      std::fprintf(stderr, "32 threads gave other bytes than 1 thread (%zu against %zu)\n",
                   many.bytes.size(), one.bytes.size());
      return 1;
    }
    std::printf("32 threads asked: %zu bytes, the same as on 1 thread\n", many.bytes.size());
    return 0;
  }
  if (mode == "memory") {
    if (many.code != JX_RESOURCE_EXHAUSTED) {
      std::fprintf(stderr, "expected JX_RESOURCE_EXHAUSTED (8), got %d%s%s\n", many.code,
                   many.code == JX_OK ? "" : ": ", many.code == JX_OK ? "" : many.bytes.c_str());
      return 1;
    }
    std::printf("JX_RESOURCE_EXHAUSTED: %s\n", many.bytes.c_str());
    return 0;
  }
  std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
  return 2;
}
