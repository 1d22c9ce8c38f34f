// jx_evaluate with a JSON jixiao.v1.Evaluation.
#include <cstddef>
#include <cstdint>

#include "jixiao/jixiao.h"
#include "tests/fuzz/evaluate_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  jixiao::fuzz::EvaluateOne(data, size, JX_FORMAT_JSON);
  return 0;
}
