// The body of the two jx_evaluate targets (binary and JSON input): one call through the C ABI,
// its contract checked, and a successful result parsed back and checked whole.
#ifndef JIXIAO_TESTS_FUZZ_EVALUATE_FUZZER_H_
#define JIXIAO_TESTS_FUZZ_EVALUATE_FUZZER_H_

#include <cstddef>
#include <cstdint>

namespace jixiao::fuzz {

void EvaluateOne(const uint8_t* data, size_t size, int32_t format);

}  // namespace jixiao::fuzz

#endif  // JIXIAO_TESTS_FUZZ_EVALUATE_FUZZER_H_
