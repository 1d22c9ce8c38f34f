#include "lib/targets/profiles.h"

#include <initializer_list>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lib/targets/target_names.h"

namespace jixiao {
namespace {

using Words = std::initializer_list<const char*>;

void AddRequirement(v1::TargetProfile* profile, const char* label, Words categories, Words groups,
                    Words name_contains) {
  v1::TargetProfile::Requirement* r = profile->add_requirements();
  r->set_label(label);
  for (const char* w : categories) r->add_categories(w);
  for (const char* w : groups) r->add_groups(w);
  for (const char* w : name_contains) r->add_name_contains(w);
}

// Shared by both built-ins (财预〔2021〕101号: 定量为主、定性为辅).
void AddQuantitativeAndVague(v1::TargetProfile* profile) {
  for (const char* g : {"数量", "数量指标", "成本", "成本指标", "经济成本指标", "满意度",
                        "满意度指标", "服务对象满意度", "服务对象满意度指标"}) {
    profile->add_quantitative_groups(g);
  }
  for (const char* w : {"提高", "提升", "明显", "显著", "进一步提高", "有所提高", "逐步提高",
                        "加强", "增强", "改善", "明显改善", "有效提升"}) {
    profile->add_vague_words(w);
  }
}

v1::TargetProfile* Project() {
  auto* p = new v1::TargetProfile;
  p->set_name("mof-2021-project");
  AddRequirement(p, "数量指标", {}, {"数量", "数量指标"}, {});
  AddRequirement(p, "质量指标", {}, {"质量", "质量指标"}, {});
  AddRequirement(p, "时效指标", {}, {"时效", "时效指标"}, {});
  AddRequirement(p, "成本指标", {},
                 {"成本", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"}, {});
  AddRequirement(p, "效益指标", {},
                 {"经济效益", "经济效益指标", "社会效益", "社会效益指标", "生态效益",
                  "生态效益指标", "环境效益", "可持续影响", "可持续影响指标"},
                 {});
  AddRequirement(p, "满意度指标", {},
                 {"满意度", "满意度指标", "服务对象满意度", "服务对象满意度指标"}, {"满意"});
  AddQuantitativeAndVague(p);
  return p;
}

v1::TargetProfile* Department() {
  auto* p = new v1::TargetProfile;
  p->set_name("mof-2021-department");
  AddRequirement(p, "产出指标", {"产出指标", "产出目标", "产出"}, {}, {});
  AddRequirement(p, "效益指标", {"效益指标", "效果目标", "效益", "效果"}, {}, {});
  AddRequirement(p, "满意度指标", {}, {}, {"满意"});
  AddQuantitativeAndVague(p);
  return p;
}

bool InList(const google::protobuf::RepeatedPtrField<std::string>& list, absl::string_view value) {
  std::string v = RemoveSpaces(value);
  for (const std::string& item : list) {
    if (RemoveSpaces(item) == v) return true;
  }
  return false;
}

}  // namespace

const std::vector<const v1::TargetProfile*>& BuiltinTargetProfiles() {
  static const auto* profiles = new std::vector<const v1::TargetProfile*>{Project(), Department()};
  return *profiles;
}

const v1::TargetProfile* FindTargetProfile(absl::string_view name) {
  for (const v1::TargetProfile* p : BuiltinTargetProfiles()) {
    if (p->name() == name) return p;
  }
  return nullptr;
}

absl::Status CheckTargetProfile(const v1::TargetProfile& profile, absl::string_view where) {
  for (int i = 0; i < profile.requirements_size(); ++i) {
    const v1::TargetProfile::Requirement& r = profile.requirements(i);
    if (r.categories().empty() && r.groups().empty() && r.name_contains().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "requirements[", i, "] (", r.label().empty() ? "no label" : r.label(),
                       "): a requirement needs categories, groups or name_contains"));
    }
  }
  return absl::OkStatus();
}

bool GroupServesRequirement(const v1::TargetProfile::Requirement& requirement,
                            absl::string_view level1, absl::string_view level2) {
  if (requirement.categories().empty() && requirement.groups().empty()) return false;
  return (requirement.categories().empty() || InList(requirement.categories(), level1)) &&
         (requirement.groups().empty() || InList(requirement.groups(), level2));
}

bool MeetsRequirement(const v1::TargetProfile::Requirement& requirement, absl::string_view level1,
                      absl::string_view level2, absl::string_view name) {
  std::string n = RemoveSpaces(name);
  for (const std::string& part : requirement.name_contains()) {
    std::string p = RemoveSpaces(part);
    if (!p.empty() && absl::StrContains(n, p)) return true;
  }
  return GroupServesRequirement(requirement, level1, level2);
}

}  // namespace jixiao
