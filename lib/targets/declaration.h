// A TargetDeclaration read once (TARGETS.md §1): amounts as exact Money in one unit, every target
// parsed, ids given. The one place where a declaration's text becomes numbers.
#ifndef JIXIAO_LIB_TARGETS_DECLARATION_H_
#define JIXIAO_LIB_TARGETS_DECLARATION_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/targets.pb.h"
#include "lib/budget/money_unit.h"
#include "lib/scoring/completion.h"
#include "lib/targets/money.h"

namespace jixiao {

struct DeclaredIndicatorView {
  const v1::TargetIndicator* proto = nullptr;
  std::string id;
  TargetView target;
  bool qualitative = false;      // SCORING.md §4
  std::string text;              // as printed: `text`, else target.text, else TargetText
  std::string qualitative_text;  // target.text, else `text` (qualitative targets)
  std::string unit;              // the target's own unit, else `unit` unless it is "定性指标"
  v1::TargetIndicator::Nature nature = v1::TargetIndicator::NATURE_UNSPECIFIED;  // "定性指标" too
  std::string where;  // "declarations[0] (zz-2021-geodata) indicators[3] (t04)"
};

struct DeclarationView {
  const v1::TargetDeclaration* proto = nullptr;
  std::string where;  // "declarations[0] (zz-2021-geodata)"
  MoneyUnit unit = MoneyUnit::kYuan;
  Money total, current_year, previous_total, previous_year;  // amounts
  Money funding_total, fiscal, other, basic, project;        // funding
  std::vector<DeclaredIndicatorView> indicators;
  bool department() const { return proto->kind() == v1::Evaluation::DEPARTMENT; }
};

// Errors: InvalidArgument naming the field under `where`.
absl::StatusOr<DeclarationView> ReadDeclaration(const v1::TargetDeclaration& declaration,
                                                std::string where);

}  // namespace jixiao

#endif  // JIXIAO_LIB_TARGETS_DECLARATION_H_
