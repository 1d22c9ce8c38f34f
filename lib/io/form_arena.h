// One form's messages on one protobuf Arena whose first block is big enough for a typical form and
// its result: parsing a form and building its result then cost one malloc, and freeing is one
// step. The block is on the heap, not the stack, so hosts with small thread stacks are safe.
#ifndef JIXIAO_LIB_IO_FORM_ARENA_H_
#define JIXIAO_LIB_IO_FORM_ARENA_H_

#include "google/protobuf/arena.h"

namespace jixiao {

class FormArena {
 public:
  FormArena() : arena_(Options()) {}
  FormArena(const FormArena&) = delete;
  FormArena& operator=(const FormArena&) = delete;

  template <typename Message>
  Message* Create() {
    return google::protobuf::Arena::CreateMessage<Message>(&arena_);
  }

 private:
  static constexpr size_t kBlockSize = 64 << 10;  // a 40-indicator form and its result fit
  static google::protobuf::ArenaOptions Options() {
    google::protobuf::ArenaOptions options;
    options.start_block_size = kBlockSize;
    return options;
  }

  google::protobuf::Arena arena_;
};

}  // namespace jixiao

#endif  // JIXIAO_LIB_IO_FORM_ARENA_H_
