// generate_forms N OUT.pbd|OUT.jsonl|OUT.json — N generated forms for `jixiao batch`, written
// one at a time (constant memory), so a million-form soak needs no more than a file.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "bench/form_generator.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "jixiao/io.h"

int main(int argc, char** argv) {
  int64_t n = 0;
  if (argc != 3 || !absl::SimpleAtoi(argv[1], &n) || n < 0) {
    std::fputs("usage: generate_forms N OUT.pbd|OUT.jsonl|OUT.json\n", stderr);
    return 2;
  }
  const std::string path = argv[2];
  std::FILE* out = std::fopen(path.c_str(), "wb");
  if (out == nullptr) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    return 1;
  }
  const bool delimited = absl::EndsWith(path, ".pbd");
  const bool document = absl::EndsWith(path, ".json");
  jixiao::bench::FormGenerator generator(20211231);
  if (document) std::fputs("{\"evaluations\":[\n", out);
  for (int64_t i = 0; i < n; ++i) {
    jixiao::v1::Evaluation form = generator.Next();
    std::string bytes =
        *jixiao::SerializeMessage(form, delimited ? jixiao::Format::kProto : jixiao::Format::kJson);
    if (delimited) {
      std::string framed;
      {
        google::protobuf::io::StringOutputStream stream(&framed);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.WriteVarint32(static_cast<uint32_t>(bytes.size()));
      }
      std::fwrite(framed.data(), 1, framed.size(), out);
      std::fwrite(bytes.data(), 1, bytes.size(), out);
    } else {
      if (document && i > 0) std::fputs(",\n", out);
      std::fwrite(bytes.data(), 1, bytes.size(), out);
      if (!document) std::fputc('\n', out);
    }
  }
  if (document) std::fputs("]}\n", out);
  return std::fclose(out) == 0 ? 0 : 1;
}
