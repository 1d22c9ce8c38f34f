#include "lib/targets/review_declaration.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "jixiao/finding_codes.h"
#include "lib/base/decimal.h"
#include "lib/base/finding.h"
#include "lib/targets/profiles.h"
#include "lib/targets/target_names.h"

namespace jixiao {
namespace {

using Findings = google::protobuf::RepeatedPtrField<v1::Finding>;

bool InWords(const google::protobuf::RepeatedPtrField<std::string>& words,
             absl::string_view value) {
  std::string v = RemoveSpaces(value);
  for (const std::string& w : words) {
    if (RemoveSpaces(w) == v) return true;
  }
  return false;
}

// "t17 社会效益/公众满意度"
std::string Place(const DeclaredIndicatorView& v) {
  return absl::StrCat(v.id, " ", v.proto->level2(), "/", v.proto->name());
}

void Coverage(const DeclarationView& d, v1::TargetReview* review) {
  absl::flat_hash_map<std::pair<std::string, std::string>, int> index;
  auto key = [](absl::string_view l1, absl::string_view l2) {
    return std::make_pair(RemoveSpaces(l1), RemoveSpaces(l2));
  };
  for (const v1::DeclaredGroup& g : d.proto->groups()) {
    if (!index.try_emplace(key(g.level1(), g.level2()), review->coverage_size()).second) continue;
    v1::GroupCoverage* c = review->add_coverage();
    c->set_level1(g.level1());
    c->set_level2(g.level2());
  }
  // Groups the table did not list (or a declaration without `groups`): after the printed ones.
  for (const DeclaredIndicatorView& v : d.indicators) {
    auto [it, fresh] =
        index.try_emplace(key(v.proto->level1(), v.proto->level2()), review->coverage_size());
    if (fresh) {
      v1::GroupCoverage* c = review->add_coverage();
      c->set_level1(v.proto->level1());
      c->set_level2(v.proto->level2());
    }
    v1::GroupCoverage* c = review->mutable_coverage(it->second);
    c->set_indicators(c->indicators() + 1);
  }
}

void MissingGroups(const DeclarationView& d, const v1::TargetProfile& profile,
                   const v1::TargetReview& review, Findings* out) {
  for (const v1::TargetProfile::Requirement& r : profile.requirements()) {
    bool met = false;
    for (const DeclaredIndicatorView& v : d.indicators) {
      if (MeetsRequirement(r, v.proto->level1(), v.proto->level2(), v.proto->name())) {
        met = true;
        break;
      }
    }
    if (met) continue;
    std::vector<std::string> empty;
    for (const v1::GroupCoverage& c : review.coverage()) {
      if (c.indicators() == 0 && GroupServesRequirement(r, c.level1(), c.level2())) {
        empty.push_back(absl::StrCat("“", c.level2(), "”"));
      }
    }
    std::string message = absl::StrCat("要求“", r.label(), "”没有任何指标");
    if (!empty.empty()) {
      absl::StrAppend(&message, "；表中列出的二级指标", absl::StrJoin(empty, "、"), "为空");
    }
    SetFinding(out->Add(), v1::Finding::WARNING, finding::kMissingGroup, "", std::move(message), "",
               "");
  }
}

bool IsCostGroup(absl::string_view level2) {
  std::string g = RemoveSpaces(level2);
  return g == "成本" || g == "成本指标" || g == "经济成本指标";
}

void CheckIndicator(const DeclarationView& d, const v1::TargetProfile& profile,
                    const DeclaredIndicatorView& v, Findings* out) {
  const v1::TargetIndicator& in = *v.proto;
  if (v.qualitative) {
    if (InWords(profile.quantitative_groups(), in.level2()) ||
        absl::StrContains(RemoveSpaces(in.name()), "满意")) {
      SetFinding(out->Add(), v1::Finding::WARNING, finding::kNotQuantified, v.id,
                 absl::StrCat(Place(v), "：数量、成本和满意度指标应当量化，目标值“",
                              v.qualitative_text, "”是定性的"),
                 v.qualitative_text, "");
    }
    if (InWords(profile.vague_words(), v.qualitative_text)) {
      SetFinding(out->Add(), v1::Finding::INFO, finding::kVagueTarget, v.id,
                 absl::StrCat(Place(v), "：目标值“", v.qualitative_text,
                              "”只说明方向，没有可以衡量的标准"),
                 v.qualitative_text, "");
    }
  }
  if (v.nature == v1::TargetIndicator::QUALITATIVE && !v.qualitative) {
    SetFinding(out->Add(), v1::Finding::WARNING, finding::kNatureMismatch, v.id,
               absl::StrCat(Place(v), "：指标性质为定性，目标值“", v.text, "”却是数值"), "定性",
               "定量");
  } else if (v.nature == v1::TargetIndicator::QUANTITATIVE && v.qualitative) {
    SetFinding(out->Add(), v1::Finding::WARNING, finding::kNatureMismatch, v.id,
               absl::StrCat(Place(v), "：指标性质为定量，目标值“", v.text, "”却是定性的"), "定量",
               "定性");
  }
  const std::string target_unit = RemoveSpaces(in.target().unit());
  const std::string column_unit = RemoveSpaces(in.unit());
  if (!target_unit.empty() && !column_unit.empty() && column_unit != "定性指标" &&
      target_unit != column_unit) {
    SetFinding(out->Add(), v1::Finding::WARNING, finding::kUnitMismatch, v.id,
               absl::StrCat(Place(v), "：目标值的单位“", in.target().unit(), "”与度量单位“",
                            in.unit(), "”不一致"),
               in.unit(), in.target().unit());
  }
  if (!v.qualitative && IsCostGroup(in.level2())) {
    const Money& amount = !d.total.blank ? d.total : d.current_year;
    absl::StatusOr<MoneyUnit> unit = ParseMoneyUnit(RemoveSpaces(v.unit), MoneyUnit::kYuan, "");
    if (!amount.blank && !v.unit.empty() && unit.ok()) {
      // BETWEEN: the upper bound is the most the target allows to be spent.
      const bool between = v.target.comparator == v1::Target::BETWEEN;
      const Rational value_yuan = (between ? v.target.upper : v.target.value) * YuanPer(*unit);
      if (value_yuan > amount.yuan) {
        const std::string& value = between ? in.target().upper() : in.target().value();
        SetFinding(
            out->Add(), v1::Finding::ERROR, finding::kCostOverAmount, v.id,
            absl::StrCat(Place(v), "：成本目标 ", value, " ", v.unit, "（",
                         FormatMoney(value_yuan, d.unit), " ", MoneyUnitName(d.unit), "）超过",
                         !d.total.blank ? "项目总金额 " : "项目本年度金额 ", amount.Display()),
            absl::StrCat(value, " ", v.unit), amount.Display());
      }
    }
  }
}

void Duplicates(const DeclarationView& d, Findings* out) {
  absl::flat_hash_map<std::pair<std::string, std::string>, const DeclaredIndicatorView*> first;
  for (const DeclaredIndicatorView& v : d.indicators) {
    auto [it, fresh] = first.try_emplace(
        std::make_pair(RemoveSpaces(v.proto->level2()), RemoveSpaces(v.proto->name())), &v);
    if (fresh) continue;
    SetFinding(
        out->Add(), v1::Finding::WARNING, finding::kDuplicateIndicator, v.id,
        absl::StrCat(Place(v), "：与 ", it->second->id, " 是同一个指标（二级指标和名称相同）"),
        v.text, it->second->text);
  }
}

void FundingSum(const Money& a, const char* a_name, const Money& b, const char* b_name,
                const Money& total, Findings* out) {
  if (a.blank || b.blank || total.blank) return;
  Money sum = AddMoney(a, b);
  if (MoneyAgrees(sum, total)) return;
  SetFinding(out->Add(), v1::Finding::ERROR, finding::kFundingSumMismatch, "",
             absl::StrCat(a_name, " ", a.Display(), " + ", b_name, " ", b.Display(), " = ",
                          sum.Display(), "，与部门预算总额 ", total.Display(), " 不符"),
             total.text, sum.text);
}

}  // namespace

absl::StatusOr<v1::TargetReview> ReviewDeclaration(const DeclarationView& d,
                                                   const v1::TargetProfile& profile) {
  v1::TargetReview review;
  review.set_id(d.proto->id());
  review.set_name(d.proto->name());
  int quantitative = 0;
  for (const DeclaredIndicatorView& v : d.indicators) quantitative += v.qualitative ? 0 : 1;
  const int n = static_cast<int>(d.indicators.size());
  review.set_indicators(n);
  review.set_quantitative(quantitative);
  review.set_qualitative(n - quantitative);
  if (n > 0) {
    review.set_quantified_share(
        RoundAndFormat(Rational(100) * quantitative / n, 2, Rounding::kHalfUp));
  }
  Coverage(d, &review);

  Findings* out = review.mutable_findings();
  MissingGroups(d, profile, review, out);
  for (const DeclaredIndicatorView& v : d.indicators) CheckIndicator(d, profile, v, out);
  Duplicates(d, out);
  if (!d.current_year.blank && !d.total.blank && d.current_year.yuan > d.total.yuan) {
    SetFinding(out->Add(), v1::Finding::WARNING, finding::kAmountOrder, "",
               absl::StrCat("项目本年度金额 ", d.current_year.Display(), " 大于项目总金额 ",
                            d.total.Display()),
               d.current_year.text, d.total.text);
  }
  FundingSum(d.fiscal, "财政性资金", d.other, "其他资金", d.funding_total, out);
  FundingSum(d.basic, "基本支出", d.project, "项目支出", d.funding_total, out);
  return review;
}

}  // namespace jixiao
