#!/usr/bin/env bash
# Builds the Debian package from the same CMake project: build/lectern_<version>_amd64.deb.
# Install it on a room PC with `sudo apt install ./lectern_<version>_amd64.deb`
# (docs/deployment.md). Extra arguments go to the build (Ninja targets).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" "$@"
cmake --build "$root/build" --target package
ls "$root"/build/lectern_*_amd64.deb
