#include "lib/targets/declaration.h"

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "jixiao/review_targets.h"
#include "lib/base/status_macros.h"
#include "lib/targets/target_names.h"

namespace jixiao {

std::string DeclaredIndicatorId(const v1::TargetDeclaration& declaration, int index) {
  const std::string& own = declaration.indicators(index).id();
  return own.empty() ? absl::StrFormat("t%02d", index + 1) : own;
}

absl::StatusOr<DeclarationView> ReadDeclaration(const v1::TargetDeclaration& declaration,
                                                std::string where) {
  DeclarationView d;
  d.proto = &declaration;
  d.where = std::move(where);
  const std::string& w = d.where;
  JX_ASSIGN_OR_RETURN(d.unit, ParseMoneyUnit(declaration.money_unit(), MoneyUnit::kYuan,
                                             absl::StrCat(w, " money_unit")));
  auto read = [&](const std::string& text, const char* field, Money* out) -> absl::Status {
    JX_ASSIGN_OR_RETURN(*out, ReadMoney(text, d.unit, absl::StrCat(w, " ", field)));
    return absl::OkStatus();
  };
  const v1::DeclaredAmounts& a = declaration.amounts();
  JX_RETURN_IF_ERROR(read(a.total(), "amounts.total", &d.total));
  JX_RETURN_IF_ERROR(read(a.current_year(), "amounts.current_year", &d.current_year));
  JX_RETURN_IF_ERROR(read(a.previous_total(), "amounts.previous_total", &d.previous_total));
  JX_RETURN_IF_ERROR(read(a.previous_year(), "amounts.previous_year", &d.previous_year));
  const v1::DeclaredFunding& f = declaration.funding();
  JX_RETURN_IF_ERROR(read(f.total(), "funding.total", &d.funding_total));
  JX_RETURN_IF_ERROR(read(f.fiscal(), "funding.fiscal", &d.fiscal));
  JX_RETURN_IF_ERROR(read(f.other(), "funding.other", &d.other));
  JX_RETURN_IF_ERROR(read(f.basic(), "funding.basic", &d.basic));
  JX_RETURN_IF_ERROR(read(f.project(), "funding.project", &d.project));
  for (int t = 0; t < declaration.tasks_size(); ++t) {
    Money ignored;
    JX_RETURN_IF_ERROR(read(declaration.tasks(t).amount(),
                            absl::StrCat("tasks[", t, "].amount").c_str(), &ignored));
  }

  absl::flat_hash_map<std::string, int> ids;
  for (int i = 0; i < declaration.indicators_size(); ++i) {
    const v1::TargetIndicator& in = declaration.indicators(i);
    DeclaredIndicatorView v;
    v.proto = &in;
    v.id = DeclaredIndicatorId(declaration, i);
    v.where = absl::StrCat(w, " indicators[", i, "] (", v.id, ")");
    if (auto [it, fresh] = ids.try_emplace(v.id, i); !fresh) {
      return absl::InvalidArgumentError(absl::StrCat(
          v.where, " id: \"", v.id, "\" is already the id of indicators[", it->second, "]"));
    }
    if (in.target().value().empty() && in.target().text().empty() && in.text().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(v.where, " target: \"", in.name(),
                                                     "\" has neither a target value nor a text"));
    }
    JX_ASSIGN_OR_RETURN(v.target, ParseTarget(in.target(), v.where));
    v.qualitative = !v.target.numeric();
    v.qualitative_text = !in.target().text().empty() ? in.target().text() : in.text();
    v.text = !in.text().empty() ? in.text() : TargetText(in.target());
    const bool unit_says_qualitative = RemoveSpaces(in.unit()) == "定性指标";
    v.unit =
        !in.target().unit().empty() ? in.target().unit() : (unit_says_qualitative ? "" : in.unit());
    v.nature = in.nature();
    if (v.nature == v1::TargetIndicator::NATURE_UNSPECIFIED && unit_says_qualitative) {
      v.nature = v1::TargetIndicator::QUALITATIVE;
    }
    d.indicators.push_back(std::move(v));
  }
  return d;
}

}  // namespace jixiao
