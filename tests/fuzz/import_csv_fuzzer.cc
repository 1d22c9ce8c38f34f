// jx_import_csv on any bytes under one of the built-in schemes (chosen by the first byte), then
// jx_evaluate on the form it reads: an import either fails with a message or gives a form that
// the core scores whole or refuses with a message.
#include <cstddef>
#include <cstdint>

#include "jixiao/jixiao.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  void* output = nullptr;
  size_t output_size = 0;
  char* message = nullptr;
  int32_t code = jx_import_csv(data + 1, size - 1, jixiao::fuzz::SchemeOf(data[0]), JX_FORMAT_PROTO,
                               &output, &output_size, &message);
  jixiao::fuzz::CheckImported("jx_import_csv", code, output, output_size, message);
  return 0;
}
