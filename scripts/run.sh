#!/usr/bin/env bash
# Sets up, builds and starts the kiosk full-screen, on its home screen: the
# speech is the sample that ships in media/ (built in) until the console
# chooses one. Extra arguments go to lectern (e.g. --windowed, --speech FILE,
# --mode prompter).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" lectern
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display (DISPLAY/WAYLAND_DISPLAY unset); start it from a desktop session" >&2
  exit 1
fi
# No --speech here: it would win over the speech the console chose.
exec "$root/build/lectern" "$@"
