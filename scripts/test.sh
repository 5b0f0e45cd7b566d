#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite: unit, QML, CLI, self-test and
# end-to-end tests (ctest, the latter and the OpenGL runs under Xvfb), after a short bounded run of
# each libFuzzer target. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh"

# Qt wants a private runtime directory; a CI container has none.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/lectern-runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# The bounded fuzz run first, so that ctest's summary closes the output.
"$root/scripts/fuzz.sh" "${LECTERN_FUZZ_SECONDS:-20}"

cd "$root/build" && ctest --output-on-failure -j2
