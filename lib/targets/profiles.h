// Target profiles (TARGETS.md §2): what a declaration must cover, which groups must be numbers,
// which one-word targets say nothing. Built-in: mof-2021-project and mof-2021-department.
#ifndef JIXIAO_LIB_TARGETS_PROFILES_H_
#define JIXIAO_LIB_TARGETS_PROFILES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "jixiao/v1/targets.pb.h"

namespace jixiao {

// The built-in profiles, in a fixed order (immutable, built once).
const std::vector<const v1::TargetProfile*>& BuiltinTargetProfiles();

// The built-in profile `name`, or nullptr.
const v1::TargetProfile* FindTargetProfile(absl::string_view name);

// Checks a caller's profile: every requirement needs categories, groups or name_contains.
// Errors name the field (`where` + "requirements[1] (label)").
absl::Status CheckTargetProfile(const v1::TargetProfile& profile, absl::string_view where);

// §2: the indicator's name contains one of name_contains, or categories or groups is non-empty
// and level1 is in categories (or categories is empty) and level2 is in groups (or groups is
// empty). Compared with spaces removed.
bool MeetsRequirement(const v1::TargetProfile::Requirement& requirement, absl::string_view level1,
                      absl::string_view level2, absl::string_view name);
// The same for a printed group (no name): could an indicator of this group meet it?
bool GroupServesRequirement(const v1::TargetProfile::Requirement& requirement,
                            absl::string_view level1, absl::string_view level2);

}  // namespace jixiao

#endif  // JIXIAO_LIB_TARGETS_PROFILES_H_
