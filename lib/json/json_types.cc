#include "lib/json/json_types.h"

#include <algorithm>
#include <mutex>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "lib/json/json_codec.h"

namespace jixiao::json_internal {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::EnumDescriptor;
using google::protobuf::FieldDescriptor;

// Proto3 and not a well-known type: the mapping the codec implements.
bool SelfSupported(const Descriptor* d) {
  return d->file()->syntax() == google::protobuf::FileDescriptor::SYNTAX_PROTO3 &&
         d->file()->package() != "google.protobuf" && d->extension_range_count() == 0;
}

const Descriptor* ValueMessageType(const FieldDescriptor* f) {
  const FieldDescriptor* value = f->is_map() ? f->message_type()->map_value() : f;
  return value->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE ? value->message_type() : nullptr;
}

class Registry {
 public:
  // The table of `root`, building those of the types it leads to that are not there yet.
  const JsonMessage* Get(const Descriptor* root) {
    auto found = messages_.find(root);
    if (found != messages_.end()) return found->second.get();
    std::vector<JsonMessage*> created;
    std::vector<const Descriptor*> todo = {root};
    while (!todo.empty()) {
      const Descriptor* d = todo.back();
      todo.pop_back();
      auto& slot = messages_[d];
      if (slot != nullptr) continue;
      slot = std::make_unique<JsonMessage>();
      slot->descriptor = d;
      created.push_back(slot.get());
      for (int i = 0; i < d->field_count(); ++i) {
        if (const Descriptor* next = ValueMessageType(d->field(i))) todo.push_back(next);
      }
    }
    for (JsonMessage* m : created) Fill(m);
    for (JsonMessage* m : created) m->supported = AllSupported(m->descriptor);
    return messages_[root].get();
  }

 private:
  void Fill(JsonMessage* m) {
    const Descriptor* d = m->descriptor;
    m->fields.resize(d->field_count());
    for (int i = 0; i < d->field_count(); ++i) {
      const FieldDescriptor* f = d->field(i);
      JsonField& jf = m->fields[i];
      jf.field = f;
      jf.index = i;
      jf.is_map = f->is_map();
      jf.is_repeated = f->is_repeated() && !f->is_map();
      jf.map_key = jf.is_map ? f->message_type()->map_key() : nullptr;
      jf.map_value = jf.is_map ? f->message_type()->map_value() : nullptr;
      jf.value = jf.is_map ? jf.map_value : f;
      jf.type = jf.value->type();
      jf.plain_string = jf.type == FieldDescriptor::TYPE_STRING && !f->is_repeated() &&
                        f->real_containing_oneof() == nullptr;
      jf.cpp_type = jf.value->cpp_type();
      if (const Descriptor* next = ValueMessageType(f)) jf.message = messages_[next].get();
      if (jf.value->cpp_type() == FieldDescriptor::CPPTYPE_ENUM) {
        jf.enumeration = EnumOf(jf.value->enum_type());
      }
      jf.name = f->name();
      jf.json_name = f->json_name();
      jf.quoted_name = absl::StrCat("\"", f->name(), "\":");
      jf.pretty_name = absl::StrCat("\"", f->name(), "\": ");
    }
    for (const JsonField& jf : m->fields) {
      m->by_name.emplace(jf.field->name(), &jf);
      m->by_name.emplace(jf.field->json_name(), &jf);
      bool trailing = jf.field->containing_oneof() != nullptr &&
                      jf.field->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE;
      (trailing ? m->print_trailing : m->print_order).push_back(&jf);
    }
    std::sort(m->print_trailing.begin(), m->print_trailing.end(),
              [](const JsonField* a, const JsonField* b) {
                return a->field->number() < b->field->number();
              });
  }

  const JsonEnum* EnumOf(const EnumDescriptor* e) {
    auto& slot = enums_[e];
    if (slot == nullptr) {
      slot = std::make_unique<JsonEnum>();
      for (int i = 0; i < e->value_count(); ++i) {
        slot->by_name.emplace(e->value(i)->name(), e->value(i)->number());
      }
    }
    return slot.get();
  }

  bool AllSupported(const Descriptor* root) const {
    absl::flat_hash_set<const Descriptor*> seen = {root};
    std::vector<const Descriptor*> todo = {root};
    while (!todo.empty()) {
      const Descriptor* d = todo.back();
      todo.pop_back();
      if (!SelfSupported(d)) return false;
      for (int i = 0; i < d->field_count(); ++i) {
        const Descriptor* next = ValueMessageType(d->field(i));
        if (next != nullptr && seen.insert(next).second) todo.push_back(next);
      }
    }
    return true;
  }

  absl::flat_hash_map<const Descriptor*, std::unique_ptr<JsonMessage>> messages_;
  absl::flat_hash_map<const EnumDescriptor*, std::unique_ptr<JsonEnum>> enums_;
};

// The generated pool's types live as long as the process, so their tables are kept.
const JsonMessage* GeneratedTable(const Descriptor* descriptor) {
  thread_local absl::flat_hash_map<const Descriptor*, const JsonMessage*> local;
  auto found = local.find(descriptor);
  if (found != local.end()) return found->second;
  // std::mutex, not absl::Mutex: Debian's libabsl is built without TSan, which then cannot see
  // it lock and reports every later read of a table as a race (scripts/sanitize).
  static std::mutex mu;
  static Registry* registry = new Registry;
  const JsonMessage* table;
  {
    std::lock_guard<std::mutex> lock(mu);
    table = registry->Get(descriptor);
  }
  local.emplace(descriptor, table);
  return table;
}

}  // namespace

JsonTypes::JsonTypes(const Descriptor* descriptor) {
  if (descriptor->file()->pool() == google::protobuf::DescriptorPool::generated_pool()) {
    root_ = GeneratedTable(descriptor);
    return;
  }
  auto registry = std::make_shared<Registry>();
  root_ = registry->Get(descriptor);
  owned_ = std::move(registry);
}

}  // namespace jixiao::json_internal

namespace jixiao {

bool JsonCodecSupports(const google::protobuf::Descriptor* descriptor) {
  return json_internal::JsonTypes(descriptor).root().supported;
}

}  // namespace jixiao
