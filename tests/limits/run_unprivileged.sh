#!/usr/bin/env bash
# Runs "$@" as a user that RLIMIT_NPROC binds: root ignores that limit, so as root (CI) the
# command runs as nobody. The program, its libraries and its data must be readable by nobody.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then
  exec setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
fi
exec "$@"
