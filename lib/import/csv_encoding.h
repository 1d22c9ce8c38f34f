// The encodings spreadsheets export CSV in: UTF-8 (with or without a byte order mark), GB18030
// (which contains GBK and GB2312: what Excel writes on Chinese Windows), UTF-16 with a BOM.
#ifndef JIXIAO_LIB_IMPORT_CSV_ENCODING_H_
#define JIXIAO_LIB_IMPORT_CSV_ENCODING_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace jixiao {

struct DecodedText {
  std::string utf8;
  const char* encoding = "UTF-8";  // what the bytes were: "UTF-8", "GB18030", "UTF-16LE", …
};

// `bytes` as UTF-8. A UTF-8 BOM is dropped; UTF-16 with a BOM and anything that is not valid
// UTF-8 (read as GB18030) are converted with iconv(3). Bytes that are neither are an
// InvalidArgument error naming the line.
absl::StatusOr<DecodedText> DecodeToUtf8(absl::string_view bytes);

}  // namespace jixiao

#endif  // JIXIAO_LIB_IMPORT_CSV_ENCODING_H_
