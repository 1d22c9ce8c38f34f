// JsonArrayElements: a syntax-checking scan of the JSON text, iterative so that no input can
// exhaust the stack, that builds nothing but the views of one array's elements.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lib/json/json_codec.h"
#include "lib/json/json_lexer.h"

namespace jixiao {
namespace {

using json_internal::IsDigit;

class Scanner {
 public:
  explicit Scanner(absl::string_view json) : lex_(json) {}

  absl::StatusOr<std::vector<absl::string_view>> Elements(absl::string_view field) {
    std::vector<absl::string_view> elements;
    bool found = false;
    SkipSpace();
    if (!At('{')) return Syntax("expected a JSON object");
    lex_.Advance();
    SkipSpace();
    if (At('}')) {
      lex_.Advance();
    } else {
      while (true) {
        absl::string_view key;
        if (!At('"')) return Syntax("expected a field name in double quotes");
        if (!lex_.ReadString(&key)) return Failure();
        if (!lex_.Colon("the field name")) return Failure();
        if (key == field) {
          if (found) return Invalid(field, "field given twice");
          found = true;
          if (!ReadElements(field, &elements)) return Failure();
        } else if (!SkipValue()) {
          return Failure();
        }
        bool closed;
        if (!lex_.CommaOrClose('}', "a field", &closed)) return Failure();
        if (closed) break;
      }
    }
    SkipSpace();
    if (!lex_.AtEnd()) return Syntax("unexpected text after the JSON object");
    return elements;
  }

 private:
  absl::Status Syntax(std::string what) {
    lex_.SyntaxError(std::move(what));
    return Failure();
  }
  absl::Status Invalid(absl::string_view field, absl::string_view what) {
    lex_.Error(absl::StrCat(field, ": ", what));
    return Failure();
  }
  // The error the lexer keeps.
  absl::Status Failure() const {
    return absl::InvalidArgumentError(absl::StrCat(lex_.error(), lex_.error_position()));
  }
  bool Fail(std::string what) { return lex_.SyntaxError(std::move(what)); }

  void SkipSpace() { lex_.SkipSpace(); }
  bool At(char c) const { return lex_.At(c); }
  bool Literal(absl::string_view word) { return lex_.ConsumeLiteral(word); }

  // The array next (or null: none); each element's text, from its first to its last byte.
  bool ReadElements(absl::string_view field, std::vector<absl::string_view>* elements) {
    if (Literal("null")) return true;
    if (!At('[')) return lex_.Error(absl::StrCat(field, ": expected an array"));
    lex_.Advance();
    SkipSpace();
    if (At(']')) {
      lex_.Advance();
      return true;
    }
    while (true) {
      const char* start = lex_.position();
      if (!SkipValue()) return false;
      elements->emplace_back(start, static_cast<size_t>(lex_.position() - start));
      bool closed;
      if (!lex_.CommaOrClose(']', "an array element", &closed)) return false;
      if (closed) return true;
    }
  }

  // Steps over one value, checking its syntax; containers are tracked on a heap stack.
  bool SkipValue() {
    std::vector<char> open;  // '{' or '[' of each enclosing container
    while (true) {
      // A value is expected here.
      SkipSpace();
      if (lex_.AtEnd()) return Fail("expected a value");
      const char c = lex_.Peek();
      bool opened = false;
      if (c == '{' || c == '[') {
        lex_.Advance();
        SkipSpace();
        if (At(c == '{' ? '}' : ']')) {
          lex_.Advance();
        } else {
          open.push_back(c);
          opened = true;
          if (c == '{' && !Key()) return false;
        }
      } else if (c == '"') {
        if (!lex_.SkipString()) return false;
      } else if (c == '-' || IsDigit(c)) {
        absl::string_view number;
        bool integral;
        if (!lex_.ReadNumber(&number, &integral)) return false;
      } else if (!Literal("true") && !Literal("false") && !Literal("null")) {
        return Fail("expected a value");
      }
      if (opened) continue;
      // After a value: close containers until one goes on with a comma.
      while (true) {
        if (open.empty()) return true;
        const bool object = open.back() == '{';
        bool closed;
        if (!lex_.CommaOrClose(object ? '}' : ']', object ? "a field" : "an array element",
                               &closed)) {
          return false;
        }
        if (closed) {
          open.pop_back();
          continue;
        }
        if (object && !Key()) return false;
        break;
      }
    }
  }

  // A field name and its ':' inside an object being skipped.
  bool Key() {
    SkipSpace();
    if (!At('"')) return Fail("expected a field name in double quotes");
    return lex_.SkipString() && lex_.Colon("the field name");
  }

  json_internal::JsonLexer lex_;
};

}  // namespace

absl::StatusOr<std::vector<absl::string_view>> JsonArrayElements(absl::string_view json,
                                                                  absl::string_view field) {
  return Scanner(json).Elements(field);
}

}  // namespace jixiao
