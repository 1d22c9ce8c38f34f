// json_to_binary Evaluation|EvaluationResult IN.json OUT.pb: the binary protobuf fixtures of the
// C and Python tests, made at build time because neither can make them without the library.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "jixiao/io.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: json_to_binary Evaluation|EvaluationResult IN.json OUT.pb\n";
    return 2;
  }
  const std::string type = argv[1];
  jixiao::v1::Evaluation evaluation;
  jixiao::v1::EvaluationResult result;
  google::protobuf::Message* message = nullptr;
  if (type == "Evaluation") message = &evaluation;
  if (type == "EvaluationResult") message = &result;
  if (message == nullptr) {
    std::cerr << "json_to_binary: unknown message type " << type << "\n";
    return 2;
  }
  std::ifstream in(argv[2], std::ios::binary);
  std::ostringstream json;
  json << in.rdbuf();
  if (!in) {
    std::cerr << "json_to_binary: cannot read " << argv[2] << "\n";
    return 1;
  }
  absl::Status parsed = jixiao::ParseMessage(json.str(), jixiao::Format::kJson, message);
  if (!parsed.ok()) {
    std::cerr << "json_to_binary: " << argv[2] << ": " << parsed.message() << "\n";
    return 1;
  }
  auto bytes = jixiao::SerializeMessage(*message, jixiao::Format::kProto);
  std::ofstream out(argv[3], std::ios::binary);
  if (!bytes.ok() || !out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()))) {
    std::cerr << "json_to_binary: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}
