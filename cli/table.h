// Text tables for terminals: each column as wide as its widest cell in display width (汉字 count
// 2), numbers right-aligned.
#ifndef JIXIAO_CLI_TABLE_H_
#define JIXIAO_CLI_TABLE_H_

#include <string>
#include <vector>

namespace jixiao::cli {

class Table {
 public:
  // One flag per column: true for right-aligned (numbers). Every line starts with `indent`.
  explicit Table(std::vector<bool> right_aligned, std::string indent = "")
      : right_(std::move(right_aligned)), indent_(std::move(indent)) {}

  void AddRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  void AddRule() { rows_.emplace_back(); }  // a horizontal line across the table

  std::string Render() const;

 private:
  std::vector<bool> right_;
  std::string indent_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_TABLE_H_
