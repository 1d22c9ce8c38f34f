#include "lib/check_limits.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/stubs/common.h"  // UTF8SpnStructurallyValid
#include "jixiao/v1/evaluation.pb.h"
#include "lib/limits.h"

namespace jixiao {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// The most entries of a repeated field or map, by the field's name (SCORING.md §8 fixes names).
int MaxEntries(const FieldDescriptor& field) {
  const std::string& name = field.name();
  if (name == "indicators") return kMaxIndicators;
  if (name == "elements" || name == "satisfied") return kMaxChecklistElements;
  if (name == "lines") return kMaxBreakdownLines;
  if (name == "evaluations") return kMaxBatchForms;
  if (field.containing_type()->name() == "DepartmentBudget") return kMaxTableRows;
  return kMaxListItems;
}

size_t MaxBytes(const FieldDescriptor& field) {
  const std::string& name = field.name();
  if (name == "id") return kMaxIdBytes;
  if (name == "text" || name == "note" || name == "evidence") return kMaxTextBytes;
  return kMaxNameBytes;
}

// The length of the valid UTF-8 prefix of `s` (its size when all of it is valid).
size_t ValidUtf8Prefix(const std::string& s) {
  return static_cast<size_t>(google::protobuf::internal::UTF8SpnStructurallyValid(s));
}

// A string that may appear in a message naming the field: short and valid.
bool Printable(const std::string& s) {
  return !s.empty() && s.size() <= kMaxIdBytes && ValidUtf8Prefix(s) == s.size();
}

class Checker {
 public:
  absl::Status Message(const google::protobuf::Message& m) {
    const Reflection* reflection = m.GetReflection();
    std::vector<const FieldDescriptor*> fields;
    reflection->ListFields(m, &fields);
    for (const FieldDescriptor* field : fields) {
      if (!field->is_repeated()) {
        if (auto status = Value(m, field, -1); !status.ok()) return status;
        continue;
      }
      int n = reflection->FieldSize(m, field);
      if (n > MaxEntries(*field)) {
        path_.push_back({&m, field, -1});
        return Error(absl::StrCat(n, " entries; the limit is ", MaxEntries(*field)));
      }
      for (int i = 0; i < n; ++i) {
        if (auto status = Value(m, field, i); !status.ok()) return status;
      }
    }
    return absl::OkStatus();
  }

 private:
  struct Step {
    const google::protobuf::Message* parent;
    const FieldDescriptor* field;
    int index;  // -1 for a singular field
  };

  // Element `index` of `field` of `m` (or the field itself when index < 0).
  absl::Status Value(const google::protobuf::Message& m, const FieldDescriptor* field, int index) {
    path_.push_back({&m, field, index});
    absl::Status status = Check(m, *field, index);
    if (status.ok()) path_.pop_back();
    return status;
  }

  absl::Status Check(const google::protobuf::Message& m, const FieldDescriptor& field, int index) {
    const Reflection* r = m.GetReflection();
    switch (field.cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING: {
        std::string scratch;
        const std::string& s = index < 0
                                   ? r->GetStringReference(m, &field, &scratch)
                                   : r->GetRepeatedStringReference(m, &field, index, &scratch);
        if (s.size() > MaxBytes(field)) {
          return Error(absl::StrCat(s.size(), " bytes; the limit is ", MaxBytes(field)));
        }
        if (field.type() == FieldDescriptor::TYPE_STRING) {
          size_t valid = ValidUtf8Prefix(s);
          if (valid != s.size()) return Error(absl::StrCat("not UTF-8 (byte ", valid + 1, ")"));
        }
        return absl::OkStatus();
      }
      case FieldDescriptor::CPPTYPE_ENUM: {
        int value =
            index < 0 ? r->GetEnumValue(m, &field) : r->GetRepeatedEnumValue(m, &field, index);
        if (field.enum_type()->FindValueByNumber(value) == nullptr) {
          return Error(absl::StrCat(value, " is not a value of ", field.enum_type()->name()));
        }
        return absl::OkStatus();
      }
      case FieldDescriptor::CPPTYPE_MESSAGE: {
        const google::protobuf::Message& sub =
            index < 0 ? r->GetMessage(m, &field) : r->GetRepeatedMessage(m, &field, index);
        const Descriptor* type = sub.GetDescriptor();
        if (type == v1::BudgetLine::descriptor() && ++budget_lines_ > kMaxBudgetLines) {
          return Error(absl::StrCat("more than ", kMaxBudgetLines, " budget lines, the limit"));
        }
        // How often `type` encloses this field; looked up again after the walk, which may
        // rehash the map.
        if (depth_[type] == kMaxBudgetDepth) {
          return Error(absl::StrCat(type->name(), " nests deeper than ", kMaxBudgetDepth,
                                    " levels, the limit"));
        }
        ++depth_[type];
        absl::Status status = Message(sub);
        --depth_[type];
        return status;
      }
      default:
        return absl::OkStatus();
    }
  }

  absl::Status Error(absl::string_view what) const {
    return absl::InvalidArgumentError(absl::StrCat(Where(), ": ", what));
  }

  // "indicator i03 target.text", "budget.total.breakdowns[0].lines[2].name",
  // "reported.categories[\"产出\"]"; a deep path keeps its first and last steps.
  std::string Where() const {
    std::string out;
    for (size_t k = 0; k < path_.size(); ++k) {
      if (path_.size() > 12 && k == 6) {
        out += ".…";
        k = path_.size() - 4;
      }
      const Step& step = path_[k];
      const std::string& name = step.field->name();
      if (k == 0 && name == "indicators" && step.index >= 0) {
        const auto& indicator =
            step.parent->GetReflection()->GetRepeatedMessage(*step.parent, step.field, step.index);
        const std::string& id = static_cast<const v1::Indicator&>(indicator).id();
        if (Printable(id)) {
          absl::StrAppend(&out, "indicator ", id);
          continue;
        }
      }
      if (step.parent->GetDescriptor()->map_key() != nullptr) {
        if (name == "key") absl::StrAppend(&out, " key");
        continue;  // the entry is already named by its key
      }
      if (!out.empty()) out += k == 1 && out.rfind("indicator ", 0) == 0 ? " " : ".";
      out += name;
      if (step.index < 0) continue;
      if (step.field->is_map()) {
        const auto& entry =
            step.parent->GetReflection()->GetRepeatedMessage(*step.parent, step.field, step.index);
        const FieldDescriptor* key = entry.GetDescriptor()->map_key();
        if (key->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
          std::string text = entry.GetReflection()->GetString(entry, key);
          if (Printable(text)) {
            absl::StrAppend(&out, "[\"", text, "\"]");
            continue;
          }
        }
      }
      absl::StrAppend(&out, "[", step.index, "]");
    }
    return out;
  }

  std::vector<Step> path_;
  absl::flat_hash_map<const Descriptor*, int> depth_;
  int budget_lines_ = 0;
};

}  // namespace

absl::Status CheckLimits(const google::protobuf::Message& message) {
  return Checker().Message(message);
}

}  // namespace jixiao
