#!/usr/bin/env bash
# Installs what is missing, configures once and builds incrementally (Ninja).
# Usage: scripts/build.sh [ninja targets…]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/deps.sh"
build="$root/build"
if [ ! -f "$build/build.ninja" ]; then
  flags=()
  # A CI build is built once, tested and thrown away: the same -O2 code
  # without debug information compiles a quarter faster (symbols stay for
  # stack traces). Everywhere else: RelWithDebInfo as it comes.
  if [ "${CI:-}" = true ]; then
    flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG")
  fi
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${flags[@]}"
fi
cmake --build "$build" -- "$@"
