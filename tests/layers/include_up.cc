// Compiled as part of the scoring layer: batch sits above scoring, so this include must not be
// found (tests/layers/CMakeLists.txt expects the build of this file to fail).
#include "lib/batch/parallel.h"
