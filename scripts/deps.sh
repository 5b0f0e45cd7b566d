#!/usr/bin/env bash
# Installs the Debian 12 packages Lectern needs to build, run and test.
# Idempotent: when everything is present it only checks and returns quickly.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config clang-14 libclang-rt-14-dev
  # Qt 6.4 (core, QML, multimedia, tests, translations, qmllint)
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-multimedia-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-base-private-dev
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
  qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtmultimedia qml6-module-qtqml qml6-module-qtqml-models
  # libraries (libsystemd: ready and watchdog pings when run as lectern-kiosk.service)
  libicu-dev libzip-dev libsqlite3-dev libx11-dev libxlsxwriter-dev libsystemd-dev
  # audio files: read for analysis (WAV, FLAC, Ogg), written for recordings
  libsndfile1-dev
  # the room's network: the HTTP server and WebSockets on one port, QR codes
  qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
  # a phone in the tests: headless Chromium driven by Selenium, and ZXing to read the codes off the screen
  chromium chromium-driver python3-selenium zxing-cpp-tools
  # fonts: Simplified Chinese faces named explicitly by the UI; the PDF
  # exports use AR PL UMing (宋体-like) and WenQuanYi Zen Hei (黑体-like),
  # whose PDF text maps back to the right characters (Noto CJK's does not)
  fonts-noto-cjk fonts-lxgw-wenkai fonts-arphic-uming fonts-wqy-zenhei
  # reading exported PDFs back in the tests; LibreOffice (no GUI) opens the
  # minutes' .docx and converts it to PDF, as a secretary's office suite would
  poppler-utils libreoffice-writer-nogui
  # speech to test the voice logic with (Mandarin at known rates) and mixing it with noise
  espeak-ng sox
  # a real audio stack without hardware for the end-to-end test: a PulseAudio
  # daemon with a null sink and a virtual microphone fed in real time
  pulseaudio pulseaudio-utils
  # playing the meeting's recordings back (Qt Multimedia's GStreamer backend: playbin, FLAC, PulseAudio)
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
  # headless runs, end-to-end tests and screenshots
  xvfb xauth xdotool x11-utils dbus-daemon
  # the Debian package: built by CPack (dpkg-shlibdeps), checked with lintian,
  # installed into a fresh Debian 12 made by debootstrap,
  # desktop-file-validate and appstreamcli; its session (xset, fcitx5 with
  # pinyin for typing Chinese) run under Xvfb in the tests
  dpkg-dev fakeroot lintian desktop-file-utils appstream systemd debootstrap
  x11-xserver-utils fcitx5 fcitx5-chinese-addons fcitx5-frontend-qt6
  # the organisation's central store: libpq to talk to PostgreSQL; the server
  # itself (Debian's 15) for the tests, which start one of their own; openssl
  # makes the certificate of the tests' TLS server
  libpq-dev postgresql openssl
  # OpenGL without a GPU (Mesa's llvmpipe): the tests' second run on OpenGL
  libgl1-mesa-dri
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
