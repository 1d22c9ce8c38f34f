// What every fuzz target asserts besides "no crash, no hang, no leak, no UB": the C ABI's output
// contract, and that a successful evaluation is whole and adds up (no partial or wrong figures).
// A broken invariant aborts, which libFuzzer reports as a crash with the input that caused it.
#ifndef JIXIAO_TESTS_FUZZ_FUZZ_CHECKS_H_
#define JIXIAO_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

namespace jixiao::fuzz {

// Prints `what` and aborts.
[[noreturn]] void Fail(absl::string_view what);

// True when `text` is valid UTF-8.
bool IsUtf8(absl::string_view text);

// jx_* conventions: success has output and no message; failure has a message and no output.
void CheckCall(int32_t code, const void* output, size_t output_size, const char* message);

// A successful evaluation of `form`: one score per indicator, every figure a decimal, factors in
// [0, 100], categories summing to the total, every indicator achieved or not.
void CheckResult(const v1::Evaluation& form, const v1::EvaluationResult& result);

// The built-in scheme the first byte of an import target's input picks.
const char* SchemeOf(uint8_t byte);

// What an import (jx_import_csv, jx_import_table: `function`) returned: the jx_* conventions, an
// error message in UTF-8, or a binary Evaluation that parses and that the core scores whole or
// refuses. Frees the output and the message. In import_checks.cc, which needs the C ABI linked in.
void CheckImported(const char* function, int32_t code, void* output, size_t output_size,
                   char* message);

}  // namespace jixiao::fuzz

#endif  // JIXIAO_TESTS_FUZZ_FUZZ_CHECKS_H_
