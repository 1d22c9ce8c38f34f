// Every file a command writes with --output goes through OutputFile: the file appears, whole,
// only when the run succeeds, and an output that is one of the inputs is refused.
#ifndef JIXIAO_CLI_OUTPUT_FILE_H_
#define JIXIAO_CLI_OUTPUT_FILE_H_

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace jixiao::cli {

// InvalidArgument when `target` is the same file as one of `inputs` (same device and inode
// after following symbolic links, so also through a symbolic or a hard link). "-" (standard
// input) and inputs that do not exist are skipped. Call it before opening anything.
absl::Status RefuseOutputOverInput(const std::string& target,
                                   const std::vector<std::string>& inputs);

// A regular file is written to a temporary file beside the target (mkstemp in the target's
// directory, after resolving symbolic links) and renamed over it by Commit(), after fsync; when
// Commit() is not reached (an error, an early return) the temporary is removed and the target
// is left as it was. A target that exists and is not a regular file (/dev/null, a pipe) is
// written in place. The file gets the target's permissions, or 0666 less the umask.
class OutputFile {
 public:
  // Checks RefuseOutputOverInput(target, inputs), then creates the temporary.
  static absl::StatusOr<std::unique_ptr<OutputFile>> Create(const std::string& target,
                                                            const std::vector<std::string>& inputs);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::FILE* file() { return file_; }  // open for writing
  // The file name to write to, for libraries that open files by name (libxlsxwriter).
  const std::string& path() const { return temp_.empty() ? target_ : temp_; }
  const std::string& target() const { return target_; }

  // Flushes, syncs and closes the file and renames it over the target. Errors name the target.
  absl::Status Commit();

 private:
  OutputFile(std::string target, std::string final_path, std::string temp, std::FILE* file)
      : target_(std::move(target)),
        final_(std::move(final_path)),
        temp_(std::move(temp)),
        file_(file) {}

  std::string target_;  // as given, for messages
  std::string final_;   // the target with its symbolic links resolved: what the rename replaces
  std::string temp_;    // empty when written in place
  std::FILE* file_;
  bool committed_ = false;
};

// The whole of `bytes` into `target` through an OutputFile.
absl::Status WriteOutputFile(const std::string& target, const std::vector<std::string>& inputs,
                             absl::string_view bytes);

}  // namespace jixiao::cli

#endif  // JIXIAO_CLI_OUTPUT_FILE_H_
