// One form's messages on one protobuf Arena whose first block is on the stack: parsing a form and
// building its result then costs no malloc at all for typical forms, and freeing is one step.
#ifndef JIXIAO_LIB_IO_FORM_ARENA_H_
#define JIXIAO_LIB_IO_FORM_ARENA_H_

#include "google/protobuf/arena.h"

namespace jixiao {

class FormArena {
 public:
  FormArena() : arena_(Options(block_)) {}
  FormArena(const FormArena&) = delete;
  FormArena& operator=(const FormArena&) = delete;

  template <typename Message>
  Message* Create() {
    return google::protobuf::Arena::CreateMessage<Message>(&arena_);
  }

 private:
  static constexpr size_t kBlockSize = 64 << 10;  // a 40-indicator form and its result fit
  static google::protobuf::ArenaOptions Options(char* block) {
    google::protobuf::ArenaOptions options;
    options.initial_block = block;
    options.initial_block_size = kBlockSize;
    return options;
  }

  alignas(16) char block_[kBlockSize];
  google::protobuf::Arena arena_;
};

}  // namespace jixiao

#endif  // JIXIAO_LIB_IO_FORM_ARENA_H_
