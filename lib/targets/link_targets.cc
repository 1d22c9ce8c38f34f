#include "lib/targets/link_targets.h"

#include <deque>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "jixiao/finding_codes.h"
#include "jixiao/review_targets.h"
#include "lib/base/finding.h"
#include "lib/base/status_macros.h"
#include "lib/targets/money.h"
#include "lib/targets/target_names.h"

namespace jixiao {
namespace {

const char* ComparatorSymbol(v1::Target::Comparator c) {
  switch (c) {
    case v1::Target::AT_LEAST:
      return "≥";
    case v1::Target::AT_MOST:
      return "≤";
    case v1::Target::EQUAL:
      return "=";
    case v1::Target::BETWEEN:
      return "区间";
    case v1::Target::QUALITATIVE:
      return "定性";
    default:
      return "";
  }
}

std::string OrNone(const std::string& s) { return s.empty() ? "（无）" : s; }

}  // namespace

std::string TargetText(const v1::Target& target) {
  if (!target.text().empty()) return target.text();
  v1::Target::Comparator c = target.comparator();
  if (c == v1::Target::COMPARATOR_UNSPECIFIED) {
    c = target.value().empty() ? v1::Target::QUALITATIVE : v1::Target::AT_LEAST;
  }
  if (c == v1::Target::QUALITATIVE) return "";
  if (c == v1::Target::BETWEEN) {
    return absl::StrCat(target.value(), "-", target.upper(), target.unit());
  }
  return absl::StrCat(ComparatorSymbol(c), target.value(), target.unit());
}

std::vector<TargetPair> PairTargets(const v1::TargetDeclaration& declaration,
                                    const v1::Evaluation& evaluation) {
  absl::flat_hash_map<std::string, std::deque<int>> by_name;
  for (int j = 0; j < evaluation.indicators_size(); ++j) {
    by_name[RemoveSpaces(evaluation.indicators(j).name())].push_back(j);
  }
  std::vector<TargetPair> pairs;
  std::vector<bool> taken(evaluation.indicators_size(), false);
  for (int i = 0; i < declaration.indicators_size(); ++i) {
    TargetPair p;
    p.declared = i;
    auto it = by_name.find(RemoveSpaces(declaration.indicators(i).name()));
    if (it != by_name.end() && !it->second.empty()) {
      p.evaluated = it->second.front();
      it->second.pop_front();
      taken[p.evaluated] = true;
    }
    pairs.push_back(p);
  }
  for (int j = 0; j < evaluation.indicators_size(); ++j) {
    if (!taken[j]) pairs.push_back(TargetPair{-1, j});
  }
  return pairs;
}

absl::StatusOr<v1::TargetLink> LinkDeclaration(const DeclarationView& d,
                                               const v1::Evaluation& evaluation,
                                               const std::string& where) {
  v1::TargetLink link;
  link.set_declaration_id(d.proto->id());
  link.set_evaluation_id(evaluation.id());
  auto* out = link.mutable_findings();

  // The amount first: what a reviewer checks before the targets.
  const v1::BudgetLine& total = evaluation.budget().total();
  const bool use_initial = !total.initial().empty();
  JX_ASSIGN_OR_RETURN(Money budgeted,
                      ReadMoney(use_initial ? total.initial() : total.adjusted(), MoneyUnit::kYuan,
                                absl::StrCat(where, use_initial ? " budget.total.initial"
                                                                : " budget.total.adjusted")));
  if (!d.current_year.blank && !budgeted.blank && !MoneyAgrees(d.current_year, budgeted)) {
    SetFinding(out->Add(), v1::Finding::WARNING, finding::kAmountChanged, "",
               absl::StrCat("项目本年度金额 ", d.current_year.Display(), "，自评表",
                            use_initial ? "年初预算数 " : "调整预算数 ", budgeted.Display()),
               d.current_year.Display(), budgeted.Display());
  }

  std::vector<TargetPair> pairs = PairTargets(*d.proto, evaluation);
  for (const TargetPair& p : pairs) {
    if (p.evaluated < 0) {
      const DeclaredIndicatorView& v = d.indicators[p.declared];
      SetFinding(out->Add(), v1::Finding::WARNING, finding::kTargetDropped, v.id,
                 absl::StrCat(v.id, " “", v.proto->name(), "”：申报的指标自评表没有评价"), v.text,
                 "");
      continue;
    }
    const v1::Indicator& e = evaluation.indicators(p.evaluated);
    const std::string eid = e.id().empty() ? absl::StrCat("#", p.evaluated + 1) : e.id();
    const std::string e_where = absl::StrCat(where, " indicators[", p.evaluated, "] (", eid, ")");
    JX_ASSIGN_OR_RETURN(TargetView et, ParseTarget(e.target(), e_where));
    const std::string e_text =
        et.numeric() ? TargetText(e.target()) : std::string(e.target().text());
    if (p.declared < 0) {
      SetFinding(out->Add(), v1::Finding::INFO, finding::kTargetAdded, eid,
                 absl::StrCat(eid, " “", e.name(), "”：自评表的指标没有在绩效目标表中申报"), "",
                 e_text);
      continue;
    }
    const DeclaredIndicatorView& v = d.indicators[p.declared];
    const TargetView& dt = v.target;
    std::vector<std::string> changes;
    if (dt.comparator != et.comparator) {
      changes.push_back(absl::StrCat("comparator ", ComparatorSymbol(dt.comparator), " → ",
                                     ComparatorSymbol(et.comparator)));
    }
    if (dt.numeric() && et.numeric()) {
      if (dt.value != et.value) {
        changes.push_back(
            absl::StrCat("value ", v.proto->target().value(), " → ", e.target().value()));
      }
      const bool ranged =
          dt.comparator == v1::Target::BETWEEN || et.comparator == v1::Target::BETWEEN;
      if (ranged && dt.upper != et.upper) {
        changes.push_back(absl::StrCat("upper ", OrNone(v.proto->target().upper()), " → ",
                                       OrNone(e.target().upper())));
      }
      if (RemoveSpaces(v.unit) != RemoveSpaces(e.target().unit())) {
        changes.push_back(absl::StrCat("unit ", OrNone(v.unit), " → ", OrNone(e.target().unit())));
      }
    } else if (!dt.numeric() && !et.numeric()) {
      if (RemoveSpaces(v.qualitative_text) != RemoveSpaces(e.target().text())) {
        changes.push_back(
            absl::StrCat("text ", OrNone(v.qualitative_text), " → ", OrNone(e.target().text())));
      }
    }
    if (changes.empty()) continue;
    SetFinding(out->Add(), v1::Finding::WARNING, finding::kTargetChanged, v.id,
               absl::StrCat(v.id, " “", v.proto->name(), "”（自评 ", eid, "）：",
                            absl::StrJoin(changes, "; ")),
               v.qualitative ? v.qualitative_text : v.text, e_text);
  }
  return link;
}

}  // namespace jixiao
