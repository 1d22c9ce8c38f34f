// CheckLimits is written field by field for speed; this walks the descriptors of Evaluation and
// DepartmentBudget so that every string, enum and list of the .proto files is covered — a field
// added later without a check in lib/base/check_limits.cc fails here, by name.
#include "lib/base/check_limits.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "gtest/gtest.h"
#include "lib/base/limits.h"

namespace jixiao {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

using Path = std::vector<const FieldDescriptor*>;

// Every path from `type` to a field that is not a message, not entering a type twice.
void Leaves(const Descriptor* type, Path* path, std::vector<const Descriptor*>* open,
            std::vector<Path>* out) {
  open->push_back(type);
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    path->push_back(field);
    if (field->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) {
      out->push_back(*path);
    } else {
      if (field->is_repeated()) out->push_back(*path);  // the list itself
      const Descriptor* sub = field->message_type();
      if (std::find(open->begin(), open->end(), sub) == open->end()) Leaves(sub, path, open, out);
    }
    path->pop_back();
  }
  open->pop_back();
}

std::string Describe(const Path& path) {
  std::vector<std::string> names;
  for (const FieldDescriptor* f : path) names.push_back(f->name());
  return absl::StrJoin(names, ".");
}

// The message holding the last field of `path` inside `root`, creating one element of every
// list on the way.
Message* Holder(Message* root, const Path& path) {
  Message* m = root;
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    const FieldDescriptor* f = path[i];
    m = f->is_repeated() ? m->GetReflection()->AddMessage(m, f)
                         : m->GetReflection()->MutableMessage(m, f);
  }
  return m;
}

// The name the error must mention: the field's, or for a map entry's key or value the map's.
std::string ExpectedName(const Path& path) {
  const FieldDescriptor* last = path.back();
  if (last->containing_type()->map_key() != nullptr) return path[path.size() - 2]->name();
  return last->name();
}

template <typename Root>
void CheckEveryField() {
  std::vector<Path> leaves;
  Path path;
  std::vector<const Descriptor*> open;
  Leaves(Root::descriptor(), &path, &open, &leaves);
  for (const Path& leaf : leaves) {
    const FieldDescriptor* field = leaf.back();
    Root root;
    Message* holder = Holder(&root, leaf);
    const auto* reflection = holder->GetReflection();
    std::string what;
    if (field->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
      if (field->is_repeated()) {
        reflection->AddString(holder, field, "\xff");
      } else {
        reflection->SetString(holder, field, "\xff");
      }
      what = "not UTF-8";
    } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_ENUM) {
      reflection->SetEnumValue(holder, field, 1000);
      what = "1000 is not a value of";
    } else if (field->is_repeated() && !field->is_map()) {
      for (int i = 0; i <= kMaxTableRows; ++i) {
        if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
          reflection->AddMessage(holder, field);
        } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_INT32) {
          reflection->AddInt32(holder, field, 1);
        }
      }
      what = "entries; the limit is";
    } else {
      continue;  // numbers and booleans hold no text and need no limit
    }
    absl::Status status = CheckLimits(root);
    EXPECT_FALSE(status.ok()) << Describe(leaf) << " is not checked";
    EXPECT_NE(status.message().find(ExpectedName(leaf)), std::string::npos)
        << Describe(leaf) << ": " << status;
    EXPECT_NE(status.message().find(what), std::string::npos) << Describe(leaf) << ": " << status;
  }
}

TEST(CheckLimits, CoversEveryFieldOfAnEvaluation) { CheckEveryField<v1::Evaluation>(); }

TEST(CheckLimits, CoversEveryFieldOfADepartmentBudget) { CheckEveryField<v1::DepartmentBudget>(); }

TEST(CheckLimits, MapsAreCountedAndNamedByKey) {
  v1::Evaluation form;
  for (int i = 0; i <= kMaxListItems; ++i) {
    (*form.mutable_reported()->mutable_categories())[absl::StrCat("c", i)] = "1";
  }
  EXPECT_EQ(CheckLimits(form).message(), "reported.categories: 101 entries; the limit is 100");
  form.mutable_reported()->clear_categories();
  (*form.mutable_reported()->mutable_categories())["产出"] = std::string(kMaxNameBytes + 1, '1');
  EXPECT_EQ(CheckLimits(form).message(),
            "reported.categories[\"产出\"]: 4097 bytes; the limit is 4096");
}

TEST(CheckLimits, FiguresReportedAgainAreCountedAndNamed) {
  v1::Evaluation form;
  for (int i = 0; i <= kMaxListItems; ++i) form.mutable_reported()->add_again()->set_total("1");
  EXPECT_EQ(CheckLimits(form).message(), "reported.again: 101 entries; the limit is 100");
  form.mutable_reported()->clear_again();
  form.mutable_reported()->add_again()->set_source(std::string(kMaxNameBytes + 1, 'x'));
  EXPECT_EQ(CheckLimits(form).message(), "reported.again[0].source: 4097 bytes; the limit is 4096");
}

TEST(CheckLimits, AWholeBudgetHasAtMostTenThousandLines) {
  v1::Evaluation form;
  v1::BudgetLine* line = form.mutable_budget()->mutable_total();
  for (int b = 0; b < 11; ++b) {
    v1::Breakdown* breakdown = line->add_breakdowns();
    for (int i = 0; i < kMaxBreakdownLines; ++i) breakdown->add_lines();
  }
  EXPECT_EQ(CheckLimits(form).message(),
            "budget.total.breakdowns[9].lines[999]: more than 10000 budget lines, the limit");
}

TEST(CheckLimits, DepartmentBudgetColumnsAreNamed) {
  v1::DepartmentBudget budget;
  budget.add_functions()->set_capital("\xe4");
  EXPECT_EQ(CheckLimits(budget).message(), "functions[0].capital: not UTF-8 (byte 1)");
}

}  // namespace
}  // namespace jixiao
