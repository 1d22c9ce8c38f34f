#include "lib/budget/function_rollup.h"

#include "absl/container/flat_hash_set.h"

namespace jixiao {

std::vector<std::string> FunctionCodeAndPrefixes(const std::string& code) {
  std::vector<std::string> out;
  for (size_t length : {size_t{3}, size_t{5}, size_t{7}}) {
    if (code.size() >= length) out.push_back(code.substr(0, length));
  }
  return out;
}

FunctionRollup RollUpFunctions(const std::vector<FunctionFigures>& lines) {
  // Codes that are a strict prefix of some line's code.
  absl::flat_hash_set<std::string> extended;
  for (const FunctionFigures& line : lines) {
    for (const std::string& prefix : FunctionCodeAndPrefixes(line.code)) {
      if (prefix.size() < line.code.size()) extended.insert(prefix);
    }
  }
  FunctionRollup rollup;
  for (size_t i = 0; i < lines.size(); ++i) {
    const FunctionFigures& line = lines[i];
    for (const std::string& prefix : FunctionCodeAndPrefixes(line.code)) {
      FunctionNode& node = rollup.nodes[prefix];
      if (prefix == line.code && node.name.empty()) node.name = line.name;
    }
    if (extended.contains(line.code)) {
      rollup.subtotal_lines.push_back(i);
      continue;
    }
    rollup.detail_lines.push_back(i);
    Decimal basic = line.Basic(), project = line.Project();
    AddTo(&rollup.basic, basic);
    AddTo(&rollup.project, project);
    Decimal amount = basic;
    AddTo(&amount, project);
    for (const std::string& prefix : FunctionCodeAndPrefixes(line.code)) {
      AddTo(&rollup.nodes[prefix].amount, amount);
    }
  }
  return rollup;
}

}  // namespace jixiao
