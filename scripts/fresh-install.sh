#!/usr/bin/env bash
# The package as a room PC gets it: a fresh Debian 12 (debootstrap, minbase)
# in a chroot, `apt install ./lectern_*.deb` there, then the checks:
#   - the user lectern and /var/lib/lectern made, /etc/lectern/lectern.json in place;
#   - the installed `lectern --self-test` passes under xvfb-run, as the user lectern;
#   - `lectern doctor --json` runs there and finds the fonts;
#   - `systemd-analyze verify` accepts the installed unit;
#   - `lectern-kiosk enable` and `disable` (the drop-in for the room's server);
#   - with OLD_DEB: the old version installed first, a meeting with sign-ins
#     and a sealed record made, then the new one installed over it: everything
#     still there and `lectern verify` passes;
#   - purged: the records stay in /var/lib/lectern, /etc/lectern goes.
# Usage (as root, with Debian's archive reachable): scripts/fresh-install.sh DEB [OLD_DEB]
set -euo pipefail
deb=$(realpath "$1")
old=${2:+$(realpath "$2")}
mirror=${LECTERN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$(mktemp -d /var/tmp/lectern-fresh.XXXXXX)
chmod 755 "$root" # mktemp makes it 0700: the user lectern could not reach / inside

cleanup() {
  for m in dev/pts dev proc sys; do umount "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
say() { echo "fresh-install: $*"; }
in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

say "debootstrap bookworm into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
# The same archive as this machine (security and updates too), and what a
# Debian installer writes that minbase lacks: a hosts file.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
  rm -f "$root/etc/apt/sources.list"
fi
printf '127.0.0.1\tlocalhost\n' >"$root/etc/hosts"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root apt-get update -qq
# What the checks themselves use (a display for the self-test, systemd-analyze,
# man for the unit's Documentation=man:lectern(1)).
in_root apt-get install -y -qq --no-install-recommends xvfb xauth systemd man-db >/dev/null

install_deb() {
  cp "$1" "$root/tmp/"
  in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$1")" >/dev/null
}
as_lectern() { in_root runuser -u lectern -- "$@"; }

if [ -n "$old" ]; then
  say "installing the old package $(basename "$old")"
  install_deb "$old"
  as_lectern lectern meeting create --title "升级前的会议" --start "2026-01-05 09:00" --place "第一会议室" >/dev/null
  printf '姓名,单位\n张三,办公室\n李四,财务处\n' >"$root/tmp/roster.csv"
  as_lectern lectern roster import /tmp/roster.csv >/dev/null
  as_lectern lectern signin 1 张三 --at "2026-01-05 08:55" >/dev/null
  as_lectern lectern leave 1 李四 --reason "出差" >/dev/null
  as_lectern lectern meeting close 1 >/dev/null
  as_lectern lectern meeting finalize 1 >/dev/null
  as_lectern lectern verify 1 >/dev/null
  # (Without the agenda's projected end: it is reckoned from the time now.)
  before=$(as_lectern lectern meeting show 1 --json | sed 's/"projected_end":"[^"]*"//')
fi

say "installing $(basename "$deb")"
install_deb "$deb"
in_root getent passwd lectern >/dev/null || { say "no user lectern"; exit 1; }
[ "$(in_root stat -c '%U:%G %a' /var/lib/lectern)" = "lectern:lectern 2770" ] || { say "/var/lib/lectern: $(in_root stat -c '%U:%G %a' /var/lib/lectern)"; exit 1; }
in_root test -f /etc/lectern/lectern.json
in_root dpkg-query -W -f='${Conffiles}\n' lectern | grep -q /etc/lectern/lectern.json

say "self-test of the installed kiosk"
as_lectern env HOME=/var/lib/lectern xvfb-run -a -s "-screen 0 1920x1080x24" lectern --self-test | tee "$root/tmp/self-test.txt"
grep -q "self-test: ok" "$root/tmp/self-test.txt"

say "lectern doctor --json"
as_lectern env HOME=/var/lib/lectern lectern doctor --json >"$root/tmp/doctor.json" || true # exit 1 is a room not ready, not a failure here
grep -q '"name":"fonts","pdf":\[[^]]*\],"speech":\[[^]]*\],"text":"[^"]*","verdict":"ok"' "$root/tmp/doctor.json" \
  || { say "doctor: the fonts are not ok"; cat "$root/tmp/doctor.json"; exit 1; }
grep -q '"name":"database"' "$root/tmp/doctor.json" && grep -q '"name":"clock"' "$root/tmp/doctor.json"

say "systemd-analyze verify"
in_root systemd-analyze verify /lib/systemd/system/lectern-kiosk.service

say "lectern-kiosk enable and disable"
in_root lectern-kiosk enable
in_root test -L /etc/systemd/system/graphical.target.wants/lectern-kiosk.service
[ "$(in_root systemctl get-default)" = "graphical.target" ]
in_root test ! -e /etc/systemd/system/lectern-kiosk.service.d/network.conf # the room's server is off
in_root sed -i 's/"enabled": false/"enabled": true/' /etc/lectern/lectern.json # lan.enabled, by the administrator
in_root lectern-kiosk enable
in_root grep -q "After=network-online.target" /etc/systemd/system/lectern-kiosk.service.d/network.conf
in_root lectern-kiosk disable
in_root test ! -e /etc/systemd/system/graphical.target.wants/lectern-kiosk.service
in_root test ! -e /etc/systemd/system/lectern-kiosk.service.d/network.conf

if [ -n "$old" ]; then
  say "the records after the upgrade"
  after=$(as_lectern lectern meeting show 1 --json | sed 's/"projected_end":"[^"]*"//')
  [ "$before" = "$after" ] || { say "meeting 1 changed in the upgrade"; echo "$before"; echo "$after"; exit 1; }
  as_lectern lectern verify 1
fi

say "purge: the records stay"
in_root apt-get purge -y -qq lectern >/dev/null
in_root test -d /var/lib/lectern
in_root test ! -e /etc/lectern/lectern.json
if [ -n "$old" ]; then in_root test -f /var/lib/lectern/lectern.sqlite; fi
say "ok"
