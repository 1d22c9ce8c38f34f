// jixiao targets FILE... [--budget BUDGET.json] [--profile NAME] [--format text|json|markdown]
// jixiao skeleton DECLARATION.json --scheme NAME                                (TARGETS.md §5)
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "cli/commands.h"
#include "cli/input_file.h"
#include "cli/targets_report.h"
#include "cli/write_json.h"
#include "jixiao/io.h"
#include "jixiao/review_targets.h"
#include "jixiao/v1/budget.pb.h"

namespace jixiao::cli {
namespace {

constexpr char kTargetsUsage[] =
    "usage: jixiao targets FILE... [--budget BUDGET.json] [--profile NAME]\n"
    "                      [--format text|json|markdown]\n"
    "  each FILE is one TargetDeclaration (绩效目标表) or one Evaluation (自评表), told apart by\n"
    "  its fields; profiles: mof-2021-project, mof-2021-department (default: by kind)\n";
constexpr char kSkeletonUsage[] = "usage: jixiao skeleton DECLARATION.json --scheme NAME\n";

int Fail(const std::string& path, const absl::Status& status) {
  std::fprintf(stderr, "jixiao: %s%s%s\n", path.c_str(), path.empty() ? "" : ": ",
               std::string(status.message()).c_str());
  return status.code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
}

// A file is a declaration or an evaluation by its fields: the strict parser accepts it as one of
// them only. A file both accept (only fields they share) is a declaration: a form has a scheme.
absl::Status AddFile(const std::string& path, v1::TargetSet* set) {
  absl::StatusOr<std::string> bytes = ReadInputFile(path);
  if (!bytes.ok()) return absl::UnavailableError(bytes.status().message());
  const Format format = FormatOfPath(path);
  v1::TargetDeclaration declaration;
  absl::Status as_declaration = ParseMessage(*bytes, format, &declaration);
  if (as_declaration.ok()) {
    *set->add_declarations() = std::move(declaration);
    return absl::OkStatus();
  }
  v1::Evaluation evaluation;
  absl::Status as_evaluation = ParseMessage(*bytes, format, &evaluation);
  if (as_evaluation.ok()) {
    *set->add_evaluations() = std::move(evaluation);
    return absl::OkStatus();
  }
  if (as_declaration.code() != absl::StatusCode::kInvalidArgument) return as_declaration;
  v1::DepartmentBudget budget;
  if (ParseMessage(*bytes, format, &budget).ok()) {
    return absl::InvalidArgumentError("this is a DepartmentBudget: give it with --budget");
  }
  return absl::InvalidArgumentError(
      absl::StrCat("neither a TargetDeclaration nor an Evaluation: as a declaration, ",
                   as_declaration.message(), "; as an evaluation, ", as_evaluation.message()));
}

}  // namespace

int RunTargets(const Args& args) {
  std::vector<std::string> files;
  std::string budget_path, profile, format = "text";
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* flag, std::string* out) {
      const std::string f = flag;
      if (a == f && i + 1 < args.size()) {
        *out = args[++i];
        return true;
      }
      if (a.rfind(f + "=", 0) == 0) {
        *out = a.substr(f.size() + 1);
        return true;
      }
      return false;
    };
    if (value("--format", &format) || value("--budget", &budget_path) ||
        value("--profile", &profile)) {
      continue;
    }
    if (a == "-" || a.rfind("--", 0) != 0) {
      files.push_back(a);
      continue;
    }
    std::fprintf(stderr, "jixiao targets: unexpected argument \"%s\"\n%s", a.c_str(),
                 kTargetsUsage);
    return 2;
  }
  if (files.empty()) {
    std::fputs(kTargetsUsage, stderr);
    return 2;
  }
  if (format != "text" && format != "json" && format != "markdown") {
    std::fprintf(stderr, "jixiao targets: unknown format \"%s\" (text, json, markdown)\n",
                 format.c_str());
    return 2;
  }
  v1::TargetSet set;
  set.set_profile(profile);
  for (const std::string& path : files) {
    if (absl::Status s = AddFile(path, &set); !s.ok()) return Fail(path, s);
  }
  if (!budget_path.empty()) {
    absl::StatusOr<std::string> bytes = ReadInputFile(budget_path);
    if (!bytes.ok()) {
      std::fprintf(stderr, "jixiao: %s\n", std::string(bytes.status().message()).c_str());
      return 1;
    }
    absl::Status s = ParseMessage(*bytes, FormatOfPath(budget_path), set.mutable_budget());
    if (!s.ok()) return Fail(budget_path, s);
  }
  absl::StatusOr<v1::TargetSetReview> review = ReviewTargets(set);
  if (!review.ok()) return Fail("", review.status());
  if (format == "json") return WriteJson(*review) == 0 && std::fputs("\n", stdout) >= 0 ? 0 : 1;
  std::string out = TargetsReport(set, *review, format == "markdown");
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

int RunSkeleton(const Args& args) {
  std::string path, scheme;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--scheme" && i + 1 < args.size()) {
      scheme = args[++i];
    } else if (args[i].rfind("--scheme=", 0) == 0) {
      scheme = args[i].substr(9);
    } else if (path.empty() && (args[i] == "-" || args[i].rfind("--", 0) != 0)) {
      path = args[i];
    } else {
      std::fprintf(stderr, "jixiao skeleton: unexpected argument \"%s\"\n%s", args[i].c_str(),
                   kSkeletonUsage);
      return 2;
    }
  }
  if (path.empty() || scheme.empty()) {
    std::fputs(kSkeletonUsage, stderr);
    return 2;
  }
  absl::StatusOr<std::string> bytes = ReadInputFile(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "jixiao: %s\n", std::string(bytes.status().message()).c_str());
    return 1;
  }
  v1::TargetDeclaration declaration;
  if (absl::Status s = ParseMessage(*bytes, FormatOfPath(path), &declaration); !s.ok()) {
    return Fail(path, s);
  }
  absl::StatusOr<v1::Evaluation> form = Skeleton(declaration, scheme);
  if (!form.ok()) return Fail(path, form.status());
  return WriteJson(*form) == 0 && std::fputs("\n", stdout) >= 0 ? 0 : 1;
}

}  // namespace jixiao::cli
