#!/usr/bin/env bash
# The package as a room gets it (scripts/fresh-install.sh): installed into a
# fresh Debian 12 chroot over a lower version of itself that already holds a
# sealed meeting. Needs root (debootstrap, chroot) and Debian's archive.
# Usage: fresh_install.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 src=$2 version=$3
if [ "$(id -u)" != 0 ]; then
  echo "SKIP: installing into a chroot needs root"
  exit 77
fi
old=$(mktemp -d)
trap 'rm -rf "$old"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$old" -D CPACK_PACKAGE_VERSION=0.0.0~older >/dev/null
"$src/scripts/fresh-install.sh" "$build/lectern_${version}_amd64.deb" "$old"/lectern_0.0.0~older_amd64.deb
