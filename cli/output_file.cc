#include "cli/output_file.h"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace jixiao::cli {
namespace {

std::string Errno() { return std::strerror(errno); }

// The target with its symbolic links resolved, when it exists; else as given.
std::string Resolved(const std::string& path) {
  char buffer[PATH_MAX];
  return realpath(path.c_str(), buffer) != nullptr ? std::string(buffer) : path;
}

std::string DirectoryOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

mode_t NewFileMode() {
  const mode_t mask = umask(0);  // read it back: there is no other way (single-threaded here)
  umask(mask);
  return 0666 & ~mask;
}

}  // namespace

absl::Status RefuseOutputOverInput(const std::string& target,
                                   const std::vector<std::string>& inputs) {
  struct stat out;
  if (stat(target.c_str(), &out) != 0) return absl::OkStatus();  // a new file is no input
  for (const std::string& input : inputs) {
    struct stat in;
    if (input == "-" || stat(input.c_str(), &in) != 0) continue;
    if (in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
      return absl::InvalidArgumentError(
          absl::StrCat("--output ", target, " is the input ", input,
                       input == target ? "" : " (the same file through a link)",
                       ": writing it would destroy the input; choose another output file"));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<OutputFile>> OutputFile::Create(
    const std::string& target, const std::vector<std::string>& inputs) {
  if (absl::Status refused = RefuseOutputOverInput(target, inputs); !refused.ok()) return refused;
  const std::string final_path = Resolved(target);
  struct stat existing;
  const bool exists = stat(final_path.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) {
    return absl::FailedPreconditionError(absl::StrCat("cannot write ", target, ": a directory"));
  }
  if (exists && !S_ISREG(existing.st_mode)) {  // /dev/null, a pipe: nothing to replace
    std::FILE* file = std::fopen(final_path.c_str(), "wb");
    if (file == nullptr) {
      return absl::UnavailableError(absl::StrCat("cannot write ", target, ": ", Errno()));
    }
    return std::unique_ptr<OutputFile>(new OutputFile(target, final_path, "", file));
  }
  std::string temp = DirectoryOf(final_path) + "/.jixiao-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return absl::UnavailableError(absl::StrCat("cannot write ", target, ": ", Errno()));
  // mkstemp makes 0600; the output gets what a plain open would give. Should it fail, the file
  // stays 0600: still whole, only less shared.
  (void)fchmod(fd, exists ? (existing.st_mode & 07777) : NewFileMode());
  std::FILE* file = fdopen(fd, "wb");
  if (file == nullptr) {
    const std::string error = Errno();
    close(fd);
    unlink(temp.c_str());
    return absl::UnavailableError(absl::StrCat("cannot write ", target, ": ", error));
  }
  return std::unique_ptr<OutputFile>(new OutputFile(target, final_path, temp, file));
}

OutputFile::~OutputFile() {
  if (file_ != nullptr) std::fclose(file_);
  if (!committed_ && !temp_.empty()) unlink(temp_.c_str());
}

absl::Status OutputFile::Commit() {
  std::FILE* file = file_;
  file_ = nullptr;
  // In place (a pipe, /dev/null) there is nothing to sync; a temporary is synced before the
  // rename so that the rename never publishes a file the disk does not hold yet.
  bool ok = std::fflush(file) == 0 && (temp_.empty() || fsync(fileno(file)) == 0);
  std::string error = ok ? "" : Errno();
  if (std::fclose(file) != 0 && ok) {
    ok = false;
    error = Errno();
  }
  if (ok && !temp_.empty() && rename(temp_.c_str(), final_.c_str()) != 0) {
    ok = false;
    error = Errno();
  }
  if (!ok) return absl::DataLossError(absl::StrCat("cannot write ", target_, ": ", error));
  committed_ = true;
  return absl::OkStatus();
}

absl::Status WriteOutputFile(const std::string& target, const std::vector<std::string>& inputs,
                             absl::string_view bytes) {
  auto out = OutputFile::Create(target, inputs);
  if (!out.ok()) return out.status();
  if (std::fwrite(bytes.data(), 1, bytes.size(), (*out)->file()) != bytes.size()) {
    return absl::DataLossError(absl::StrCat("cannot write ", target, ": ", Errno()));
  }
  return (*out)->Commit();
}

}  // namespace jixiao::cli
