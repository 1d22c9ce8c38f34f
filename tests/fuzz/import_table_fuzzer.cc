// jx_import_table on any bytes (xlsx, xls or CSV by their first bytes; the sheet with a header)
// under one of the built-in schemes (chosen by the first byte), then jx_evaluate on the form it
// reads: an import either fails with a message or gives a form that the core scores whole or
// refuses with a message. Seed: the example workbook after a 0 byte.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "jixiao/jixiao.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // Not .xls: libfreexl 1.0.6 (Debian's, not ours) over-reads its own stack buffer in iconv on a
  // crafted file, found here within a few dozen inputs (docs/IMPORT.md 35). Fuzz our code.
  if (size >= 5 && std::memcmp(data + 1, "\xD0\xCF\x11\xE0", 4) == 0) return 0;
  void* output = nullptr;
  size_t output_size = 0;
  char* message = nullptr;
  int32_t code = jx_import_table(data + 1, size - 1, jixiao::fuzz::SchemeOf(data[0]), nullptr,
                                 JX_FORMAT_PROTO, &output, &output_size, &message);
  jixiao::fuzz::CheckImported("jx_import_table", code, output, output_size, message);
  return 0;
}
