#!/usr/bin/env bash
# Sets up, builds and starts the kiosk full-screen on the sample speech that
# ships in media/. Extra arguments go to lectern (e.g. --windowed, --speech FILE).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" lectern
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display (DISPLAY/WAYLAND_DISPLAY unset); start it from a desktop session" >&2
  exit 1
fi
exec "$root/build/lectern" --speech "$root/media/sample-speech.txt" "$@"
