// Compiled as part of the scoring layer: base and json sit below scoring, so these must be found
// (the control of include_up.cc: a failure there is the include, not the probe).
#include "lib/base/rational.h"
#include "lib/json/json_codec.h"
#include "lib/scoring/scheme.h"
